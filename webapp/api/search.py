"""Archive search and claim matches: search, suggestions, "Same claim", "Not the same", and
taking an earlier claim's verdict."""

from flask import request

from webapp.api import bp
from webapp.api.auth import api_user, requires
from webapp.api.body import int_field, json_body
from webapp.api.presenters import claim_json, page_json
from webapp.extensions import db
from webapp.models.claim import ReviewState
from webapp.services import claims as claim_service
from webapp.services import matching
from webapp.services import search as search_service
from webapp.services.exports.records import article_summary, source_record
from webapp.services.exports.selection import usernames

ID = {"type": "integer", "minimum": 1, "maximum": 2147483647}


def verdict_state(claim) -> str:
    """The claim's review state (models/claim.py), by name."""
    return claim.review_state.name


def _hit_json(hit) -> dict:
    claim = hit.claim
    return {
        "claim_id": claim.id,
        "text": claim.text,
        "speaker": claim.speaker,
        "kind": claim.kind,
        "status": claim.status.name,
        "verdict_state": verdict_state(claim),
        "assignee": claim.assignee.username if claim.assignee else None,
        "article": article_summary(claim.article),
        "snippet_html": str(hit.snippet),
        "found_in": hit.elsewhere[0] if hit.elsewhere else "wording",
        "found_html": str(hit.elsewhere[1]) if hit.elsewhere else None,
        "rank": None if hit.rank is None else round(hit.rank, 6),
    }


@bp.get("/search")
@requires("read")
def search():
    search_filter = search_service.SearchFilter.from_args(request.args)
    page = search_service.search(search_filter)
    body = page_json([_hit_json(hit) for hit in page.hits], page.page, page.per_page, page.total)
    body["query"] = page.query.websearch()
    body["total_is_lower_bound"] = page.total_is_lower_bound  # counting stops past COUNT_LIMIT
    return body


def _suggestion_json(suggestion, names) -> dict:
    other = suggestion.other
    return {
        "claim_id": other.id,
        "score": suggestion.score,
        "checked_before": suggestion.checked_before,
        "same_group": suggestion.same_group,
        "group_id": suggestion.group_id,
        "text": other.text,
        "speaker": other.speaker,
        "status": other.status.name,
        "verdict_state": verdict_state(other),
        "sources": [source_record(source, names) for source in other.sources],
        "article": article_summary(other.article),
    }


@bp.get("/claims/<int:claim_id>/matches")
@requires("read")
def claim_matches(claim_id: int):
    claim = claim_service.get_claim(claim_id)
    names = usernames()
    return {
        "claim_id": claim.id,
        "group_id": matching.group_id_of(claim.id),
        "items": [_suggestion_json(s, names) for s in matching.suggestions(claim)],
    }


@bp.post("/claims/<int:claim_id>/matches/<int:other_id>/same")
@requires("claim.match")
def same_claim(claim_id: int, other_id: int):
    claim = claim_service.get_claim(claim_id)
    group_id = matching.link_same(claim, other_id, api_user())
    db.session.commit()
    return {"claim_id": claim_id, "other_id": other_id, "group_id": group_id}


@bp.post("/claims/<int:claim_id>/matches/<int:other_id>/dismiss")
@requires("claim.match")
def not_the_same(claim_id: int, other_id: int):
    claim = claim_service.get_claim(claim_id)
    matching.dismiss(claim, other_id, api_user())
    db.session.commit()
    return "", 204


@bp.post("/claims/<int:claim_id>/matches/<int:other_id>/adopt")
@requires("claim.status")
def adopt_verdict(claim_id: int, other_id: int):
    data = json_body(("version",), required=("version",))
    claim = claim_service.get_claim(claim_id)
    matching.adopt_verdict(claim, other_id, api_user(), int_field(data, "version"))
    db.session.commit()
    claim = claim_service.get_claim(claim_id)
    return claim_json(claim, claim_service.children(claim_id))


def openapi_paths(operation, json_response, path_id, query, body, ref) -> dict:
    """The OpenAPI description of these routes (merged into webapp.api.openapi)."""
    string = {"type": "string", "maxLength": 200}
    article = {"type": "object"}
    hit = {
        "type": "object",
        "required": ["claim_id", "text", "status", "verdict_state", "article", "snippet_html"],
        "properties": {
            "claim_id": ID,
            "text": {"type": "string"},
            "speaker": {"type": ["string", "null"]},
            "kind": {"type": "string"},
            "status": {"type": "string"},
            "verdict_state": {"enum": [state.name for state in ReviewState]},
            "assignee": {"type": ["string", "null"]},
            "article": article,
            "snippet_html": {
                "type": "string",
                "description": "the claim's wording, the query's matches in <mark>",
            },
            "found_in": {
                "enum": ["wording", *search_service.FOUND_ELSEWHERE],
                "description": "where the query was found: the wording, else the first of the "
                "others that has it",
            },
            "found_html": {
                "type": ["string", "null"],
                "description": "the passage it was found in, when not the wording",
            },
            "rank": {
                "type": ["number", "null"],
                "description": "the engine's relevance; null when sorted by date",
            },
        },
    }
    suggestion = {
        "type": "object",
        "required": ["claim_id", "score", "checked_before", "status", "verdict_state", "article"],
        "properties": {
            "claim_id": ID,
            "score": {"type": "number", "minimum": 0, "maximum": 1},
            "checked_before": {"type": "boolean"},
            "same_group": {"type": "boolean"},
            "group_id": {"type": ["integer", "null"]},
            "text": {"type": "string"},
            "speaker": {"type": ["string", "null"]},
            "status": {"type": "string"},
            "verdict_state": {"enum": [state.name for state in ReviewState]},
            "sources": {"type": "array"},
            "article": article,
        },
    }
    pair = [path_id("claim_id"), path_id("other_id")]
    return {
        "/search": {
            "get": operation(
                "Search claims, notes, sources, comments and article titles",
                "viewer",
                {
                    "200": json_response(
                        {
                            "type": "object",
                            "required": ["items", "page", "per_page", "total", "query"],
                            "properties": {
                                "items": {"type": "array", "items": hit},
                                "page": {"type": "integer"},
                                "per_page": {"type": "integer"},
                                "total": {"type": "integer"},
                                "query": {"type": "string"},
                                "total_is_lower_bound": {"type": "boolean"},
                            },
                        },
                        "One page of hits, with highlighted snippets.",
                    )
                },
                parameters=[
                    query(
                        "q", {"type": "string", "maxLength": 500}, 'Words, "phrases", OR, -word.'
                    ),
                    query("status", string, "Status name."),
                    query("verdict", {"enum": [s.name for s in ReviewState]}, "Review state."),
                    query("kind", string, "Claim kind."),
                    query("speaker", string, "Speaker, any case."),
                    query("outlet", string, "Outlet, any case."),
                    query("assignee", string, "Username, or `none`."),
                    query("from", {"type": "string", "format": "date"}, "Published on or after."),
                    query("to", {"type": "string", "format": "date"}, "Published on or before."),
                    query("sort", {"enum": ["relevance", "date"]}, "Order of the hits."),
                    query("page", {"type": "integer", "minimum": 1, "maximum": 100000}, "Page."),
                    query("per_page", {"type": "integer", "minimum": 1, "maximum": 100}, "Size."),
                ],
            )
        },
        "/claims/{claim_id}/matches": {
            "parameters": [path_id("claim_id")],
            "get": operation(
                "Earlier claims from other articles that state the same fact, best first",
                "viewer",
                {
                    "200": json_response(
                        {
                            "type": "object",
                            "required": ["claim_id", "group_id", "items"],
                            "properties": {
                                "claim_id": ID,
                                "group_id": {"type": ["integer", "null"]},
                                "items": {"type": "array", "items": suggestion},
                            },
                        },
                        "The suggestions.",
                    )
                },
            ),
        },
        "/claims/{claim_id}/matches/{other_id}/same": {
            "parameters": pair,
            "post": operation(
                "Same claim: put both claims in one claim group",
                "reviewer",
                {"200": json_response({"type": "object"}, "The group.")},
            ),
        },
        "/claims/{claim_id}/matches/{other_id}/dismiss": {
            "parameters": pair,
            "post": operation(
                "Not the same: the suggestion does not come back",
                "reviewer",
                {"204": {"description": "Done; nothing to return."}},
            ),
        },
        "/claims/{claim_id}/matches/{other_id}/adopt": {
            "parameters": pair,
            "post": operation(
                "Take the other claim's status and sources (recorded in the history)",
                "reviewer",
                {"200": json_response(ref("api_claim"), "The claim.")},
                requestBody=body(
                    {
                        "type": "object",
                        "required": ["version"],
                        "additionalProperties": False,
                        "properties": {"version": {"type": "integer", "minimum": 1}},
                    }
                ),
            ),
        },
    }
