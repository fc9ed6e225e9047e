"""Template contexts shared by the full pages and the htmx fragments."""

from webapp.forms.auth import EmptyForm
from webapp.forms.claims import (
    ClaimEditForm,
    NoteForm,
    SourceForm,
    StatusForm,
    status_choices,
)
from webapp.models import Article
from webapp.services import articles as article_service
from webapp.services.claim_filters import ClaimFilter
from webapp.services.claims import ClaimPanel
from webapp.services.highlight import highlight
from webapp.services.statuses import list_statuses


def panel_context(panel: ClaimPanel, statuses, **forms) -> dict:
    claim = panel.claim
    status_form = forms.get("status_form") or StatusForm(
        formdata=None, status_id=claim.status_id, version=claim.version
    )
    status_form.status_id.choices = status_choices(statuses)
    edit_form = forms.get("edit_form") or ClaimEditForm(
        formdata=None, text=claim.text, speaker=claim.speaker, version=claim.version
    )
    return {
        "panel": panel,
        "claim": claim,
        "statuses": statuses,
        "status_form": status_form,
        "edit_form": edit_form,
        "source_form": forms.get("source_form") or SourceForm(formdata=None),
        "note_form": forms.get("note_form") or NoteForm(formdata=None),
        "button_form": EmptyForm(formdata=None),
        "conflict": forms.get("conflict"),
    }


def article_page_context(
    article: Article, panel: ClaimPanel | None, claim_filter: ClaimFilter | None = None, **forms
) -> dict:
    claims = article_service.article_claims(article)
    listed = (
        article_service.article_claims(article, claim_filter)
        if claim_filter is not None and (claim_filter.active or claim_filter.sort != "position")
        else claims
    )
    statuses = list_statuses()
    reviewed = sum(1 for claim in claims if claim.status.is_final)
    context = {
        "article": article,
        "claims": claims,
        "listed_claims": listed,
        "claim_filter": claim_filter or ClaimFilter(),
        "paragraphs": highlight(article.text, claims),
        "statuses": statuses,
        "reviewed_count": reviewed,
        "delete_form": EmptyForm(formdata=None),
        "panel": None,
    }
    if panel is not None:
        context.update(panel_context(panel, statuses, **forms))
    return context
