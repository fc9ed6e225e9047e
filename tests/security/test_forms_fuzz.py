"""Property test: whatever a browser can send to any form or page of Claimdesk, logged in as an
admin, the answer is never a 500 (issue 10). .ci/run also runs schemathesis over the same routes
(tests/forms_schema.py) and over the API."""

import re

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.forms_schema import browser_rules, form_field_names
from webapp.extensions import db

HOSTILE_TEXT = [
    "",
    " ",
    "\x00",
    "a\x00b",
    "\x1b[31m",
    "\u202e",
    "\ufeff",
    "é" * 3000,
    "x" * 70_000,
    "-1",
    "0",
    str(2**31),
    str(2**63),
    "1e309",
    "NaN",
    "<script>",
    "' OR 1=1 --",
    "javascript:alert(1)",
    "https://example.org/" + "a" * 3000,
    "２０２４-01-01",
    "2024-02-30",
    "ＡＤＭＩＮ",
    "аdmin",
    "İ",
    "admin.",
    "@admin",
    "#zzzzzz",
]


FIELD_NAMES = form_field_names()
values = st.one_of(
    st.sampled_from(HOSTILE_TEXT),
    st.text(max_size=60),
    st.integers(min_value=-(2**70), max_value=2**70).map(str),
)
ids = st.one_of(st.integers(min_value=0, max_value=12), st.sampled_from([2**31, 2**63, 10**25]))


@pytest.fixture
def site(app, client, make_user, make_article, auth):
    make_user("admin1", "admin")
    make_user("rita", "reviewer")
    make_article()
    make_article(title="Second")
    auth.login("admin1")
    return client, browser_rules(app)


def _path(rule, chosen_ids: list[int]) -> str:
    path = rule.rule
    for index, argument in enumerate(re.findall(r"<(?:int:)?(\w+)>", path)):
        path = re.sub(rf"<(?:int:)?{argument}>", str(chosen_ids[index % len(chosen_ids)]), path)
    return path


@settings(
    max_examples=150,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(data=st.data())
def test_no_form_or_page_answers_500(site, data):
    client, rules = site
    rule = data.draw(st.sampled_from(rules), label="route")
    path = _path(rule, data.draw(st.lists(ids, min_size=1, max_size=3), label="ids"))
    fields = data.draw(
        st.dictionaries(st.sampled_from(FIELD_NAMES), values, max_size=6), label="fields"
    )
    query = data.draw(
        st.dictionaries(st.sampled_from(FIELD_NAMES), values, max_size=2), label="query"
    )
    headers = data.draw(st.sampled_from([{}, {"HX-Request": "true"}]), label="headers")
    if "POST" in rule.methods and data.draw(st.booleans(), label="post"):
        response = client.post(path, data=fields, query_string=query, headers=headers)
    else:
        response = client.get(path, query_string=query, headers=headers)
    assert response.status_code < 500, (rule.rule, path, fields, query, response.status_code)
    db.session.rollback()
