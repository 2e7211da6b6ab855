"""Verbs and idioms the PLOVER/CAMEO definitions name that the trigger lexicon lacked, and the
grammar they need: shuttle diplomacy and briefings (CONSULT), confidence expressed (SUPPORT),
cooperation stepped up (COOPERATE), training another's forces, escorting convoys and debt relief
(AID), deadlines given (THREATEN), demands stonewalled (REJECT), ties looked forward to and hope
expressed (AGREE), interference not tolerated (REJECT), courtesy calls (CONSULT), messages of
sympathy (SUPPORT), divisions moved, security beefed up and missiles unveiled (MOBILIZE),
sanctuary given (AID), power handed over (CONCEDE), joint task forces set up (COOPERATE),
permits revoked (COERCE), control regained and boats sunk (FIGHT), grenades lobbed and people
snatched (ASSAULT), the press muzzled and immunity stripped (COERCE), acts described as a threat
(DISAPPROVE) or a milestone (SUPPORT), demands heeded and policies relaxed (CONCEDE), visits
wound up (CONSULT), a presence scaled back, "began withdrawing", airspace reopened, truces
observed and towns evacuated (RETREAT), proposals thrown out (REJECT), offices closed, closures
imposed and correspondents expelled (COERCE), undertakings (AGREE), marches as nouns, burnt
flags and crowds outside buildings (PROTEST), resolutions that require and the need stressed
(DEMAND), hitting back and responding with force (FIGHT; a threat when intended), and a passive
whose object word only modifies a noun ("aid workers were released" frees people, it releases no
aid).
Sentences written for these tests."""

from __future__ import annotations

import pytest

from .events_helpers import sentence_event as main


@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        ("The Canadian envoy shuttled between Khartoum and Juba on Monday.", "CONSULT"),
        ("The UN envoy briefed Lebanese leaders on the results of his mission.", "CONSULT"),
        ("Envoys from Ethiopia and Eritrea gathered in Algiers for indirect talks.", "CONSULT"),
        ("Thailand expressed confidence in the Cambodian authorities.", "SUPPORT"),
        ("Spain and Morocco stepped up cooperation against illegal migration.", "COOPERATE"),
        ("The United States trained the Afghan rebels.", "AID"),
        ("Italian peacekeepers escorted aid convoys to Sarajevo.", "AID"),
        ("Britain wrote off the debts of 20 poor African countries.", "AID"),
        ("The government heeded the demands of the striking miners.", "CONCEDE"),
        ("The Thai government agreed to the protesters' demands.", "CONCEDE"),
        ("Moscow scaled back its military presence in Moldova.", "RETREAT"),
        ("Syrian troops began withdrawing from Lebanon on Tuesday.", "RETREAT"),
        ("Ugandan students kept demonstrating in Kampala despite the ban.", "PROTEST"),
        ("The Indonesian parliament threw out the government's budget proposal.", "REJECT"),
        ("Iranian police closed the offices of a Kurdish human rights group.", "COERCE"),
        ("The Burmese junta has undertaken to free all political detainees.", "AGREE"),
        ("Three Danish aid workers were released by their captors in Yemen.", "RETREAT"),
        ("Turkey said it would reopen its airspace to Armenian flights.", "AGREE"),
        ("Organisers said 40,000 people took part in the march in Lisbon.", "PROTEST"),
        ("A UN resolution required Libya to hand over the two suspects.", "DEMAND"),
        ("Jordan stressed the need for Israel to halt settlement building.", "DEMAND"),
        ("Hezbollah vowed to hit back after the Israeli raid.", "THREATEN"),
        ("India said it would respond with force to any Chinese incursion.", "THREATEN"),
        ("The Sudanese rebels said they would observe a truce from Friday.", "AGREE"),
        ("Pakistani students burned American flags outside the consulate in Lahore.", "PROTEST"),
        ("Opposition supporters gathered outside the Gabonese parliament.", "PROTEST"),
        ("Beijing relaxed its policy on foreign reporters.", "CONCEDE"),
        ("Israel imposed a closure on the Gaza Strip.", "COERCE"),
        ("The authorities expelled a Reuters correspondent from Uzbekistan.", "COERCE"),
        ("The Chinese premier wound up a visit to Nepal on Monday.", "CONSULT"),
        ("The occupying forces evacuated the town on Sunday.", "RETREAT"),
        ("Minsk's envoy described the exercises as a threat to its security.", "DISAPPROVE"),
        ("The Thai premier described the visit as a milestone in ties with Laos.", "SUPPORT"),
        ("Chadian rebels gave the government a 48-hour deadline to free their leader.", "THREATEN"),
        ("The Polish government has stonewalled the European Commission's demands.", "REJECT"),
        ("The Laotian premier said he looked forward to closer ties with Vietnam.", "AGREE"),
        ("The Iranian foreign minister paid a courtesy call on the Emir of Qatar.", "CONSULT"),
        ("The Pope sent a message of sympathy to the Chilean president.", "SUPPORT"),
        ("The Iraqi army has moved two divisions to the Kuwaiti border.", "MOBILIZE"),
        ("Israeli authorities revoked the residency permits of four Palestinians.", "COERCE"),
        ("Malian forces regained control of the town from the rebels.", "FIGHT"),
        ("The Iraqi foreign minister expressed hope for better ties with Iran.", "AGREE"),
        ("The Colombian president said he would not tolerate interference from Ecuador.", "REJECT"),
        ("Bhutan has beefed up security along its border with India.", "MOBILIZE"),
        ("Iran unveiled a new long-range missile at a parade in Tehran.", "MOBILIZE"),
        ("Syria has given sanctuary to Turkish Kurdish rebel leaders.", "AID"),
        ("The Malian junta handed power to an elected civilian government.", "CONCEDE"),
        ("Thai and Malaysian police set up a joint task force against smugglers.", "COOPERATE"),
        ("The Sri Lankan navy sank three Tamil Tiger boats off the coast.", "FIGHT"),
        ("Militants lobbed grenades at a church in Lahore.", "ASSAULT"),
        ("Masked men snatched two Swiss aid workers in Yemen.", "ASSAULT"),
        ("The Tunisian government muzzled the press.", "COERCE"),
        ("The Kyrgyz parliament stripped the former president of his immunity.", "COERCE"),
        # the limits of the new readings:
        ("The Arab League called on Iraq to admit the inspectors.", "DEMAND"),
        ("A new aid package for Tonga was approved by the Asian Development Bank.", "AID"),
        # one's own forces trained are a build-up, not aid
        ("North Korea trained its soldiers near the border.", "MOBILIZE"),
        # "armed" is no verb of arming here
        ("Armed men attacked a police station in Dagestan.", "ASSAULT"),
        # a strike that shuts schools is the strike, not a closure by an authority
        ("A general strike called by the Kenyan teachers' union closed schools.", "PROTEST"),
    ],
)
def test_ontology_verbs(sentence: str, label: str) -> None:
    assert main(sentence).type == label
