"""XML sitemaps, sitemap indexes and news sitemaps (read with lxml, streaming).

A sitemap (`<urlset>`) lists pages; a sitemap index (`<sitemapindex>`) lists
sitemaps. Google News sitemaps are `<urlset>`s whose `<url>`s carry a
`<news:news>` block; their page URLs are read the same way. Only the `<loc>`
directly inside `<url>` or `<sitemap>` counts (not `<image:loc>` and the like).
The parser neither resolves entities nor touches the network.
"""

from __future__ import annotations

import io
from collections.abc import Iterator
from urllib.parse import urljoin

from lxml import etree

from dateline.errors import IngestError

# The protocol's limit for one uncompressed sitemap file.
SITEMAP_MAX_BYTES = 50 * 1024 * 1024
MAX_SITEMAP_DEPTH = 3


def _local(tag: object) -> str:
    return etree.QName(tag).localname if isinstance(tag, str) else ""


def sitemap_locs(data: bytes, base_url: str | None = None) -> Iterator[str]:
    """Yield the `<loc>` URLs of a sitemap or sitemap index, in document order, deduplicated.

    Raises:
        IngestError: the document is not well-formed XML (raised when reached).
    """
    seen: set[str] = set()
    events = etree.iterparse(
        io.BytesIO(data),
        events=("end",),
        resolve_entities=False,
        no_network=True,
        huge_tree=False,
        load_dtd=False,
    )
    try:
        for _event, element in events:
            name = _local(element.tag)
            if name == "loc":
                parent = element.getparent()
                if parent is not None and _local(parent.tag) in ("url", "sitemap"):
                    loc = (element.text or "").strip()
                    if loc:
                        loc = urljoin(base_url, loc) if base_url else loc
                        if loc not in seen:
                            seen.add(loc)
                            yield loc
            elif name in ("url", "sitemap"):
                element.clear()
    except etree.XMLSyntaxError as exc:
        raise IngestError(f"malformed sitemap XML ({exc.msg})") from exc
