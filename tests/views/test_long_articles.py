"""Issue 12 (7) / issue 13: a long article opens with its first part; the rest of the text and
of the claim list loads as the reviewer scrolls, and nothing is left out."""

import re

import pytest

from webapp.views import presenters

TEXT = "\n\n".join(
    f"The council of district {n} approved {100 + n} new homes in {2000 + n}, the mayor said."
    for n in range(12)
)


@pytest.fixture
def small_pages(monkeypatch):
    monkeypatch.setattr(presenters, "TEXT_PAGE_MARKS", 4)
    monkeypatch.setattr(presenters, "LIST_PAGE_ROWS", 5)


def _paragraph_starts(html: str) -> list[int]:
    return [int(n) for n in re.findall(r'<p id="para-\d+" data-start="(\d+)"', html)]


def _row_ids(html: str) -> list[int]:
    return [int(n) for n in re.findall(r'<li id="claim-row-(\d+)"', html)]


def test_the_page_shows_the_first_part_and_the_rest_loads_in_order(
    client, logged_in, make_article, small_pages
):
    article = make_article(title="Long", text=TEXT)
    claims = sorted(article.claims, key=lambda c: c.start)
    page = client.get(f"/articles/{article.id}").get_data(as_text=True)
    starts = _paragraph_starts(page)
    assert 0 < len(starts) < 12
    rows = _row_ids(page)
    assert rows == [c.id for c in claims[:5]]
    assert f'<span class="count" id="claim-count">{len(claims)}</span>' in page

    next_text = re.search(r'hx-get="(/articles/\d+/text/\d+[^"]*)"', page).group(1)
    while next_text:
        part = client.get(next_text.replace("&amp;", "&"))
        assert part.status_code == 200
        html = part.get_data(as_text=True)
        starts += _paragraph_starts(html)
        found = re.search(r'hx-get="(/articles/\d+/text/\d+[^"]*)"', html)
        next_text = found.group(1) if found else None
    assert starts == [TEXT.index(f"The council of district {n} ") for n in range(12)]

    next_rows = re.search(r'hx-get="(/articles/\d+/rows\?start=\d+[^"]*)"', page).group(1)
    while next_rows:
        html = client.get(next_rows.replace("&amp;", "&")).get_data(as_text=True)
        rows += _row_ids(html)
        found = re.search(r'hx-get="(/articles/\d+/rows\?start=\d+[^"]*)"', html)
        next_rows = found.group(1) if found else None
    assert rows == [c.id for c in claims]


def test_a_claim_deep_in_the_article_opens_with_its_text_and_row(
    client, logged_in, make_article, small_pages
):
    article = make_article(title="Long", text=TEXT)
    last = max(article.claims, key=lambda c: c.start)
    page = client.get(f"/claims/{last.id}").get_data(as_text=True)
    assert f'data-claim-id="{last.id}"' in page.split('id="claim-panel"')[0]  # its mark
    assert f'id="claim-row-{last.id}"' in page


def test_the_whole_article_without_javascript_and_bad_part_numbers(
    client, logged_in, make_article, small_pages
):
    article = make_article(title="Long", text=TEXT)
    whole = client.get(f"/articles/{article.id}?whole=1").get_data(as_text=True)
    assert len(_paragraph_starts(whole)) == 12 and "more-text" not in whole
    assert len(_row_ids(whole)) == len(article.claims)
    assert client.get(f"/articles/{article.id}/text/99").status_code == 404
    assert client.get(f"/articles/{article.id}/rows?start=999").status_code == 404
    missing = client.get(f"/articles/{article.id}/rows")
    assert missing.status_code == 400 and b"start=" in missing.data
