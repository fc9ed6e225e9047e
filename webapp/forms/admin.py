"""Forms of the admin pages: accounts, statuses and workspace settings."""

from flask_wtf import FlaskForm
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

from webapp.models.user import ROLES
from webapp.services.users import PASSWORD_MIN_LENGTH

ROLE_CHOICES = [SelectChoice(role, role.capitalize()) for role in ROLES]


class UserCreateForm(FlaskForm):
    username = StringField("Username", validators=[DataRequired(), Length(max=40)])
    email = EmailField("E-mail (optional)", validators=[Optional(), Length(max=254)])
    role = SelectField("Role", choices=ROLE_CHOICES, default="reviewer")
    password = PasswordField(
        "Password", validators=[DataRequired(), Length(min=PASSWORD_MIN_LENGTH, max=1024)]
    )
    submit = SubmitField("Create account")


class RoleForm(FlaskForm):
    role = SelectField("Role", choices=ROLE_CHOICES)
    submit = SubmitField("Change role")


class PasswordResetForm(FlaskForm):
    password = PasswordField(
        "New password", validators=[DataRequired(), Length(min=PASSWORD_MIN_LENGTH, max=1024)]
    )
    submit = SubmitField("Reset password")


class StatusConfigForm(FlaskForm):
    name = StringField("Name", validators=[DataRequired(), Length(max=40)])
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


class SettingsForm(FlaskForm):
    allow_self_approval = BooleanField("Editors may approve verdicts they proposed themselves")
    submit = SubmitField("Save settings")
