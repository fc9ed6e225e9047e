"""Forms of the admin pages: accounts, statuses and workspace settings."""

from wtforms import (
    BooleanField,
    EmailField,
    IntegerField,
    PasswordField,
    SelectChoice,
    SelectField,
    StringField,
    SubmitField,
)
from wtforms.validators import DataRequired, InputRequired, Length, NumberRange, Optional, Regexp

from webapp.fields import PASSWORD_MAX, PASSWORD_MIN, ROLES, STATUS, USER
from webapp.forms.base import Form
from webapp.forms.spec import validators_for

ROLE_CHOICES = [SelectChoice(role, role.capitalize()) for role in ROLES]


class UserCreateForm(Form):
    username = StringField("Username", validators=validators_for(USER["username"]))
    email = EmailField("E-mail (optional)", validators=validators_for(USER["email"]))
    role = SelectField("Role", choices=ROLE_CHOICES, default="reviewer")
    password = PasswordField(
        "Password", validators=[DataRequired(), Length(min=PASSWORD_MIN, max=PASSWORD_MAX)]
    )
    submit = SubmitField("Create account")


class RoleForm(Form):
    role = SelectField("Role", choices=ROLE_CHOICES)
    submit = SubmitField("Change role")


class PasswordResetForm(Form):
    password = PasswordField(
        "New password", validators=[DataRequired(), Length(min=PASSWORD_MIN, max=PASSWORD_MAX)]
    )
    submit = SubmitField("Reset password")


class StatusConfigForm(Form):
    name = StringField("Name", validators=validators_for(STATUS["name"]))
    color = StringField(
        "Colour",
        validators=[DataRequired(), Regexp(r"^#[0-9a-fA-F]{6}$", message="Use #rrggbb.")],
        default="#6b7280",
    )
    position = IntegerField(
        "Order", validators=[InputRequired(), NumberRange(0, 10_000)], default=1
    )
    rating_value = IntegerField(
        "ClaimReview rating (1–5, empty if none)", validators=[Optional(), NumberRange(1, 5)]
    )
    is_final = BooleanField("Counts as a final verdict")
    is_default = BooleanField("Default for new claims")
    submit = SubmitField("Save status")


class SettingsForm(Form):
    allow_self_approval = BooleanField("Editors may approve verdicts they proposed themselves")
    submit = SubmitField("Save settings")
