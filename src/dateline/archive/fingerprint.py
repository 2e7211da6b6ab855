"""Fingerprints that find one story twice: a hash of the normalised words for exact
copies, and a MinHash over word shingles, cut into LSH bands, for near copies
(the same wire story run by several outlets with a different line here and there).

The MinHash is one-permutation hashing with rotation densification (Shrivastava & Li,
2014): each shingle is hashed once into one of `BINS` bins, each bin keeps its
smallest value, and two texts agree in a bin with probability equal to their Jaccard
similarity. Bands of `ROWS` bins become bucket keys; texts sharing any bucket are
candidates, so finding near copies is an index lookup, not a scan of the archive.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass

SHINGLE_WORDS = 5
BINS = 64
BANDS = 16
ROWS = BINS // BANDS
MIN_WORDS = 50  # shorter texts are too thin to call copies (e.g. "page not found")
NEAR_THRESHOLD = 0.7  # estimated Jaccard similarity of shingles to call two texts copies

_WORD = re.compile(r"\w+")
_EMPTY = -1
_VALUE_BITS = 58  # 64-bit hash: 6 bits pick the bin, 58 bits are the value


@dataclass(frozen=True)
class Fingerprint:
    """What the archive keeps to recognise a copy of a text."""

    text_hash: str | None  # None when the text is too short to compare
    minhash: tuple[int, ...]  # BINS values, or () when too short
    buckets: tuple[str, ...]  # BANDS LSH bucket keys, or () when too short


def words_of(text: str) -> list[str]:
    """The lower-cased word tokens of a text: what copies are compared on."""
    return _WORD.findall(text.lower())


def fingerprint(text: str) -> Fingerprint:
    """The exact-copy hash, MinHash signature and LSH buckets of a text.

    >>> fingerprint("too short").text_hash is None
    True
    """
    words = words_of(text)
    if len(words) < MIN_WORDS:
        return Fingerprint(None, (), ())
    digest = hashlib.sha256(" ".join(words).encode("utf-8")).hexdigest()[:32]
    signature = minhash(words)
    return Fingerprint(digest, signature, lsh_buckets(signature))


def minhash(words: list[str]) -> tuple[int, ...]:
    """One-permutation MinHash of the word shingles, densified so no bin is empty."""
    mins = [_EMPTY] * BINS
    for i in range(max(len(words) - SHINGLE_WORDS + 1, 1)):
        shingle = " ".join(words[i : i + SHINGLE_WORDS]).encode("utf-8")
        h = int.from_bytes(hashlib.blake2b(shingle, digest_size=8).digest(), "big")
        slot, value = h % BINS, h >> (64 - _VALUE_BITS)
        if mins[slot] == _EMPTY or value < mins[slot]:
            mins[slot] = value
    return _densify(mins)


def _densify(mins: list[int]) -> tuple[int, ...]:
    """Fill each empty bin from the next filled bin to its right, marked by the distance."""
    if all(v == _EMPTY for v in mins):
        return tuple(0 for _ in mins)
    out = list(mins)
    for i, value in enumerate(mins):
        if value != _EMPTY:
            continue
        step = 1
        while mins[(i + step) % BINS] == _EMPTY:
            step += 1
        out[i] = (mins[(i + step) % BINS] + step * (1 << _VALUE_BITS)) % (1 << 63)
    return tuple(out)


def lsh_buckets(signature: tuple[int, ...]) -> tuple[str, ...]:
    """The band keys of a signature: `band:hash-of-its-rows`."""
    keys = []
    for band in range(BANDS):
        rows = signature[band * ROWS : (band + 1) * ROWS]
        data = b"".join(v.to_bytes(8, "big") for v in rows)
        keys.append(f"{band}:{hashlib.blake2b(data, digest_size=8).hexdigest()}")
    return tuple(keys)


def similarity(a: tuple[int, ...], b: tuple[int, ...]) -> float:
    """Estimated Jaccard similarity of two signatures' shingle sets (0.0 to 1.0)."""
    if not a or len(a) != len(b):
        return 0.0
    return sum(x == y for x, y in zip(a, b, strict=True)) / len(a)


def encode_signature(signature: tuple[int, ...]) -> str:
    """A signature as stored: hex values joined by commas."""
    return ",".join(format(v, "x") for v in signature)


def decode_signature(stored: str | None) -> tuple[int, ...]:
    """The signature `encode_signature` stored."""
    return tuple(int(v, 16) for v in stored.split(",")) if stored else ()
