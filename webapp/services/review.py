"""The review workflow: assignment, proposed verdicts, approval, returns, restores, queues,
blind double review and the team dashboard figures."""

from dataclasses import dataclass, field

from sqlalchemy import ColumnElement, func, select
from sqlalchemy.orm import selectinload
from sqlalchemy.orm.exc import StaleDataError

from webapp.extensions import db
from webapp.models import (
    Article,
    BlindReview,
    BlindVerdict,
    Claim,
    ClaimEvent,
    Note,
    Notification,
    Source,
    Status,
    User,
)
from webapp.models.base import utcnow
from webapp.services import admin, history
from webapp.services import claims as claim_service
from webapp.services.agreement import Agreement, agreement
from webapp.services.errors import Conflict, Forbidden, Invalid, NotFound

RESTORABLE_FIELDS = ("status", "text", "speaker", "assignee")


# What counts as reviewed


def is_reviewed_clause() -> ColumnElement[bool]:
    """SQL condition for a reviewed claim: its verdict was approved by an editor."""
    return Claim.reviewed


def is_reviewed(claim: Claim) -> bool:
    return claim.reviewed


def is_awaiting_approval(claim: Claim) -> bool:
    return claim.proposed_by_id is not None and claim.approved_at is None


def reviewed_count(article: Article) -> int:
    return db.session.scalar(
        select(func.count(Claim.id)).where(Claim.article_id == article.id, is_reviewed_clause())
    )


# Proposals, approvals and returns


def _user_value(user: User | None) -> dict | None:
    return None if user is None else {"id": user.id, "name": user.username}


def _status_value(status: Status) -> dict:
    return {"id": status.id, "name": status.name}


def status_changed(claim: Claim, user: User) -> None:
    """Called by update_claim after a status change: a final status is a *proposed* verdict and
    any earlier approval lapses. Reviewers of a blind article give verdicts separately."""
    with db.session.no_autoflush:  # the caller flushes, and turns a stale version into Conflict
        _mark_proposal(claim, user)


def _mark_proposal(claim: Claim, user: User) -> None:
    if user.role == "reviewer" and db.session.get(BlindReview, claim.article_id) is not None:
        raise Forbidden(
            "This article is under blind double review: give your verdict in the blind review "
            "box; an editor sets the status."
        )
    if claim.approved_at is not None:
        history.record(claim, user, "approval lapsed", "verdict", _user_value(claim.approved_by))
    claim.approved_by_id = None
    claim.approved_at = None
    if claim.status.is_final:
        claim.proposed_by_id = user.id
        claim.proposed_at = utcnow()
        history.record(claim, user, "proposed", "verdict", None, _status_value(claim.status))
    else:
        claim.proposed_by_id = None
        claim.proposed_at = None


def _bump(claim: Claim, user: User, expected_version: int) -> None:
    if expected_version != claim.version:
        raise claim_service.stale_conflict(claim)
    claim.version += 1
    claim.updated_at = utcnow()
    claim.updated_by_id = user.id
    # Write the new version now (UPDATE ... WHERE version = old), so a colleague's save that
    # landed in between surfaces here as a Conflict, before anything else is changed.
    _flush(claim)


def _flush(claim: Claim) -> None:
    try:
        db.session.flush()
    except StaleDataError:
        db.session.rollback()
        raise claim_service.stale_conflict(db.session.get(Claim, claim.id)) from None


def propose(claim: Claim, user: User, expected_version: int) -> None:
    """Put the claim's current final status forward for approval (again, after a return)."""
    if not claim.status.is_final:
        raise Invalid(f"“{claim.status.name}” is not a verdict; choose a final status first.")
    if claim.approved_at is not None or claim.proposed_by_id is not None:
        raise Invalid("This verdict is already proposed or approved.")
    _bump(claim, user, expected_version)
    claim.proposed_by_id = user.id
    claim.proposed_at = utcnow()
    history.record(claim, user, "proposed", "verdict", None, _status_value(claim.status))
    _flush(claim)


def _pending(claim: Claim) -> None:
    if not is_awaiting_approval(claim) or not claim.status.is_final:
        raise Invalid("There is no proposed verdict waiting for approval on this claim.")


def approve(claim: Claim, editor: User, expected_version: int) -> None:
    """Approve the proposed verdict; from now on the claim counts as reviewed."""
    _pending(claim)
    if claim.proposed_by_id == editor.id and not admin.allows_self_approval():
        raise Forbidden(
            "You proposed this verdict yourself; another editor must approve it "
            "(an admin can allow self-approval in the workspace settings)."
        )
    _bump(claim, editor, expected_version)
    claim.approved_by_id = editor.id
    claim.approved_at = utcnow()
    history.record(
        claim,
        editor,
        "approved",
        "verdict",
        None,
        {**_status_value(claim.status), "proposed_by": _user_value(claim.proposed_by)},
    )
    _flush(claim)


def return_verdict(claim: Claim, editor: User, expected_version: int, comment: str) -> None:
    """Send the proposed verdict back with a comment; the proposer is notified."""
    from webapp.services import comments

    _pending(claim)
    body = comments.normalise(comment)
    proposer = claim.proposed_by
    _bump(claim, editor, expected_version)
    history.record(
        claim,
        editor,
        "returned",
        "verdict",
        {**_status_value(claim.status), "proposed_by": _user_value(proposer)},
        {"comment": body},
    )
    claim.proposed_by_id = None
    claim.proposed_at = None
    comments.add_comment(claim, editor, f"Returned: {body}")
    for person in {proposer, claim.assignee} - {None, editor}:
        notify(person, claim, f"{editor.username} returned the verdict on claim {claim.id}: {body}")
    _flush(claim)


def notify(user: User, claim: Claim, message: str, comment_id: int | None = None) -> None:
    db.session.add(
        Notification(user_id=user.id, claim_id=claim.id, comment_id=comment_id, message=message)
    )


# Assignment


def assignable_users() -> list[User]:
    return list(
        db.session.scalars(
            select(User)
            .where(User.active.is_(True), User.role.in_(claim_service.ASSIGNABLE_ROLES))
            .order_by(func.lower(User.username))
        )
    )


def assign(claim: Claim, editor: User, expected_version: int, assignee_id: int | None) -> None:
    before = claim.assignee_id
    claim_service.update_claim(claim, editor, expected_version, {"assignee_id": assignee_id})
    if claim.assignee is not None and claim.assignee_id != before and claim.assignee != editor:
        notify(claim.assignee, claim, f"{editor.username} assigned claim {claim.id} to you.")


def assign_article(article: Article, editor: User, assignee_id: int | None) -> int:
    """Assign every live claim of the article not yet reviewed; returns how many changed hands."""
    changed = 0
    first = None
    for claim in article.claims:
        if is_reviewed(claim) or claim.dismissed_reason or claim.assignee_id == assignee_id:
            continue
        claim_service.update_claim(claim, editor, claim.version, {"assignee_id": assignee_id})
        changed += 1
        first = first or claim
    if changed and first.assignee is not None and first.assignee != editor:
        notify(
            first.assignee,
            first,
            f"{editor.username} assigned {changed} claims of “{article.title}” to you.",
        )
    return changed


# Restoring earlier values


def restorable_events(events: list[ClaimEvent]) -> list[ClaimEvent]:
    """History entries whose earlier value can be put back."""
    return [
        event
        for event in events
        if (event.field in RESTORABLE_FIELDS and event.action in ("changed", "restored"))
        or event.action in ("source removed", "note removed")
    ]


def restore(claim: Claim, user: User, expected_version: int, event_id: int) -> None:
    """Put back the value a history entry replaced; the restore is itself a new entry."""
    event = db.session.get(ClaimEvent, event_id)
    if event is None or event.claim_id != claim.id or event not in restorable_events([event]):
        raise NotFound("There is no such history entry to restore on this claim.")
    if event.action in ("source removed", "note removed"):
        _restore_child(claim, user, expected_version, event)
        return
    value = event.before
    if event.field == "status":
        if value is None or db.session.get(Status, value["id"]) is None:
            raise Invalid("That status no longer exists, so it cannot be restored.")
        changes = {"status_id": value["id"]}
    elif event.field == "assignee":
        changes = {"assignee_id": value["id"] if value else None}
    else:
        changes = {event.field: value}
    claim_service.update_claim(claim, user, expected_version, changes, action="restored")


def _restore_child(claim: Claim, user: User, expected_version: int, event: ClaimEvent) -> None:
    model, label = (Source, "source") if event.field == "source" else (Note, "note")
    child = db.session.get(model, (event.before or {}).get("id"))
    if child is None or child.claim_id != claim.id:
        raise NotFound(f"That {label} is not on record any more.")
    if child.deleted_at is None:
        raise Invalid(f"That {label} is already on the claim.")
    _bump(claim, user, expected_version)
    child.deleted_at = None
    history.record(claim, user, f"{label} restored", label, None, event.before)
    _flush(claim)


# Queues


def queue(user: User) -> list[Claim]:
    """Claims assigned to the user that are not approved yet, returned ones first."""
    claims = list(
        db.session.scalars(
            select(Claim)
            .join(Claim.article)
            .where(
                Claim.assignee_id == user.id,
                Article.deleted_at.is_(None),
                ~is_reviewed_clause(),
                Claim.dismissed_reason.is_(None),
            )
            .options(selectinload(Claim.status), selectinload(Claim.article))
            .order_by(Claim.proposed_at.is_not(None), Article.id, Claim.start)
        )
    )
    return claims


def returned_claim_ids(claims: list[Claim]) -> set[int]:
    """Claims whose verdict was returned and not proposed again (the reviewer has work to redo)."""
    claim_ids = [claim.id for claim in claims if claim.proposed_by_id is None]
    if not claim_ids:
        return set()
    last = (
        select(ClaimEvent.claim_id, func.max(ClaimEvent.id).label("last_id"))
        .where(ClaimEvent.claim_id.in_(claim_ids), ClaimEvent.field == "verdict")
        .group_by(ClaimEvent.claim_id)
        .subquery()
    )
    return set(
        db.session.scalars(
            select(ClaimEvent.claim_id)
            .join(last, ClaimEvent.id == last.c.last_id)
            .where(ClaimEvent.action == "returned")
        )
    )


def awaiting_approval(limit: int = 50) -> list[Claim]:
    return list(
        db.session.scalars(
            select(Claim)
            .join(Claim.article)
            .where(
                Article.deleted_at.is_(None),
                Claim.proposed_by_id.is_not(None),
                ~is_reviewed_clause(),
            )
            .options(selectinload(Claim.status), selectinload(Claim.article))
            .order_by(Claim.proposed_at, Claim.id)
            .limit(limit)
        )
    )


def oldest_unreviewed(limit: int = 10) -> list[Claim]:
    return list(
        db.session.scalars(
            select(Claim)
            .join(Claim.article)
            .where(
                Article.deleted_at.is_(None),
                ~is_reviewed_clause(),
                Claim.dismissed_reason.is_(None),
            )
            .options(selectinload(Claim.status), selectinload(Claim.article))
            .order_by(Claim.created_at, Claim.id)
            .limit(limit)
        )
    )


# Blind double review


def blind_review(article_id: int) -> BlindReview | None:
    return db.session.get(BlindReview, article_id)


def start_blind_review(
    article: Article, editor: User, first_id: int, second_id: int
) -> BlindReview:
    if blind_review(article.id) is not None:
        raise Conflict("This article is already under blind double review.")
    if first_id == second_id:
        raise Invalid("Choose two different reviewers.")
    reviewers = [db.session.get(User, user_id) for user_id in (first_id, second_id)]
    if any(r is None or not r.active or r.role == "viewer" for r in reviewers):
        raise Invalid("Both blind reviewers must be active reviewers, editors or admins.")
    review = BlindReview(
        article_id=article.id,
        first_reviewer_id=first_id,
        second_reviewer_id=second_id,
        started_by_id=editor.id,
    )
    db.session.add(review)
    admin.audit(
        editor,
        "blind review started",
        f"article:{article.id}",
        None,
        {"reviewers": [r.username for r in reviewers]},
    )
    for reviewer in reviewers:
        if article.claims:
            notify(
                reviewer,
                article.claims[0],
                f"{editor.username} asked you for a blind review of “{article.title}”.",
            )
    db.session.flush()
    return review


def is_blind_reviewer(review: BlindReview | None, user: User) -> bool:
    return review is not None and user.id in (review.first_reviewer_id, review.second_reviewer_id)


def give_blind_verdict(claim: Claim, reviewer: User, status_id: int) -> BlindVerdict:
    review = blind_review(claim.article_id)
    if not is_blind_reviewer(review, reviewer):
        raise Forbidden("Only the two blind reviewers of this article give blind verdicts.")
    status = db.session.get(Status, status_id)
    if status is None or not status.is_final:
        raise Invalid("Choose a final verdict.", {"status_id": "invalid"})
    verdict = db.session.scalar(
        select(BlindVerdict).where(
            BlindVerdict.claim_id == claim.id, BlindVerdict.reviewer_id == reviewer.id
        )
    )
    if verdict is None:
        verdict = BlindVerdict(claim_id=claim.id, reviewer_id=reviewer.id, status_id=status.id)
        db.session.add(verdict)
    else:
        verdict.status_id = status.id
        verdict.updated_at = utcnow()
    db.session.flush()
    return verdict


def blind_verdicts(claim: Claim) -> list[BlindVerdict]:
    return list(
        db.session.scalars(
            select(BlindVerdict)
            .where(BlindVerdict.claim_id == claim.id)
            .options(selectinload(BlindVerdict.reviewer), selectinload(BlindVerdict.status))
            .order_by(BlindVerdict.id)
        )
    )


def visible_blind_verdicts(claim: Claim, user: User) -> list[BlindVerdict]:
    """Editors see both verdicts; a blind reviewer sees only their own."""
    verdicts = blind_verdicts(claim)
    if user.role in ("editor", "admin"):
        return verdicts
    return [verdict for verdict in verdicts if verdict.reviewer_id == user.id]


def decide(claim: Claim, editor: User, expected_version: int, status_id: int) -> None:
    """The editor's decision after a blind review: the verdict is set and approved at once."""
    review = blind_review(claim.article_id)
    if review is None:
        raise Invalid("This article is not under blind double review.")
    status = db.session.get(Status, status_id)
    if status is None or not status.is_final:
        raise Invalid("Decide on a final verdict.", {"status_id": "invalid"})
    verdicts = blind_verdicts(claim)
    claim_service.update_claim(claim, editor, expected_version, {"status_id": status_id})
    if claim.version == expected_version:  # the status stayed; the decision still moves it on
        _bump(claim, editor, expected_version)
        claim.proposed_by_id = editor.id
        claim.proposed_at = utcnow()
    claim.approved_by_id = editor.id
    claim.approved_at = utcnow()
    history.record(
        claim,
        editor,
        "decided",
        "verdict",
        {v.reviewer.username: v.status.name for v in verdicts},
        _status_value(claim.status),
    )
    _flush(claim)


@dataclass
class ComparisonRow:
    claim: Claim
    verdicts: list[BlindVerdict]

    @property
    def complete(self) -> bool:
        return len(self.verdicts) == 2

    @property
    def agree(self) -> bool:
        return self.complete and self.verdicts[0].status_id == self.verdicts[1].status_id


def comparison(article: Article) -> list[ComparisonRow]:
    """Each claim with both blind verdicts; disagreements first, then incomplete, then agreed."""
    by_claim: dict[int, list[BlindVerdict]] = {}
    for verdict in db.session.scalars(
        select(BlindVerdict)
        .join(Claim)
        .where(Claim.article_id == article.id)
        .options(selectinload(BlindVerdict.reviewer), selectinload(BlindVerdict.status))
        .order_by(BlindVerdict.id)
    ):
        by_claim.setdefault(verdict.claim_id, []).append(verdict)
    rows = [
        ComparisonRow(claim, by_claim.get(claim.id, []))
        for claim in article.claims
        if not claim.dismissed_reason
    ]
    rows.sort(key=lambda row: 2 if row.agree else 1 if not row.complete else 0)
    return rows


def _pairs(article_id: int | None = None) -> list[tuple[int, int]]:
    query = select(BlindVerdict.claim_id, BlindVerdict.status_id).order_by(BlindVerdict.id)
    if article_id is not None:
        query = query.join(Claim).where(Claim.article_id == article_id)
    by_claim: dict[int, list[int]] = {}
    for claim_id, status_id in db.session.execute(query):
        by_claim.setdefault(claim_id, []).append(status_id)
    return [(labels[0], labels[1]) for labels in by_claim.values() if len(labels) == 2]


# The team dashboard


@dataclass
class ArticleProgress:
    article: Article
    total: int
    awaiting: int
    reviewed: int
    agreement: Agreement | None = None

    @property
    def percent(self) -> int:
        return round(100 * self.reviewed / self.total) if self.total else 0


@dataclass
class ReviewerCounts:
    user: User
    assigned: int = 0
    done: int = 0
    returned: int = 0


@dataclass
class Dashboard:
    articles: list[ArticleProgress]
    reviewers: list[ReviewerCounts]
    awaiting: list[Claim]
    oldest: list[Claim]
    team_agreement: Agreement
    blind_articles: list[ArticleProgress] = field(default_factory=list)


def dashboard() -> Dashboard:
    live = (Article.deleted_at.is_(None), Claim.dismissed_reason.is_(None))
    rows = db.session.execute(
        select(
            Article,
            func.count(Claim.id),
            func.count(Claim.proposed_by_id).filter(~is_reviewed_clause()),
            func.count(Claim.id).filter(is_reviewed_clause()),
        )
        .join(Claim, Claim.article_id == Article.id)
        .where(*live)
        .group_by(Article.id)
        .order_by(Article.created_at.desc(), Article.id.desc())
    ).all()
    blind_ids = set(db.session.scalars(select(BlindReview.article_id)))
    articles = [
        ArticleProgress(
            article,
            total,
            awaiting,
            reviewed,
            agreement(_pairs(article.id)) if article.id in blind_ids else None,
        )
        for article, total, awaiting, reviewed in rows
    ]
    counts: dict[int, ReviewerCounts] = {
        user.id: ReviewerCounts(user) for user in assignable_users()
    }
    for user_id, assigned, done in db.session.execute(
        select(
            Claim.assignee_id,
            func.count(Claim.id),
            func.count(Claim.id).filter(is_reviewed_clause()),
        )
        .join(Claim.article)
        .where(*live, Claim.assignee_id.is_not(None))
        .group_by(Claim.assignee_id)
    ):
        entry = counts.get(user_id) or counts.setdefault(
            user_id, ReviewerCounts(db.session.get(User, user_id))
        )
        entry.assigned, entry.done = assigned, done
    for (before,) in db.session.execute(
        select(ClaimEvent.before).where(ClaimEvent.action == "returned")
    ):
        proposer = (before or {}).get("proposed_by") or {}
        if proposer.get("id") in counts:
            counts[proposer["id"]].returned += 1
    reviewers = sorted(counts.values(), key=lambda c: (-c.assigned, c.user.username.lower()))
    return Dashboard(
        articles=articles,
        reviewers=reviewers,
        awaiting=awaiting_approval(),
        oldest=oldest_unreviewed(),
        team_agreement=agreement(_pairs()),
        blind_articles=[a for a in articles if a.article.id in blind_ids],
    )


# What the claim panel's review section shows


@dataclass
class ReviewPanel:
    claim: Claim
    awaiting: bool
    reviewed: bool
    can_approve: bool
    approve_blocked: str | None
    assignable: list[User]
    restorable: list[ClaimEvent]
    comments: list
    blind: BlindReview | None
    blind_verdicts: list[BlindVerdict]
    is_blind_reviewer: bool
    final_statuses: list[Status]


def review_panel(claim: Claim, user: User, events: list[ClaimEvent]) -> ReviewPanel:
    from webapp.services import comments

    awaiting = is_awaiting_approval(claim) and claim.status.is_final
    blocked = None
    if awaiting and claim.proposed_by_id == user.id and not admin.allows_self_approval():
        blocked = "You proposed this verdict; another editor approves it."
    review = blind_review(claim.article_id)
    is_editor = user.role in ("editor", "admin")
    return ReviewPanel(
        claim=claim,
        awaiting=awaiting,
        reviewed=is_reviewed(claim),
        can_approve=awaiting and is_editor and blocked is None,
        approve_blocked=blocked if is_editor else None,
        assignable=assignable_users() if is_editor else [],
        restorable=restorable_events(events),
        comments=comments.thread(claim),
        blind=review,
        blind_verdicts=visible_blind_verdicts(claim, user) if review else [],
        is_blind_reviewer=is_blind_reviewer(review, user),
        final_statuses=[
            s
            for s in db.session.scalars(select(Status).order_by(Status.position, Status.id))
            if s.is_final
        ],
    )
