"""Property test: whatever a browser can send to any form or page of Claimdesk, logged in as an
admin, the answer is never a 500 (issue 10). The API has its own schemathesis run in .ci/run."""

import inspect
import re

import pytest
from flask_wtf import FlaskForm
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from webapp import forms
from webapp.extensions import db

# Routes that would end the run's own session or need a live stream, not a form.
SKIPPED = {"auth.logout", "static"}
EXTRA_FIELDS = ["assignee_id", "assignee", "comment", "status", "q", "sort", "kind", "after"]
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


def _form_field_names() -> list[str]:
    names = set(EXTRA_FIELDS)
    for module_name in ("admin", "articles", "auth", "claims", "exports", "review"):
        module = __import__(f"webapp.forms.{module_name}", fromlist=["_"])
        for _name, form_class in inspect.getmembers(module, inspect.isclass):
            if issubclass(form_class, FlaskForm) and form_class is not FlaskForm:
                names.update(
                    name
                    for name, value in vars(form_class).items()
                    if hasattr(value, "field_class")
                )
                for base in form_class.__mro__:
                    names.update(
                        name for name, value in vars(base).items() if hasattr(value, "field_class")
                    )
    names.discard("submit")
    return sorted(names)


assert forms  # the package whose modules are read above
FIELD_NAMES = _form_field_names()
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
    rules = [
        rule
        for rule in app.url_map.iter_rules()
        if rule.endpoint not in SKIPPED and not rule.endpoint.startswith("api.")
    ]
    return client, rules


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
