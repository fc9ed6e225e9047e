"""Web addresses people type: articles' and sources' links (the rule lives in webapp/fields.py)."""

from webapp.fields import is_http_url
from webapp.services.errors import Invalid


def validate_http_url(url: str) -> str:
    """The address without surrounding spaces, if it is a full http(s) address."""
    url = url.strip()
    if not is_http_url(url):
        raise Invalid(
            "Enter a full web address starting with http:// or https://.", {"url": "invalid"}
        )
    return url
