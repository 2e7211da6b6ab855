"""The address policy: refuse hosts that resolve to private, loopback or other local addresses.

Every address a host name resolves to is checked, so a name with one public
and one private address is refused. IPv4-mapped IPv6 addresses are checked as
the IPv4 address they carry.
"""

from __future__ import annotations

import ipaddress
import socket
from collections.abc import Callable

from dateline.errors import FetchError

Resolver = Callable[[str, int], list[str]]
IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address


def resolve_host(host: str, port: int) -> list[str]:
    """The IP addresses a host name resolves to (an IP literal resolves to itself).

    Raises:
        FetchError: the name does not resolve.
    """
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except (socket.gaierror, UnicodeError) as exc:
        raise FetchError(f"cannot resolve host {host!r}", url=None) from exc
    return sorted({str(info[4][0]) for info in infos})


def blocked_reason(address: str) -> str | None:
    """Why an address may not be fetched by default ("loopback", "private", ...), or None."""
    try:
        ip: IPAddress = ipaddress.ip_address(address.split("%", 1)[0])
    except ValueError:
        return "not an IP address"
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped is not None:
        ip = ip.ipv4_mapped
    for name, flag in (
        ("loopback", ip.is_loopback),
        ("unspecified", ip.is_unspecified),
        ("link-local", ip.is_link_local),
        ("multicast", ip.is_multicast),
        ("private", ip.is_private),
        ("reserved", ip.is_reserved),
    ):
        if flag:
            return name
    return None if ip.is_global else "not globally routable"


def check_public(host: str, port: int, url: str, resolver: Resolver = resolve_host) -> None:
    """Refuse a host unless every address it resolves to is public (an IP literal is
    checked as it stands, without a lookup).

    Raises:
        FetchError: the host does not resolve, or one of its addresses is not public.
    """
    bare = host.strip("[]")
    try:
        addresses = [str(ipaddress.ip_address(bare.split("%", 1)[0]))]
    except ValueError:
        try:
            addresses = resolver(bare, port)
        except FetchError as exc:
            raise FetchError(exc.message, url=url) from exc
    if not addresses:
        raise FetchError(f"cannot resolve host {host!r}", url=url)
    for address in addresses:
        reason = blocked_reason(address)
        if reason is not None:
            raise FetchError(
                f"refused: {host} resolves to {address}, a {reason} address "
                "(allow private addresses to fetch it)",
                url=url,
            )
