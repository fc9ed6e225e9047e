"""Template contexts shared by the full pages and the htmx fragments."""

from datetime import date

from flask_login import current_user

from webapp.forms.auth import EmptyForm
from webapp.forms.claims import (
    ClaimEditForm,
    DismissForm,
    MergeForm,
    NoteForm,
    SelectionForm,
    SourceEditForm,
    SourceForm,
    SpanForm,
    SplitForm,
    StatusForm,
    UndoForm,
    status_choices,
)
from webapp.models import Article, Claim
from webapp.models.claim import ReviewState
from webapp.services import articles as article_service
from webapp.services import changes, claim_shaping, matching, presence
from webapp.services import claims as claim_service
from webapp.services import review as review_service
from webapp.services.claim_filters import SORTS, ClaimFilter
from webapp.services.claims import ClaimPanel
from webapp.services.errors import NotFound
from webapp.services.highlight import highlight, paragraph_bounds
from webapp.services.statuses import list_statuses

SPLIT_CONTEXT_WORDS = 3


def split_choices(claim: Claim) -> list[tuple[int, str]]:
    """Each place the claim can be split, labelled with the words either side."""
    text = claim.article.text
    choices = []
    for at in claim_shaping.split_points(text, claim.start, claim.end):
        before = text[claim.start : at].split()[-SPLIT_CONTEXT_WORDS:]
        after = text[at : claim.end].split()[:SPLIT_CONTEXT_WORDS]
        choices.append((at, f"…{' '.join(before)} | {' '.join(after)}…"))
    return choices


def whole_word_context(claim: Claim) -> tuple[str, str]:
    """The text the panel shows before and after the passage: the stored quote selector's
    prefix and suffix (a fixed number of characters, for W3C exports) cut back to whole words,
    with "…" where words were cut ("The claim was printed on the si" → "The claim was printed
    on the …")."""
    prefix, suffix = claim.quote_prefix or "", claim.quote_suffix or ""
    # (a selector shorter than QUOTE_CONTEXT reached the article's start or end: nothing cut;
    # the article's text itself is not loaded for this)
    if len(prefix) == changes.QUOTE_CONTEXT and prefix[:1].strip() and " " in prefix:
        prefix = "…" + prefix[prefix.index(" ") :]
    if len(suffix) == changes.QUOTE_CONTEXT and suffix[-1:].strip() and " " in suffix:
        suffix = suffix[: suffix.rindex(" ") + 1] + "…"
    return prefix, suffix


def next_unreviewed_claim(claims: list[Claim], after_id: int | None) -> Claim | None:
    """The first claim after `after_id` in reading order (wrapping) that still needs work."""
    ids = [claim.id for claim in claims]
    position = ids.index(after_id) if after_id in ids else -1
    ordered = claims[position + 1 :] + claims[: position + 1]
    return next((c for c in ordered if c.needs_work and c.id != after_id), None)


def progress_summary(article: Article) -> dict:
    """Reviewed (approved verdict), awaiting and total counts for the article's progress bar:
    the same figures as the article list."""
    summary = article_service.article_summary(article.id)
    return {
        "claim_count": summary.claim_count,
        "reviewed_count": summary.reviewed_count,
        "awaiting_count": summary.awaiting_count,
    }


def panel_context(panel: ClaimPanel, user, statuses=None, **forms) -> dict:
    """Everything the claim panel template shows, prepared here (templates call no services)."""
    statuses = statuses if statuses is not None else list_statuses()
    claim = panel.claim
    version = claim.version
    status_form = forms.get("status_form") or StatusForm(
        formdata=None, status_id=claim.status_id, version=version
    )
    status_form.status_id.choices = status_choices(statuses)
    edit_form = forms.get("edit_form") or ClaimEditForm(
        formdata=None, text=claim.text, speaker=claim.speaker, version=version
    )
    edited = {}
    if forms.get("source_edit_form") is not None:  # a refused edit keeps what was typed
        edited[forms["source_edit_form"].source_id] = forms["source_edit_form"]
    source_edit_forms = {
        source.id: edited.get(source.id)
        or SourceEditForm(formdata=None, obj=source, prefix=f"source{source.id}")
        for source in claim.sources
    }
    split_form = SplitForm(formdata=None, version=version)
    split_form.at.choices = split_choices(claim)
    partner = None if claim.dismissed_reason else changes.next_claim(claim)
    # Split and merge show the wording they make before the reviewer confirms.
    split_wordings = (
        [wording for *_span, wording in changes.split_parts(claim, split_form.at.choices[0][0])]
        if split_form.at.choices
        else []
    )
    context_before, context_after = whole_word_context(claim)
    return {
        "panel": panel,
        "claim": claim,
        "context_before": context_before,
        "context_after": context_after,
        "statuses": statuses,
        "status_form": status_form,
        "edit_form": edit_form,
        "source_form": forms.get("source_form")
        or SourceForm(formdata=None, accessed_on=date.today()),
        "source_edit_forms": source_edit_forms,
        "note_form": forms.get("note_form") or NoteForm(formdata=None),
        "button_form": EmptyForm(formdata=None),
        "span_form": SpanForm(formdata=None, version=version),
        "split_form": split_form,
        "merge_partner": partner,
        "split_wordings": split_wordings,
        "merged_wording": changes.merged_wording(claim, partner) if partner else None,
        "merge_form": MergeForm(
            formdata=None, version=version, other_id=partner.id if partner else None
        ),
        "dismiss_form": DismissForm(formdata=None, version=version),
        "undo_forms": {
            event.id: UndoForm(formdata=None, version=version, event_id=event.id)
            for event in panel.events
            if changes.can_undo(claim, event)
        },
        "review": review_service.review_panel(claim, user),
        "suggestions": matching.suggestions(claim),
        "group_offers": matching.group_offers(claim),
        "checked_before_ids": matching.checked_before_ids([claim.id]),
        "conflict": forms.get("conflict"),
        "yours": forms.get("yours"),
        "panel_error": forms.get("panel_error"),
        "panel_message": forms.get("panel_message"),
    }


def filter_options(claims: list[Claim], statuses) -> dict:
    """The values the claim list can be filtered by, taken from the article's claims."""
    assignees = sorted({c.assignee.username for c in claims if c.assignee}, key=str.lower)
    return {
        "statuses": [status.name for status in statuses],
        "kinds": sorted({claim.kind for claim in claims}),
        "speakers": sorted({c.speaker for c in claims if c.speaker}, key=str.lower),
        "assignees": assignees,
        "states": list(ReviewState),
        "sorts": SORTS,
    }


Span = tuple[int, int]


def claim_spans(article: Article) -> dict[int, Span]:
    """Where each live claim of the article stands: compared before and after a reshaping
    change to find the paragraphs whose highlights moved."""
    return claim_service.live_spans(article.id)


def reshaped_context(
    article: Article, before: dict[int, Span], claim_filter: ClaimFilter, claim_id: int
) -> dict:
    """After a split, merge, dismissal, span change or undo: what to swap in out of band instead
    of reloading the page — the paragraphs whose marks moved and, in the list, only the rows that
    changed, appeared or went (the whole list when it is filtered or sorted otherwise)."""
    after = claim_service.live_spans(article.id)
    removed = sorted(before.keys() - after.keys())
    added = after.keys() - before.keys()
    changed = {i for i in before.keys() & after.keys() if before[i] != after[i]} | {claim_id}
    moved = [before[i] for i in removed if i in before] + [
        after[i] for i in added | changed if i in after
    ]
    bounds = paragraph_bounds(article.text)
    touched = [(a, b) for a, b in bounds if any(s < b and e > a for s, e in moved)]
    nearby = (
        claim_service.claims_between(article.id, touched[0][0], touched[-1][1]) if touched else []
    )
    window = (touched[0][0], touched[-1][1]) if touched else (0, 0)
    paragraphs = [
        p
        for p in highlight(article.text, nearby, window)
        if (p[0].start, p[-1].start + len(p[-1].text)) in touched
    ]
    context = {
        "article": article,
        "moved_paragraphs": paragraphs,
        "dismissed_claims": claim_service.dismissed_claims(article),
        "claim_count": len(after),
    }
    if claim_filter.active or claim_filter.sort != "position":
        claims = article_service.article_claims(article)
        listed = article_service.article_claims(article, claim_filter)
        rows = _rows_to_show(listed, claim_id)
        shown = listed[:rows]
        context.update(
            claims=claims,
            listed_claims=listed,
            listed_rows=shown,
            next_row=rows if rows < len(listed) else None,
            filter_options=filter_options(claims, list_statuses()),
        )
    else:
        order = sorted(after, key=lambda i: (after[i][0], -after[i][1], i))
        shown = claim_service.claims_by_id(sorted((added | changed) & after.keys()))
        previous = {i: (order[n - 1] if n else None) for n, i in enumerate(order)}
        context.update(
            changed_rows=[c for c in shown if c.id not in added],
            added_rows=sorted(
                ((c, previous[c.id]) for c in shown if c.id in added),
                key=lambda pair: order.index(pair[0].id),
            ),
            removed_rows=removed,
        )
    ids = [s.innermost.id for p in paragraphs for s in p if s.claims] + [c.id for c in shown]
    context["checked_before_ids"] = matching.checked_before_ids(ids)
    return context


# A long article opens with its first part: about this many highlighted passages of text and this
# many rows of the claim list; the rest loads as the reviewer scrolls (issue 12, issue 13).
TEXT_PAGE_MARKS = 300
LIST_PAGE_ROWS = 150


def text_pages(paragraphs: list) -> list[tuple[int, int]]:
    """The article's paragraphs cut into pages of about TEXT_PAGE_MARKS highlighted passages,
    at paragraph boundaries: (first paragraph, end) index ranges."""
    pages, first, marks = [], 0, 0
    for index, paragraph in enumerate(paragraphs):
        marks += sum(1 for segment in paragraph if segment.claims)
        if marks >= TEXT_PAGE_MARKS:
            pages.append((first, index + 1))
            first, marks = index + 1, 0
    if first < len(paragraphs) or not pages:
        pages.append((first, len(paragraphs)))
    return pages


def page_of(paragraphs: list, pages: list[tuple[int, int]], offset: int) -> int:
    """The text page holding the character `offset`."""
    for number, (first, end) in enumerate(pages):
        last = paragraphs[end - 1][-1] if end > first else None
        if last is not None and offset < last.start + len(last.text):
            return number
    return len(pages) - 1


def text_page_context(article: Article, page: int, claim_filter: ClaimFilter) -> dict:
    """One further page of the article's text, for the scroll loader."""
    claims = article_service.article_claims(article)
    paragraphs = highlight(article.text, claims)
    pages = text_pages(paragraphs)
    if not 0 <= page < len(pages):
        raise NotFound("There is no such part of this article.")
    first, end = pages[page]
    shown = [segment.innermost.id for p in paragraphs[first:end] for segment in p if segment.claims]
    return {
        "article": article,
        "claim_filter": claim_filter,
        "paragraphs": paragraphs[first:end],
        "next_text_page": _next(page, pages),
        "checked_before_ids": matching.checked_before_ids(shown),
        "panel": None,
    }


def claim_rows_context(article: Article, start: int, claim_filter: ClaimFilter) -> dict:
    """Further rows of the claim list, for the scroll loader."""
    listed = article_service.article_claims(article, claim_filter)
    if not 0 <= start < max(len(listed), 1):
        raise NotFound("There are no more claims in this list.")
    rows = listed[start : start + LIST_PAGE_ROWS]
    end = start + len(rows)
    return {
        "article": article,
        "claim_filter": claim_filter,
        "listed_claims": listed,
        "listed_rows": rows,
        "next_row": end if end < len(listed) else None,
        "checked_before_ids": matching.checked_before_ids([claim.id for claim in rows]),
        "panel": None,
    }


def _next(page: int, pages: list) -> int | None:
    return page + 1 if page + 1 < len(pages) else None


def article_page_context(
    article: Article,
    panel: ClaimPanel | None,
    claim_filter: ClaimFilter | None = None,
    user=None,
    whole: bool = False,
    **forms,
) -> dict:
    # The live poll's first cursor, read before the claims: a colleague's change committed while
    # the page renders is then told by the first poll rather than lost between the two.
    live_cursor = presence.latest_event_id(article.id)
    claims = article_service.article_claims(article)
    listed = (
        article_service.article_claims(article, claim_filter)
        if claim_filter is not None and (claim_filter.active or claim_filter.sort != "position")
        else claims
    )
    statuses = list_statuses()
    context = {
        "article": article,
        "claims": claims,
        "listed_claims": listed,
        "claim_filter": claim_filter or ClaimFilter(),
        "filter_options": filter_options(claims, statuses),
        **_first_pages(article, claims, listed, panel, whole),
        "statuses": statuses,
        "summary": progress_summary(article),
        "delete_form": EmptyForm(formdata=None),
        "selection_form": SelectionForm(formdata=None),
        "dismissed_claims": claim_service.dismissed_claims(article),
        "panel": None,
        "live_cursor": live_cursor,
    }
    if panel is not None:
        context.update(panel_context(panel, user or current_user, statuses, **forms))
    context["checked_before_ids"] = matching.checked_before_ids([claim.id for claim in claims])
    return context


def _rows_to_show(listed: list[Claim], open_claim_id: int | None) -> int:
    """The first page of the claim list, or up to the open claim's row if that is further."""
    index = next((i for i, claim in enumerate(listed) if claim.id == open_claim_id), 0)
    return max(LIST_PAGE_ROWS, index + 1)


def _first_pages(
    article: Article, claims, listed, panel: ClaimPanel | None, whole: bool = False
) -> dict:
    """The text up to the page holding the open claim, and the list rows up to its row (or
    everything, for a reader without JavaScript who asked for the whole article)."""
    paragraphs = highlight(article.text, claims)
    if whole:
        return {"paragraphs": paragraphs, "next_text_page": None, "listed_rows": listed,
                "next_row": None}  # fmt: skip
    pages = text_pages(paragraphs)
    shown = page_of(paragraphs, pages, panel.claim.start) if panel is not None else 0
    rows = _rows_to_show(listed, panel.claim.id if panel is not None else None)
    return {
        "paragraphs": paragraphs[: pages[shown][1]],
        "next_text_page": _next(shown, pages),
        "listed_rows": listed[:rows],
        "next_row": rows if rows < len(listed) else None,
    }


def reading_context(article: Article, claims: list[Claim], *, show_people: bool) -> dict:
    """The reading view: the article as published with its live claims highlighted and
    numbered in reading order; `show_people` is False for a share link, which names no one."""
    return {
        "article": article,
        "paragraphs": highlight(article.text, claims),
        "claims": claims,
        "numbers": {claim.id: number for number, claim in enumerate(claims, start=1)},
        "review_phrases": {claim.id: review_phrase(claim, show_people) for claim in claims},
        "statuses": list_statuses(),
        "show_people": show_people,
        "read_only": True,
    }


REVIEW_PHRASES = {
    ReviewState.unreviewed: "not checked yet",
    ReviewState.in_progress: "being checked; no verdict proposed yet",
    ReviewState.returned: "verdict sent back for more checking",
    ReviewState.awaiting_approval: "proposed verdict, awaiting an editor's approval",
    ReviewState.approved: "verdict approved by an editor",
}


def review_phrase(claim: Claim, show_people: bool) -> str:
    """Where the claim's verdict stands, in words; the approver is named only to colleagues."""
    state = claim.review_state
    if state is ReviewState.approved and claim.approved_at is not None:
        who = claim.approved_by.username if show_people and claim.approved_by else "an editor"
        return f"verdict approved by {who} on {claim.approved_at:%Y-%m-%d}"
    return REVIEW_PHRASES[state]
