"""Web addresses people type: articles' and sources' links."""

import validators

from webapp.services.errors import Invalid


def validate_http_url(url: str) -> str:
    """The address without surrounding spaces, if it is a full http(s) address."""
    url = url.strip()
    if not url.lower().startswith(("http://", "https://")) or validators.url(url) is not True:
        raise Invalid(
            "Enter a full web address starting with http:// or https://.", {"url": "invalid"}
        )
    return url
