"""The reading view of an article (the text as published, claims highlighted, verdicts listed,
printable) and the read-only share links that open it without an account."""

from flask import Blueprint, current_app, flash, redirect, render_template, request, url_for
from flask_login import current_user

from webapp.database import write_intent
from webapp.extensions import db
from webapp.forms.articles import ShareLinkForm
from webapp.forms.auth import EmptyForm
from webapp.models.base import utcnow
from webapp.security import permission_required, throttle, token_policy
from webapp.services import articles as article_service
from webapp.services import sharing
from webapp.services.errors import Invalid, NotFound
from webapp.views.presenters import reading_context

bp = Blueprint("reading", __name__)

# What a share link's answer tells browsers and crawlers: not to index it, keep it, or send its
# address (which is the password) on to the sites its links point to.
SHARED_HEADERS = {
    "X-Robots-Tag": "noindex, nofollow, noarchive",
    "Cache-Control": "no-store",
    "Referrer-Policy": "no-referrer",
}


@bp.route("/articles/<int:article_id>/read")
@permission_required("read")
def read(article_id: int):
    article = article_service.get_article(article_id)
    context = reading_context(article, sharing.reading_claims(article), show_people=True)
    return render_template("reading/read.html", **context)


@bp.route("/shared/<token>")
def shared(token: str):
    """The reading view for whoever holds the link: no account, no session, no names."""
    address_key = f"share-address:{request.remote_addr}"
    wait = throttle().seconds_blocked(address_key, token_policy())
    if wait:
        refusal = token_policy().refusal(wait, "share links opened from your address")
        headers = {**SHARED_HEADERS, "Retry-After": str(refusal.details["retry_after_seconds"])}
        return (
            render_template(
                "reading/unknown.html", heading="Too many attempts", message=refusal.message
            ),
            429,
            headers,
        )
    try:
        article = sharing.shared_article(token)
    except NotFound as error:
        _count_failed_guess(address_key)
        return render_template("reading/unknown.html", message=error.message), 404, SHARED_HEADERS
    context = reading_context(article, sharing.reading_claims(article), show_people=False)
    return render_template("reading/shared.html", as_of=utcnow(), **context), SHARED_HEADERS


def _count_failed_guess(address_key: str) -> None:
    """Counted and committed at once, as a failed API token is."""
    db.session.rollback()
    with write_intent():
        throttle().failed(address_key, token_policy())
        db.session.commit()


@bp.route("/articles/<int:article_id>/share", methods=["GET", "POST"])
@permission_required("article.share")
def share(article_id: int):
    """The article's share links; POST makes a new one, whose address is shown this once."""
    article = article_service.get_article(article_id)
    form = ShareLinkForm()
    new_address = None
    http_status = 200
    if form.is_submitted():
        http_status = 400
    if form.validate_on_submit():
        try:
            _link, raw = sharing.create_link(article, current_user, form.label.data)
        except Invalid as error:
            form.label.errors = [*form.label.errors, error.message]
        else:
            db.session.commit()
            new_address = share_address(raw)
            http_status = 200
            form = ShareLinkForm(formdata=None)
    return render_template(
        "reading/share.html",
        article=article,
        form=form,
        new_address=new_address,
        links=sharing.list_links(article),
        revoke_form=EmptyForm(formdata=None),
    ), http_status


@bp.route("/articles/<int:article_id>/share/<int:link_id>/revoke", methods=["POST"])
@permission_required("article.share")
def revoke(article_id: int, link_id: int):
    article = article_service.get_article(article_id)
    if not EmptyForm().validate_on_submit():
        raise Invalid("The revoke request was incomplete; try again.")
    link = sharing.revoke_link(article, link_id, current_user)
    db.session.commit()
    label = f"“{link.label}”" if link.label else f"number {link.id}"
    flash(f"Revoked the share link {label}: it now opens nothing.", "info")
    return redirect(url_for("reading.share", article_id=article.id))


def share_address(raw_token: str) -> str:
    """The full address to hand out: on the configured BASE_URL, else on the address the editor
    is using right now."""
    path = url_for("reading.shared", token=raw_token)
    base = current_app.config.get("BASE_URL")
    return base.rstrip("/") + path if base else request.host_url.rstrip("/") + path
