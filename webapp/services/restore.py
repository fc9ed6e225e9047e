"""Restoring a JSON export into a workspace: check the whole file first, as strictly as the API
checks a request (through the field specification, `webapp/fields.py`), then add what is new
and report, item by item, what was already there. Nothing existing is ever overwritten; an
article that was deleted here comes back. The caller commits once, so a restore is whole or
nothing."""

import json
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date, datetime

from sqlalchemy import select, text

from webapp.extensions import db
from webapp.fields import (
    ARTICLE,
    CLAIM,
    COLOR_PATTERN,
    COMMENT,
    LARGEST_ID,
    NOTE,
    SOURCE,
    STATUS,
    URL_PATTERN,
    USER,
    Entity,
    Field,
    preview,
    problem,
)
from webapp.models import Article, Claim, ClaimEvent, Comment, Note, Source, Status, User
from webapp.models.user import canonical_username
from webapp.services import history
from webapp.services.errors import Invalid
from webapp.services.exports.records import reference_kind
from webapp.services.exports.schemas import load_schema
from webapp.services.statuses import DEFAULT_STATUSES
from webapp.services.users import users_named

RESTORED_PASSWORD_HASH = "!restored-account-cannot-log-in"
TABLES_WITH_IDS = (Article, Claim, Source, Note, Comment, ClaimEvent)
MAX_DEPTH = 32  # an export nests about 8 deep; anything far deeper is not one
PATTERN_WORDS = {
    URL_PATTERN: "is not a web address starting with http:// or https://",
    COLOR_PATTERN: "is not a colour written #rrggbb",
}
PERSON_FIELDS = ("assignee", "created_by", "updated_by", "proposed_by", "approved_by")


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
    remarks: list[str] = field(default_factory=list)  # articles brought back, default status
    conflicts: list[dict] = field(default_factory=list)  # {"path", "message"}
    groups: dict[int, list[int]] = field(default_factory=dict)  # document group -> claim ids
    claim_ids: list[int] = field(default_factory=list)  # the restored claims, numbered here

    def summary(self) -> str:
        return (
            f"Restored {self.articles} articles, {self.claims} claims, {self.sources} sources, "
            f"{self.notes} notes, {self.comments} comments and {self.events} history entries; "
            f"{len(self.conflicts)} conflicts."
        )


def parse_document(raw: bytes | str) -> dict:
    """Parse and check an export file; the first problem raises Invalid with its JSON path,
    in one line that never repeats more than a few dozen characters of the file."""
    document = _load_json(raw)
    _check_depth(document)
    from jsonschema import Draft202012Validator, FormatChecker  # loaded when a file comes in

    validator = Draft202012Validator(load_schema("json"), format_checker=FormatChecker())
    errors = sorted(validator.iter_errors(document), key=lambda e: [str(p) for p in e.path])
    if errors:
        first = errors[0]
        raise Invalid(
            f"The file is not a Claimdesk export: at {first.json_path}: {_schema_problem(first)}.",
            {"path": first.json_path},
        )
    _check_fields(document)
    _check_ids(document)
    _check_consistency(document)
    _check_times(document)
    return document


def _refuse_constant(name: str) -> float:
    raise Invalid(f"The file holds {name}, which is not a number JSON allows.", {"path": "$"})


def _refuse_repeated_keys(pairs: list[tuple[str, object]]) -> dict:
    found = dict(pairs)
    if len(found) != len(pairs):
        seen: set[str] = set()
        repeated = next(key for key, _value in pairs if key in seen or seen.add(key))
        raise Invalid(f"The file repeats the key {preview(repeated)} in one object.", {"path": "$"})
    return found


def _load_json(raw: bytes | str) -> object:
    try:
        return json.loads(
            raw, parse_constant=_refuse_constant, object_pairs_hook=_refuse_repeated_keys
        )
    except RecursionError:
        raise Invalid(
            "The file nests values too deeply to be a Claimdesk export.", {"path": "$"}
        ) from None
    except (UnicodeDecodeError, ValueError) as error:
        where = ""
        if isinstance(error, json.JSONDecodeError):
            where = f" at line {error.lineno}, column {error.colno}"
        raise Invalid(f"The file is not valid JSON{where}.", {"path": "$"}) from None


def _check_depth(document: object) -> None:
    """Refuse deep nesting before anything walks the document recursively."""
    stack = [(document, 1)]
    while stack:
        value, depth = stack.pop()
        if depth > MAX_DEPTH:
            raise Invalid(
                f"The file nests values more than {MAX_DEPTH} deep; an export never does.",
                {"path": "$"},
            )
        if isinstance(value, dict):
            stack.extend((item, depth + 1) for item in value.values())
        elif isinstance(value, list):
            stack.extend((item, depth + 1) for item in value)


def _schema_problem(error) -> str:
    """The schema's complaint in one short line: values are shown cut to a few characters."""
    value = preview(error.instance)
    expected = error.validator_value
    messages = {
        "maxLength": lambda: f"{value} is longer than {expected:,} characters",
        "minLength": lambda: f"{value} is shorter than {expected:,} characters",
        "type": lambda: f"{value} is not of type {preview(expected)}",
        "enum": lambda: f"{value} is not one of {preview(expected, 80)}",
        "const": lambda: f"{value} is not {preview(expected)}",
        "pattern": lambda: f"{value} {PATTERN_WORDS.get(expected, f'does not match {expected}')}",
        "format": lambda: f"{value} is not a valid {expected}",
        "additionalProperties": lambda: (
            "holds fields that are not part of the format: "
            + ", ".join(
                preview(key)
                for key in sorted(set(error.instance) - set(error.schema.get("properties", {})))[:3]
            )
        ),
    }
    if error.validator in messages:
        return messages[error.validator]()
    return error.message if len(error.message) <= 160 else f"{value} is not allowed here"


def _field_problem(entity: Entity, record: dict, path: str) -> None:
    """Each restorable field present in `record` must be one the API would accept."""
    for name, spec in entity.fields.items():
        if spec.restorable and name in record:
            _value_problem(spec, record[name], f"{path}.{name}")


def _value_problem(spec: Field, value: object, path: str) -> None:
    found = problem(spec, value)
    if found is not None:
        raise Invalid(f"At {path}: {preview(value)} {found}.", {"path": path})


def _person_problem(name: object, path: str) -> None:
    """A person is named by a username sign-up would accept, or not at all (null)."""
    if name is not None:
        _value_problem(USER["username"], name, path)


def _check_fields(document: dict) -> None:
    """Every value through the field specification: lengths, characters, schemes, choices,
    names that sign-up would accept, finite scores, ids a database column holds."""
    for index, status in enumerate(document["statuses"]):
        _field_problem(STATUS, status, f"$.statuses[{index}]")
    for index, article in enumerate(document["articles"]):
        path = f"$.articles[{index}]"
        _field_problem(ARTICLE, article, path)
        _check_id(article["id"], f"{path}.id")
    for index, claim in enumerate(document["claims"]):
        _check_claim_fields(claim, f"$.claims[{index}]")


def _check_claim_fields(claim: dict, path: str) -> None:
    passage = claim["passage"]
    _field_problem(CLAIM, {**claim, "status": claim["status"]["name"], **passage}, path)
    for key in ("id", "version"):
        _check_id(claim[key], f"{path}.{key}")
    for key in ("start", "end"):
        _check_id(passage[key], f"{path}.passage.{key}", low=0)
    for key in PERSON_FIELDS:
        _person_problem(claim[key], f"{path}.{key}")
    for key, entity, person in (
        ("sources", SOURCE, "added_by"),
        ("notes", NOTE, "author"),
        ("comments", COMMENT, "author"),
    ):
        for number, item in enumerate(claim[key]):
            where = f"{path}.{key}[{number}]"
            _field_problem(entity, item, where)
            _check_id(item["id"], f"{where}.id")
            _person_problem(item[person], f"{where}.{person}")
    for number, event in enumerate(claim["history"]):
        _check_event_fields(event, f"{path}.history[{number}]")


def _check_event_fields(event: dict, where: str) -> None:
    for key in ("id", "version"):
        _check_id(event[key], f"{where}.{key}")
    _person_problem(event["user"], f"{where}.user")
    for side in ("before", "after"):
        for kind, name, at in _references(event, side):
            spec = USER["username"] if kind == "user" else STATUS["name"]
            _value_problem(spec, name, f"{where}.{side}{at}.name")


def _check_id(value: int, path: str, low: int = 1) -> None:
    if not low <= value <= LARGEST_ID:
        raise Invalid(
            f"At {path}: {preview(value)} is outside {low} to {LARGEST_ID:,}.", {"path": path}
        )


def _check_ids(document: dict) -> None:
    """Sources, notes, comments and history entries are numbered once across the file."""
    seen: dict[str, set[int]] = defaultdict(set)
    for index, claim in enumerate(document["claims"]):
        for key in ("sources", "notes", "comments", "history"):
            for number, item in enumerate(claim[key]):
                if item["id"] in seen[key]:
                    path = f"$.claims[{index}].{key}[{number}].id"
                    raise Invalid(
                        f"At {path}: {key} id {item['id']} appears twice in the file.",
                        {"path": path},
                    )
                seen[key].add(item["id"])


def _reference_kind(event: dict) -> str | None:
    return reference_kind(event["field"], event["action"])


def _references(event: dict, side: str) -> list[tuple[str, object, str]]:
    """(kind, name, where) of each status or person a history value names by id and name."""
    value = event[side]
    kind = _reference_kind(event)
    if not isinstance(value, dict) or kind not in ("status", "user"):
        return []
    found = []
    if "id" in value or "name" in value:
        found.append((kind, value.get("name"), ""))
    if kind == "status" and isinstance(value.get("proposed_by"), dict):
        found.append(("user", value["proposed_by"].get("name"), ".proposed_by"))
    return found


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
    seeds = [article["seed_name"] for article in document["articles"] if article["seed_name"]]
    if len(set(seeds)) != len(seeds):
        raise Invalid("The file lists a seed article twice.", {"path": "$.articles"})
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
    """Add the document's statuses, people, articles and claims that the workspace lacks, and
    bring back articles of the file that were deleted here."""
    report = RestoreReport()
    statuses = _ensure_statuses(document, report)
    users = _ensure_users(document, report)
    _ensure_default_status(statuses, report)
    claims_by_article: dict[int, list[tuple[int, dict]]] = defaultdict(list)
    for index, claim in enumerate(document["claims"]):
        claims_by_article[claim["article"]["id"]].append((index, claim))
    for index, article in enumerate(document["articles"]):
        claims = claims_by_article.get(article["id"], [])
        outcome = _article_conflict(article, f"$.articles[{index}]", report)
        if outcome == "brought back":
            continue
        if outcome == "conflict":
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
        _restore_article(article, claims, References(statuses, users), keep_ids, report)
    db.session.flush()
    _advance_sequences()
    # --- search and matching: claim groups (one new group per group value in the document),
    # and the restored claims' features and figures stored now, so that they are in step when
    # the restore commits, before matching them (a background job for many claims) ends
    from webapp.services.matching import restore_groups, store_features

    restore_groups(report.groups)
    store_features(report.claim_ids)
    # ---
    return report


def _history_names(document: dict, kind: str) -> list[str]:
    """The statuses or people that history values name."""
    return [
        name
        for claim in document["claims"]
        for event in claim["history"]
        for side in ("before", "after")
        for found, name, _where in _references(event, side)
        if found == kind
    ]


def _ensure_statuses(document: dict, report: RestoreReport) -> dict[str, Status]:
    existing = {status.name.lower(): status for status in db.session.scalars(select(Status))}
    wanted = {status["name"].lower(): status for status in document["statuses"]}
    named = [
        (claim["status"]["name"], claim["status"]["rating_value"], claim["status"]["is_final"])
        for claim in document["claims"]
    ]
    named += [(name, None, False) for name in _history_names(document, "status")]
    for name, rating_value, is_final in named:
        wanted.setdefault(
            name.lower(),
            {
                "name": name,
                "color": "#6b7280",
                "position": 100,
                "rating_value": rating_value,
                "is_final": is_final,
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


def _ensure_default_status(statuses: dict[str, Status], report: RestoreReport) -> None:
    """New claims need a default status; a restore into an empty workspace names one: the usual
    first status if the file has it, else the first one that is not a verdict."""
    if not statuses or any(status.is_default for status in statuses.values()):
        return
    usual = statuses.get(DEFAULT_STATUSES[0][0].lower())
    ordered = sorted(statuses.values(), key=lambda status: (status.is_final, status.position))
    chosen = usual or ordered[0]
    chosen.is_default = True
    report.remarks.append(f"“{chosen.name}” is the status of newly imported claims.")
    db.session.flush()


def _referenced_usernames(document: dict) -> set[str]:
    names = {article["created_by"] for article in document["articles"]}
    for claim in document["claims"]:
        names.update(claim[key] for key in PERSON_FIELDS)
        names.update(source["added_by"] for source in claim["sources"])
        names.update(note["author"] for note in claim["notes"] + claim["comments"])
        names.update(event["user"] for event in claim["history"])
    names.update(_history_names(document, "user"))
    names.discard(None)
    return names


def _ensure_users(document: dict, report: RestoreReport) -> dict[str, User]:
    """People named in the file map to accounts by username. Missing ones get a deactivated
    viewer account, so the record keeps their name but nobody can log in as them."""
    wanted = _referenced_usernames(document)
    found = {user.username_canonical: user for user in users_named(wanted)}
    for name in sorted(wanted):
        if canonical_username(name) not in found:
            user = User(
                username=name, role="viewer", active=False, password_hash=RESTORED_PASSWORD_HASH
            )
            db.session.add(user)
            found[canonical_username(name)] = user
            report.users_created.append(name)
    db.session.flush()
    return found


def _article_conflict(article: dict, path: str, report: RestoreReport) -> str | None:
    """None for a new article; "brought back" when it was deleted here; else "conflict"."""
    same = db.session.scalar(
        select(Article).where(Article.title == article["title"], Article.text == article["text"])
    )
    if same is None and article["seed_name"]:
        same = db.session.scalar(select(Article).where(Article.seed_name == article["seed_name"]))
    if same is None:
        return None
    if same.deleted_at is not None:
        same.deleted_at = None
        report.remarks.append(
            f"Article {same.id} “{same.title}” had been deleted here; it is back with its claims "
            "as they were when it was deleted."
        )
        return "brought back"
    if same.text == article["text"]:
        message = (
            f"Article “{article['title']}” is already here as article {same.id}; "
            "skipped, nothing overwritten."
        )
    else:
        message = (
            f"Seed article {article['seed_name']} was already imported here with "
            "different text; skipped, nothing overwritten."
        )
    report.conflicts.append({"path": path, "message": message})
    return "conflict"


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


@dataclass
class References:
    """This workspace's rows for the names and numbers the file uses."""

    statuses: dict[str, Status]
    users: dict[str, User]
    children: dict[tuple[str, int], int] = field(default_factory=dict)  # ("source", old) -> new

    def user_id(self, name: str | None) -> int | None:
        return None if name is None else self.users[canonical_username(name)].id

    def local(self, event: dict, side: str) -> object:
        """A history value with the statuses, people, sources and notes it names by id
        pointing at this workspace's rows (found by name), so undo puts back the right one."""
        value = event[side]
        kind = _reference_kind(event)
        if not isinstance(value, dict) or kind is None:
            return value
        value = dict(value)
        if kind in ("status", "user") and isinstance(value.get("name"), str):
            if kind == "status":
                value["id"] = self.statuses[value["name"].lower()].id
            else:
                value["id"] = self.users[canonical_username(value["name"])].id
        elif kind in ("source", "note") and isinstance(value.get("id"), int):
            value["id"] = self.children.get((kind, value["id"]), value["id"])
        proposer = value.get("proposed_by") if kind == "status" else None
        if isinstance(proposer, dict) and isinstance(proposer.get("name"), str):
            value["proposed_by"] = {**proposer, "id": self.user_id(proposer["name"])}
        return value


def _restore_article(
    data: dict,
    claims: list[tuple[int, dict]],
    refs: References,
    keep_ids: bool,
    report: RestoreReport,
) -> None:
    user_id = refs.user_id

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
            attribution=item.get("attribution"),
            checkable_reason=item.get("checkable_reason"),
            dismissed_reason=item["dismissed_reason"],
            status_id=refs.statuses[item["status"]["name"].lower()].id,
            assignee_id=user_id(item["assignee"]),
            version=item["version"],
            created_by_id=user_id(item["created_by"]),
            updated_by_id=user_id(item["updated_by"]),
            proposed_by_id=user_id(item["proposed_by"]),
            proposed_at=_when(item["proposed_at"]),
            approved_by_id=user_id(item["approved_by"]),
            approved_at=_when(item["approved_at"]),
            returned_at=_when(item.get("returned_at")),
            created_at=_when(item["created_at"]),
            updated_at=_when(item["updated_at"]),
        )
        db.session.add(claim)
        db.session.flush()
        report.claims += 1
        report.claim_ids.append(claim.id)
        if item.get("group") is not None:  # claim groups (search and matching)
            report.groups.setdefault(item["group"], []).append(claim.id)
        children: list[tuple[str, int, Source | Note]] = []
        for source in item["sources"]:
            row = Source(
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
            children.append(("source", source["id"], row))
            report.sources += 1
        for note in item["notes"]:
            row = Note(
                **own_id(note["id"]),
                claim_id=claim.id,
                body=note["body"],
                author_id=user_id(note["author"]),
                created_at=_when(note["created_at"]),
            )
            children.append(("note", note["id"], row))
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
        db.session.add_all(row for _kind, _old, row in children)
        db.session.flush()
        refs.children.update({(kind, old): row.id for kind, old, row in children})
        for entry in item["history"]:
            user = refs.users[canonical_username(entry["user"])] if entry["user"] else None
            event = history.record(
                claim,
                user,
                entry["action"],
                entry["field"],
                refs.local(entry, "before"),
                refs.local(entry, "after"),
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
