"""JSON shapes the API answers with; claims share the export's claim record."""

from webapp.models import Article, Claim, User
from webapp.services.exports.records import Children, article_summary, claim_record, timestamp
from webapp.services.exports.selection import usernames


def article_json(article: Article, claim_count: int, reviewed_count: int, *, text: bool) -> dict:
    body = {
        **article_summary(article),
        "created_at": timestamp(article.created_at),
        "claim_count": claim_count,
        "reviewed_count": reviewed_count,
    }
    if text:
        body["text"] = article.text
    return body


def claim_json(claim: Claim, children: Children, names=None, known: tuple[User, ...] = ()) -> dict:
    """The export's claim record without its history (served at …/history). Without `names`,
    only the accounts the record mentions are read, and not those `known` (already loaded,
    such as the account making the request)."""
    if names is None:
        names = {user.id: user.username for user in known}
        unknown = _people(claim, children) - names.keys()
        if unknown - {None}:
            names.update(usernames(unknown))
    return claim_record(claim, names, children, with_history=False)


def _people(claim: Claim, children: Children) -> set[int | None]:
    return {
        claim.assignee_id,
        claim.created_by_id,
        claim.updated_by_id,
        claim.proposed_by_id,
        claim.approved_by_id,
        *(source.created_by_id for source in children.sources),
        *(note.author_id for note in children.notes),
        *(comment.author_id for comment in children.comments),
    }


def page_json(items: list, page: int, per_page: int, total: int) -> dict:
    return {"items": items, "page": page, "per_page": per_page, "total": total}
