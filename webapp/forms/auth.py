"""Forms for logging in and managing one's own account."""

from wtforms import EmailField, HiddenField, PasswordField, StringField, SubmitField
from wtforms.validators import DataRequired, EqualTo, Length

from webapp.fields import PASSWORD_MAX, PASSWORD_MIN, USER
from webapp.forms.base import Form
from webapp.forms.spec import validators_for
from webapp.services.request_keys import new_key


class LoginForm(Form):
    login = StringField("Username or e-mail", validators=[DataRequired(), Length(max=254)])
    password = PasswordField("Password", validators=[DataRequired(), Length(max=1024)])
    submit = SubmitField("Log in")


class SetupForm(Form):
    username = StringField("Username", validators=validators_for(USER["username"]))
    email = EmailField("E-mail (optional)", validators=validators_for(USER["email"]))
    password = PasswordField(
        "Password", validators=[DataRequired(), Length(min=PASSWORD_MIN, max=PASSWORD_MAX)]
    )
    confirm = PasswordField(
        "Repeat the password", validators=[EqualTo("password", "The passwords do not match.")]
    )
    submit = SubmitField("Create the admin account")


class PasswordForm(Form):
    current_password = PasswordField("Current password", validators=[DataRequired()])
    new_password = PasswordField(
        "New password", validators=[DataRequired(), Length(min=PASSWORD_MIN, max=PASSWORD_MAX)]
    )
    confirm = PasswordField(
        "Repeat the new password",
        validators=[EqualTo("new_password", "The passwords do not match.")],
    )
    submit = SubmitField("Change password")


class EmptyForm(Form):
    """A form with only its CSRF token, for buttons that change something."""

    submit = SubmitField("Submit")


class OnceForm(Form):
    """A form that adds something: each rendering carries a fresh one-time key, so sending it
    twice (a double click, a retry) saves once. See services/request_keys.py."""

    request_key = HiddenField(default=new_key)
