"""Admin pages: accounts, the status list and workspace settings."""

from flask import Blueprint, flash, redirect, render_template, url_for
from flask_login import current_user

from webapp.extensions import db
from webapp.forms.admin import (
    PasswordResetForm,
    RoleForm,
    SettingsForm,
    StatusConfigForm,
    UserCreateForm,
)
from webapp.forms.auth import EmptyForm
from webapp.security import permission_required
from webapp.services import admin as admin_service
from webapp.services import users as user_service
from webapp.services.errors import Conflict, Invalid
from webapp.services.statuses import list_statuses

bp = Blueprint("admin", __name__, url_prefix="/admin")


@bp.before_request
@permission_required("admin")
def _admins_only():
    """Every page here is for admins only."""


def _check_button() -> None:
    if not EmptyForm().validate_on_submit():
        raise Invalid("The request was incomplete; reload the page and try again.")


@bp.route("/users", methods=["GET", "POST"])
def users():
    form = UserCreateForm()
    status = 200
    if form.validate_on_submit():
        try:
            user = admin_service.create_account(
                current_user,
                form.username.data,
                form.password.data,
                form.role.data,
                form.email.data,
            )
        except Invalid as error:
            field = form.password if "password" in error.details else form.username
            field.errors = [*field.errors, error.message]
        else:
            db.session.commit()
            flash(f"Created {user.role} {user.username}.", "success")
            return redirect(url_for("admin.users"))
    if form.is_submitted():
        status = 400
    return render_template(
        "admin/users.html",
        users=admin_service.list_users(),
        form=form,
        button_form=EmptyForm(formdata=None),
    ), status


def _user_page(user, status=200, **forms):
    return render_template(
        "admin/user.html",
        user=user,
        role_form=forms.get("role_form") or RoleForm(formdata=None, role=user.role),
        password_form=forms.get("password_form") or PasswordResetForm(formdata=None),
        button_form=EmptyForm(formdata=None),
        error=forms.get("error"),
    ), status


@bp.route("/users/<int:user_id>")
def user(user_id: int):
    return _user_page(user_service.get_user(user_id))


@bp.route("/users/<int:user_id>/role", methods=["POST"])
def change_role(user_id: int):
    user = user_service.get_user(user_id)
    form = RoleForm()
    if form.validate_on_submit():
        try:
            admin_service.change_role(current_user, user, form.role.data)
        except (Invalid, Conflict) as error:
            return _user_page(user, error.http_status, role_form=form, error=error.message)
        db.session.commit()
        flash(f"{user.username} is now {user.role}.", "success")
        return redirect(url_for("admin.user", user_id=user.id))
    return _user_page(user, 400, role_form=form)


@bp.route("/users/<int:user_id>/password", methods=["POST"])
def reset_password(user_id: int):
    user = user_service.get_user(user_id)
    form = PasswordResetForm()
    if form.validate_on_submit():
        try:
            admin_service.reset_password(current_user, user, form.password.data)
        except Invalid as error:
            form.password.errors = [*form.password.errors, error.message]
        else:
            db.session.commit()
            flash(
                f"{user.username}'s password is reset; their sessions have ended and their "
                "API tokens are revoked.",
                "success",
            )
            return redirect(url_for("admin.user", user_id=user.id))
    return _user_page(user, 400, password_form=form)


@bp.route("/users/<int:user_id>/deactivate", methods=["POST"])
def deactivate(user_id: int):
    return _set_active(user_id, False)


@bp.route("/users/<int:user_id>/reactivate", methods=["POST"])
def reactivate(user_id: int):
    return _set_active(user_id, True)


def _set_active(user_id: int, active: bool):
    user = user_service.get_user(user_id)
    _check_button()
    try:
        admin_service.set_active(current_user, user, active)
    except Conflict as error:
        return _user_page(user, 409, error=error.message)
    db.session.commit()
    flash(
        f"{user.username} is {'active again' if active else 'deactivated; their work stays'}.",
        "success",
    )
    return redirect(url_for("admin.user", user_id=user.id))


@bp.route("/statuses")
def statuses():
    return render_template(
        "admin/statuses.html",
        statuses=list_statuses(),
        button_form=EmptyForm(formdata=None),
        events=[e for e in admin_service.recent_events() if e.subject.startswith("status:")],
    )


def _save_status(status):
    form = StatusConfigForm(obj=status) if status else StatusConfigForm()
    http_status = 200
    if form.validate_on_submit():
        try:
            saved = admin_service.save_status(
                current_user,
                status,
                name=form.name.data,
                color=form.color.data,
                position=form.position.data,
                rating_value=form.rating_value.data,
                is_final=form.is_final.data,
                is_default=form.is_default.data,
            )
        except Invalid as error:
            field = getattr(form, next(iter(error.details), "name"), form.name)
            field.errors = [*field.errors, error.message]
        else:
            db.session.commit()
            flash(f"Saved the status “{saved.name}”.", "success")
            return redirect(url_for("admin.statuses"))
    if form.is_submitted():
        http_status = 400
    return render_template("admin/status_form.html", form=form, status=status), http_status


@bp.route("/statuses/new", methods=["GET", "POST"])
def new_status():
    return _save_status(None)


@bp.route("/statuses/<int:status_id>", methods=["GET", "POST"])
def edit_status(status_id: int):
    return _save_status(admin_service.get_status(status_id))


@bp.route("/statuses/<int:status_id>/delete", methods=["POST"])
def delete_status(status_id: int):
    status = admin_service.get_status(status_id)
    _check_button()
    admin_service.delete_status(current_user, status)
    db.session.commit()
    flash(f"Deleted the status “{status.name}”.", "info")
    return redirect(url_for("admin.statuses"))


@bp.route("/settings", methods=["GET", "POST"])
def settings():
    form = SettingsForm(formdata=None, allow_self_approval=admin_service.allows_self_approval())
    submitted = SettingsForm()
    if submitted.validate_on_submit():
        admin_service.set_setting(
            current_user,
            "allow_self_approval",
            "yes" if submitted.allow_self_approval.data else "no",
        )
        db.session.commit()
        flash("Settings saved.", "success")
        return redirect(url_for("admin.settings"))
    return render_template("admin/settings.html", form=form, events=admin_service.recent_events())
