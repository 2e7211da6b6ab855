"""RawPage -> Article: decoding, HTML and scraped-text extraction, news metadata."""
