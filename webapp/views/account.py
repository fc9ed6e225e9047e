"""The user's own settings: personal API tokens."""

from flask import Blueprint, flash, redirect, render_template, url_for
from flask_login import current_user

from webapp.extensions import db
from webapp.forms.auth import EmptyForm
from webapp.forms.exports import TokenForm
from webapp.services import tokens
from webapp.services.errors import Invalid

bp = Blueprint("account", __name__, url_prefix="/account")


@bp.route("/tokens", methods=["GET", "POST"])
def api_tokens():
    form = TokenForm()
    new_token = None
    http_status = 200
    if form.is_submitted():
        http_status = 400
    if form.validate_on_submit():
        try:
            _token, new_token = tokens.create_token(current_user, form.name.data)
        except Invalid as error:
            form.name.errors = [*form.name.errors, error.message]
        else:
            db.session.commit()
            http_status = 200
            form = TokenForm(formdata=None)
    return render_template(
        "account/tokens.html",
        form=form,
        new_token=new_token,
        tokens=tokens.list_tokens(current_user),
        revoke_form=EmptyForm(formdata=None),
    ), http_status


@bp.route("/tokens/<int:token_id>/revoke", methods=["POST"])
def revoke_token(token_id: int):
    form = EmptyForm()
    if not form.validate_on_submit():
        raise Invalid("The revoke request was incomplete; try again.")
    token = tokens.revoke_token(current_user, token_id)
    db.session.commit()
    flash(f"Revoked the token “{token.name}”. Programs using it are now refused.", "info")
    return redirect(url_for("account.api_tokens"))
