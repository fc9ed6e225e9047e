"""The one permission table: which role may do what, read by the browser, the API, the change
pipeline and the docs (a test walks it through both interfaces)."""

from enum import IntEnum


class Role(IntEnum):
    """Roles in rising order; each role may do everything the roles below it may."""

    viewer = 0
    reviewer = 1
    editor = 2
    admin = 3


ROLES = tuple(role.name for role in Role)

# action → (least role, what it lets a person do). The names are the ones views, API routes and
# change commands declare; docs/permissions.md is checked against this table.
PERMISSIONS: dict[str, tuple[Role, str]] = {
    "read": (Role.viewer, "read articles, claims, history and comments"),
    "export": (Role.viewer, "export claims (JSON, ClaimReview, Web Annotation, JSONL, CSV)"),
    "claim.status": (Role.reviewer, "set a claim's status (a final status proposes a verdict)"),
    "claim.edit": (Role.reviewer, "change a claim's wording and speaker"),
    "claim.sources": (Role.reviewer, "add, edit and remove sources"),
    "claim.notes": (Role.reviewer, "add, edit and remove notes"),
    "claim.comment": (Role.reviewer, "comment on a claim"),
    "claim.shape": (Role.reviewer, "create, grow, shrink, split, merge and dismiss claims"),
    "claim.undo": (Role.reviewer, "undo a change (restore an earlier value)"),
    "claim.propose": (Role.reviewer, "propose a verdict for approval"),
    "claim.match": (Role.reviewer, "link a claim to an earlier one, or dismiss a suggested match"),
    "claim.blind_verdict": (Role.reviewer, "give a blind verdict (as a named blind reviewer)"),
    "claim.assign": (Role.editor, "assign claims to a person"),
    "claim.approve": (Role.editor, "approve a proposed verdict"),
    "claim.return": (Role.editor, "return a proposed verdict with a comment"),
    "claim.decide": (Role.editor, "decide the verdict after a blind double review"),
    "article.import": (Role.editor, "import articles"),
    "article.delete": (Role.editor, "delete articles (they go to the Trash)"),
    "article.restore": (Role.editor, "see the Trash and bring deleted articles back"),
    "article.assign": (Role.editor, "assign a whole article"),
    "article.blind_review": (Role.editor, "start a blind double review"),
    "article.share": (
        Role.editor,
        "create and revoke read-only share links to an article's reading view",
    ),
    "dashboard": (Role.viewer, "see the team dashboard and one's queue"),
    "admin": (Role.admin, "manage users, statuses and workspace settings; restore backups"),
}


def role_rank(role: str | None) -> int:
    """The rank of a role name, or -1 for no (or an unknown) role."""
    try:
        return Role[role].value if role else -1
    except KeyError:
        return -1


def least_role(action: str) -> str:
    """The least role that may do `action` (KeyError for an action not in the table)."""
    return PERMISSIONS[action][0].name


def may(user, action: str) -> bool:
    """True when the user's role allows `action`."""
    if user is None or not getattr(user, "is_authenticated", True):
        return False
    return role_rank(getattr(user, "role", None)) >= PERMISSIONS[action][0]


def allowed_actions(role: str) -> list[str]:
    """Every action the role may do, in table order."""
    return [action for action in PERMISSIONS if may_role(role, action)]


def may_role(role: str, action: str) -> bool:
    return role_rank(role) >= PERMISSIONS[action][0]
