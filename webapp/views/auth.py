"""First-run setup, logging in and out, and one's own password."""

from urllib.parse import urlsplit

from flask import (
    Blueprint,
    abort,
    flash,
    redirect,
    render_template,
    request,
    session,
    url_for,
)
from flask_login import current_user, login_required, login_user, logout_user

from webapp.extensions import db
from webapp.forms.auth import LoginForm, PasswordForm, SetupForm
from webapp.security import login_address_policy, login_policy, throttle
from webapp.services import users
from webapp.services.errors import Invalid
from webapp.services.statuses import ensure_default_statuses

bp = Blueprint("auth", __name__)


def _safe_next(target: str | None) -> str:
    """Follow only same-site relative paths after login."""
    if target:
        parts = urlsplit(target)
        if (
            not parts.scheme
            and not parts.netloc
            and target.startswith("/")
            and not target.startswith("//")
            and "\\" not in target
        ):
            return target
    return url_for("articles.index")


def _begin_session(user) -> None:
    session.clear()  # a fresh session identifier at every login
    user.login_session_id = users.start_session(user).id
    login_user(user)


@bp.route("/setup", methods=["GET", "POST"])
def setup():
    if users.has_users():
        abort(404)
    form = SetupForm()
    if form.validate_on_submit():
        try:
            user = users.create_user(
                form.username.data, form.password.data, "admin", form.email.data
            )
        except Invalid as error:
            field = form.password if "password" in error.details else form.username
            field.errors.append(error.message)
        else:
            ensure_default_statuses()
            _begin_session(user)
            db.session.commit()
            flash(f"Welcome, {user.username}. Your admin account is ready.", "success")
            return redirect(url_for("articles.index"))
    return render_template("auth/setup.html", form=form)


@bp.route("/login", methods=["GET", "POST"])
def login():
    """Failed log-ins are counted per account (whatever name or e-mail was typed for it) and
    per address, in the store every worker shares (users.log_in)."""
    if not users.has_users():
        return redirect(url_for("auth.setup"))
    if current_user.is_authenticated:
        return redirect(url_for("articles.index"))
    form = LoginForm()
    if form.validate_on_submit():
        user = users.log_in(
            form.login.data,
            form.password.data,
            throttle(),
            login_policy(),
            users.LoginSource(request.remote_addr or "unknown", login_address_policy()),
        )
        if user is None:
            db.session.commit()  # the failure is counted
            form.password.errors.append("Unknown account or wrong password.")
        else:
            _begin_session(user)
            db.session.commit()
            return redirect(_safe_next(request.args.get("next")))
    return render_template("auth/login.html", form=form)


@bp.route("/logout", methods=["POST"])
@login_required
def logout():
    users.revoke_sessions(current_user)
    db.session.commit()
    logout_user()
    session.clear()
    flash("You are logged out.", "info")
    return redirect(url_for("auth.login"))


@bp.route("/account/password", methods=["GET", "POST"])
@login_required
def change_password():
    form = PasswordForm()
    user = current_user._get_current_object()
    if form.validate_on_submit():
        try:
            users.change_password(user, form.current_password.data, form.new_password.data)
        except Invalid as error:
            form.current_password.errors.append(error.message)
        else:
            _begin_session(user)
            db.session.commit()
            flash(
                "Your password is changed. Other sessions have been logged out and your API "
                "tokens revoked; make new ones for the tools that need them.",
                "success",
            )
            return redirect(url_for("articles.index"))
    return render_template("auth/password.html", form=form)
