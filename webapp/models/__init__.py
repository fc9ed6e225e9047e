"""Database models, one module per aggregate."""

from webapp.models.article import Article
from webapp.models.claim import Claim, ClaimEvent, Note, Source
from webapp.models.importing import Feed, FeedEntry, ImportBatch, ImportItem, ImportSnapshot
from webapp.models.review import (
    BlindReview,
    BlindVerdict,
    ClaimViewer,
    Comment,
    Notification,
    WorkspaceEvent,
)
from webapp.models.search import (
    ClaimFeatures,
    ClaimFigure,
    ClaimGroup,
    ClaimGroupMember,
    ClaimMatch,
    ClaimMatchDismissal,
    SearchDocument,
)
from webapp.models.sharing import ShareLink
from webapp.models.status import Status
from webapp.models.user import ApiToken, LoginSession, LoginThrottle, RequestKey, User
from webapp.models.workspace import Setting

__all__ = [
    "ApiToken",
    "Article",
    "BlindReview",
    "BlindVerdict",
    "Claim",
    "ClaimEvent",
    "ClaimFeatures",
    "ClaimFigure",
    "ClaimGroup",
    "ClaimGroupMember",
    "ClaimMatch",
    "ClaimMatchDismissal",
    "ClaimViewer",
    "Comment",
    "Feed",
    "FeedEntry",
    "ImportBatch",
    "ImportItem",
    "ImportSnapshot",
    "LoginSession",
    "LoginThrottle",
    "Note",
    "Notification",
    "RequestKey",
    "SearchDocument",
    "Setting",
    "ShareLink",
    "Source",
    "Status",
    "User",
    "WorkspaceEvent",
]
