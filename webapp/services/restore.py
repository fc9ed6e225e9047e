"""Restoring a JSON export into a workspace: check the whole file first, then add what is new
and report, item by item, what was already there. Nothing existing is ever overwritten."""

import json
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date, datetime

from jsonschema import Draft202012Validator, FormatChecker
from sqlalchemy import func, select, text

from webapp.extensions import db
from webapp.models import Article, Claim, ClaimEvent, Comment, Note, Source, Status, User
from webapp.services import history
from webapp.services.errors import Invalid
from webapp.services.exports.schemas import load_schema

RESTORED_PASSWORD_HASH = "!restored-account-cannot-log-in"
TABLES_WITH_IDS = (Article, Claim, Source, Note, Comment, ClaimEvent)


@dataclass
class RestoreReport:
    articles: int = 0
    claims: int = 0
    sources: int = 0
    notes: int = 0
    comments: int = 0
    events: int = 0
    statuses_created: list[str] = field(default_factory=list)
    users_created: list[str] = field(default_factory=list)
    renumbered: list[str] = field(default_factory=list)
    conflicts: list[dict] = field(default_factory=list)  # {"path", "message"}
    groups: dict[int, list[int]] = field(default_factory=dict)  # document group -> claim ids

    def summary(self) -> str:
        return (
            f"Restored {self.articles} articles, {self.claims} claims, {self.sources} sources, "
            f"{self.notes} notes, {self.comments} comments and {self.events} history entries; "
            f"{len(self.conflicts)} conflicts."
        )


def parse_document(raw: bytes | str) -> dict:
    """Parse and check an export file; the first problem raises Invalid with its JSON path."""
    try:
        document = json.loads(raw)
    except (UnicodeDecodeError, ValueError) as error:
        where = ""
        if isinstance(error, json.JSONDecodeError):
            where = f" at line {error.lineno}, column {error.colno}"
        raise Invalid(f"The file is not valid JSON{where}.", {"path": "$"}) from None
    validator = Draft202012Validator(load_schema("json"), format_checker=FormatChecker())
    errors = sorted(validator.iter_errors(document), key=lambda e: [str(p) for p in e.path])
    if errors:
        first = errors[0]
        raise Invalid(
            f"The file is not a Claimdesk export: at {first.json_path}: {first.message}.",
            {"path": first.json_path},
        )
    _check_consistency(document)
    _check_times(document)
    return document


def _check_times(document: dict) -> None:
    """Every time in the file must be a real ISO 8601 instant (the schema checks only the form)."""

    def check(value: str | None, path: str) -> None:
        if value is None:
            return
        try:
            parsed = datetime.fromisoformat(value)
        except ValueError:
            parsed = None
        if parsed is None or parsed.tzinfo is None:
            raise Invalid(f"At {path}: {value!r} is not a time with a UTC offset.", {"path": path})

    for index, article in enumerate(document["articles"]):
        check(article["created_at"], f"$.articles[{index}].created_at")
    for index, claim in enumerate(document["claims"]):
        path = f"$.claims[{index}]"
        for key in ("proposed_at", "approved_at", "created_at", "updated_at"):
            check(claim[key], f"{path}.{key}")
        for key, stamp in (
            ("sources", "added_at"),
            ("notes", "created_at"),
            ("comments", "created_at"),
            ("history", "at"),
        ):
            for number, item in enumerate(claim[key]):
                check(item[stamp], f"{path}.{key}[{number}].{stamp}")


def _check_consistency(document: dict) -> None:
    """What a schema cannot say: claims point at included articles and quote them exactly."""
    texts = {article["id"]: article["text"] for article in document["articles"]}
    if len(texts) != len(document["articles"]):
        raise Invalid("The file lists an article twice.", {"path": "$.articles"})
    seen: set[int] = set()
    for index, claim in enumerate(document["claims"]):
        path = f"$.claims[{index}]"
        if claim["id"] in seen:
            raise Invalid(f"At {path}.id: claim {claim['id']} appears twice.", {"path": path})
        seen.add(claim["id"])
        article_id = claim["article"]["id"]
        if article_id not in texts:
            raise Invalid(
                f"At {path}.article.id: article {article_id} is not in the file.",
                {"path": f"{path}.article.id"},
            )
        passage = claim["passage"]
        text_ = texts[article_id]
        if not 0 <= passage["start"] < passage["end"] <= len(text_):
            raise Invalid(
                f"At {path}.passage: the offsets fall outside the article text.",
                {"path": f"{path}.passage"},
            )
        if text_[passage["start"] : passage["end"]] != passage["exact"]:
            raise Invalid(
                f"At {path}.passage.exact: the quoted passage does not match the article text.",
                {"path": f"{path}.passage.exact"},
            )


def restore_document(document: dict) -> RestoreReport:
    """Add the document's statuses, people, articles and claims that the workspace lacks."""
    report = RestoreReport()
    statuses = _ensure_statuses(document, report)
    users = _ensure_users(document, report)
    claims_by_article: dict[int, list[tuple[int, dict]]] = defaultdict(list)
    for index, claim in enumerate(document["claims"]):
        claims_by_article[claim["article"]["id"]].append((index, claim))
    for index, article in enumerate(document["articles"]):
        claims = claims_by_article.get(article["id"], [])
        if _article_conflict(article, f"$.articles[{index}]", report):
            for claim_index, _claim in claims:
                report.conflicts.append(
                    {
                        "path": f"$.claims[{claim_index}]",
                        "message": f"Skipped with its article {article['id']}.",
                    }
                )
            continue
        keep_ids = _ids_free(article, [claim for _index, claim in claims])
        if not keep_ids:
            report.renumbered.append(
                f"Article {article['id']} “{article['title']}” and its claims got new numbers: "
                "some of theirs are taken in this workspace."
            )
        _restore_article(article, claims, statuses, users, keep_ids, report)
    db.session.flush()
    _advance_sequences()
    # --- claim groups (search and matching): one new group per group value in the document
    from webapp.services.matching import restore_groups

    restore_groups(report.groups)
    # ---
    return report


def _ensure_statuses(document: dict, report: RestoreReport) -> dict[str, Status]:
    existing = {status.name.lower(): status for status in db.session.scalars(select(Status))}
    wanted = {status["name"].lower(): status for status in document["statuses"]}
    for claim in document["claims"]:
        name = claim["status"]["name"]
        wanted.setdefault(
            name.lower(),
            {
                "name": name,
                "color": "#6b7280",
                "position": 100,
                "rating_value": claim["status"]["rating_value"],
                "is_final": claim["status"]["is_final"],
            },
        )
    for key, values in wanted.items():
        if key not in existing:
            status = Status(**values, is_default=False)
            db.session.add(status)
            existing[key] = status
            report.statuses_created.append(values["name"])
    db.session.flush()
    return existing


def _referenced_usernames(document: dict) -> set[str]:
    names = {article["created_by"] for article in document["articles"]}
    for claim in document["claims"]:
        names.update(
            claim[key]
            for key in ("assignee", "created_by", "updated_by", "proposed_by", "approved_by")
        )
        names.update(source["added_by"] for source in claim["sources"])
        names.update(note["author"] for note in claim["notes"] + claim["comments"])
        names.update(event["user"] for event in claim["history"])
    names.discard(None)
    return names


def _ensure_users(document: dict, report: RestoreReport) -> dict[str, User]:
    """People named in the file map to accounts by username. Missing ones get a deactivated
    viewer account, so the record keeps their name but nobody can log in as them."""
    wanted = _referenced_usernames(document)
    found = {
        user.username.lower(): user
        for user in db.session.scalars(
            select(User).where(func.lower(User.username).in_([n.lower() for n in wanted]))
        )
    }
    for name in sorted(wanted):
        if name.lower() not in found:
            user = User(
                username=name, role="viewer", active=False, password_hash=RESTORED_PASSWORD_HASH
            )
            db.session.add(user)
            found[name.lower()] = user
            report.users_created.append(name)
    db.session.flush()
    return found


def _article_conflict(article: dict, path: str, report: RestoreReport) -> bool:
    same = db.session.scalar(
        select(Article).where(Article.title == article["title"], Article.text == article["text"])
    )
    if same is not None:
        report.conflicts.append(
            {
                "path": path,
                "message": f"Article “{article['title']}” is already here as article {same.id}; "
                "skipped, nothing overwritten.",
            }
        )
        return True
    if article["seed_name"] and db.session.scalar(
        select(Article.id).where(Article.seed_name == article["seed_name"])
    ):
        report.conflicts.append(
            {
                "path": path,
                "message": f"Seed article {article['seed_name']} was already imported here with "
                "different text; skipped, nothing overwritten.",
            }
        )
        return True
    return False


def _ids_free(article: dict, claims: list[dict]) -> bool:
    wanted = {
        Article: [article["id"]],
        Claim: [claim["id"] for claim in claims],
        Source: [s["id"] for claim in claims for s in claim["sources"]],
        Note: [n["id"] for claim in claims for n in claim["notes"]],
        Comment: [c["id"] for claim in claims for c in claim["comments"]],
        ClaimEvent: [e["id"] for claim in claims for e in claim["history"]],
    }
    for model, ids in wanted.items():
        for start in range(0, len(ids), 500):
            chunk = ids[start : start + 500]
            if db.session.scalar(select(model.id).where(model.id.in_(chunk)).limit(1)):
                return False
    return True


def _when(value: str | None) -> datetime | None:
    return None if value is None else datetime.fromisoformat(value)


def _day(value: str | None) -> date | None:
    return None if value is None else date.fromisoformat(value)


def _restore_article(
    data: dict,
    claims: list[tuple[int, dict]],
    statuses: dict[str, Status],
    users: dict[str, User],
    keep_ids: bool,
    report: RestoreReport,
) -> None:
    def user_id(name: str | None) -> int | None:
        return None if name is None else users[name.lower()].id

    def own_id(value: int) -> dict:
        return {"id": value} if keep_ids else {}

    article = Article(
        **own_id(data["id"]),
        title=data["title"],
        text=data["text"],
        url=data["url"],
        outlet=data["outlet"],
        author=data["author"],
        published_on=_day(data["published_on"]),
        seed_name=data["seed_name"],
        created_by_id=user_id(data["created_by"]),
        created_at=_when(data["created_at"]),
    )
    db.session.add(article)
    db.session.flush()
    report.articles += 1
    for _index, item in claims:
        passage = item["passage"]
        claim = Claim(
            **own_id(item["id"]),
            article_id=article.id,
            start=passage["start"],
            end=passage["end"],
            quote_prefix=passage["prefix"],
            quote_suffix=passage["suffix"],
            text=item["text"],
            kind=item["kind"],
            speaker=item["speaker"],
            score=item["score"],
            reasons=item["reasons"],
            checkable=item["checkable"],
            dismissed_reason=item["dismissed_reason"],
            status_id=statuses[item["status"]["name"].lower()].id,
            assignee_id=user_id(item["assignee"]),
            version=item["version"],
            created_by_id=user_id(item["created_by"]),
            updated_by_id=user_id(item["updated_by"]),
            proposed_by_id=user_id(item["proposed_by"]),
            proposed_at=_when(item["proposed_at"]),
            approved_by_id=user_id(item["approved_by"]),
            approved_at=_when(item["approved_at"]),
            created_at=_when(item["created_at"]),
            updated_at=_when(item["updated_at"]),
        )
        db.session.add(claim)
        db.session.flush()
        report.claims += 1
        if item.get("group") is not None:  # claim groups (search and matching)
            report.groups.setdefault(item["group"], []).append(claim.id)
        for source in item["sources"]:
            db.session.add(
                Source(
                    **own_id(source["id"]),
                    claim_id=claim.id,
                    url=source["url"],
                    title=source["title"],
                    publisher=source["publisher"],
                    stance=source["stance"],
                    accessed_on=_day(source["accessed_on"]),
                    created_by_id=user_id(source["added_by"]),
                    created_at=_when(source["added_at"]),
                )
            )
            report.sources += 1
        for note in item["notes"]:
            db.session.add(
                Note(
                    **own_id(note["id"]),
                    claim_id=claim.id,
                    body=note["body"],
                    author_id=user_id(note["author"]),
                    created_at=_when(note["created_at"]),
                )
            )
            report.notes += 1
        for comment in item["comments"]:
            db.session.add(
                Comment(
                    **own_id(comment["id"]),
                    claim_id=claim.id,
                    body=comment["body"],
                    author_id=user_id(comment["author"]),
                    created_at=_when(comment["created_at"]),
                )
            )
            report.comments += 1
        for entry in item["history"]:
            user = users[entry["user"].lower()] if entry["user"] else None
            event = history.record(
                claim, user, entry["action"], entry["field"], entry["before"], entry["after"]
            )
            # The history is restored as it was written: its own version and time.
            event.version = entry["version"]
            event.created_at = _when(entry["at"])
            if keep_ids:
                event.id = entry["id"]
            report.events += 1
    db.session.flush()


def _advance_sequences() -> None:
    """Rows restored with their own ids leave PostgreSQL's id sequences behind; move them on."""
    if db.session.get_bind().dialect.name != "postgresql":
        return
    for model in TABLES_WITH_IDS:
        table = model.__tablename__
        db.session.execute(
            text(
                f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), "
                f"COALESCE((SELECT MAX(id) FROM {table}), 0) + 1, false)"
            )
        )
