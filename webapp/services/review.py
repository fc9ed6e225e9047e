"""Review reading and set-up: assignment of whole articles, queues, blind double review and the
team dashboard figures. Verdicts themselves change through services/changes.py."""

from dataclasses import dataclass, field

from sqlalchemy import case, func, select
from sqlalchemy.orm import selectinload

from webapp import permissions
from webapp.extensions import db
from webapp.models import Article, BlindReview, BlindVerdict, Claim, ClaimEvent, Status, User
from webapp.models.base import utcnow
from webapp.models.claim import ReviewState
from webapp.services import admin, changes, comments
from webapp.services.agreement import Agreement, agreement
from webapp.services.errors import Conflict, Forbidden, Invalid

# Assignment


def assignable_users() -> list[User]:
    return list(
        db.session.scalars(
            select(User)
            .where(User.active.is_(True), User.role.in_(changes.ASSIGNABLE_ROLES))
            .order_by(func.lower(User.username))
        )
    )


def assign_article(article: Article, editor: User, assignee_id: int | None) -> int:
    """Assign every live claim of the article not yet reviewed; returns how many changed hands.
    Each claim changes through the pipeline; the assignee is told once, with the count."""
    changes.authorise(editor, "article.assign")
    changed = 0
    first = None
    for claim in article.claims:
        if claim.reviewed or claim.dismissed_reason or claim.assignee_id == assignee_id:
            continue
        command = changes.SetFields.of(assignee_id=assignee_id, notify=False)
        changes.apply(claim, editor, command, claim.version)
        changed += 1
        first = first or claim
    if changed and first.assignee is not None and first.assignee != editor:
        changes.notify(
            first.assignee,
            first,
            f"{editor.username} assigned {changed} claims of “{article.title}” to you.",
        )
    return changed


# Queues


QUEUE_ORDER = (ReviewState.returned, ReviewState.unreviewed, ReviewState.in_progress)


def queue(user: User) -> list[Claim]:
    """Claims assigned to the user that are not approved yet: returned ones first, then those
    to do, then those awaiting approval."""
    rank = case(
        *((Claim.review_state == state.value, rank) for rank, state in enumerate(QUEUE_ORDER)),
        else_=len(QUEUE_ORDER),
    )
    return list(
        db.session.scalars(
            select(Claim)
            .join(Claim.article)
            .where(
                Claim.assignee_id == user.id,
                Article.deleted_at.is_(None),
                ~Claim.reviewed,
                Claim.dismissed_reason.is_(None),
            )
            .options(selectinload(Claim.status), selectinload(Claim.article))
            .order_by(rank, Article.id, Claim.start)
        )
    )


def _live_claims(*where, order_by, limit: int) -> list[Claim]:
    """Claims of live articles matching `where`, with status and article loaded."""
    return list(
        db.session.scalars(
            select(Claim)
            .join(Claim.article)
            .where(Article.deleted_at.is_(None), *where)
            .options(selectinload(Claim.status), selectinload(Claim.article))
            .order_by(*order_by)
            .limit(limit)
        )
    )


def awaiting_approval(limit: int = 50) -> list[Claim]:
    return _live_claims(
        Claim.awaiting_approval, order_by=(Claim.proposed_at, Claim.id), limit=limit
    )


def oldest_unreviewed(limit: int = 10) -> list[Claim]:
    return _live_claims(
        ~Claim.reviewed,
        Claim.dismissed_reason.is_(None),
        order_by=(Claim.created_at, Claim.id),
        limit=limit,
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
            changes.notify(
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


def article_agreement(article: Article) -> Agreement:
    """How far the two blind reviewers of the article agree."""
    return agreement(_pairs(article.id))


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
            func.count(Claim.id).filter(Claim.awaiting_approval),
            func.count(Claim.id).filter(Claim.reviewed),
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
            func.count(Claim.id).filter(Claim.reviewed),
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
    state: ReviewState
    can_approve: bool
    approve_blocked: str | None
    can_propose: bool
    assignable: list[User]
    comments: list
    blind: BlindReview | None
    blind_verdicts: list[BlindVerdict]
    is_blind_reviewer: bool
    final_statuses: list[Status]

    @property
    def awaiting(self) -> bool:
        return self.state is ReviewState.awaiting_approval

    @property
    def reviewed(self) -> bool:
        return self.state is ReviewState.approved


def review_panel(claim: Claim, user: User) -> ReviewPanel:
    """What the review part of the claim panel shows this user."""
    state = claim.review_state
    awaiting = state is ReviewState.awaiting_approval
    blocked = None
    if awaiting and claim.proposed_by_id == user.id and not admin.allows_self_approval():
        blocked = "You proposed this verdict; another editor approves it."
    review = blind_review(claim.article_id)
    may_approve = permissions.may(user, "claim.approve")
    return ReviewPanel(
        claim=claim,
        state=state,
        can_approve=awaiting and may_approve and blocked is None,
        approve_blocked=blocked if may_approve else None,
        can_propose=(
            state in (ReviewState.returned, ReviewState.in_progress)
            and claim.status.is_final
            and review is None
            and permissions.may(user, "claim.propose")
        ),
        assignable=assignable_users() if permissions.may(user, "claim.assign") else [],
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
