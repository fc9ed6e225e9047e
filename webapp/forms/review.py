"""Forms of the review workflow: assignment, approval, returns, restores, comments."""

from flask_wtf import FlaskForm
from wtforms import IntegerField, SelectField, SubmitField, TextAreaField
from wtforms.validators import InputRequired, Optional
from wtforms.widgets import HiddenInput

from webapp.fields import COMMENT
from webapp.forms.auth import OnceForm
from webapp.forms.spec import validators_for


class VersionForm(FlaskForm):
    """A button acting on the claim as it was shown (approve, propose, restore)."""

    version = IntegerField(widget=HiddenInput(), validators=[InputRequired()])


class AssignForm(VersionForm):
    assignee_id = SelectField("Assign to", coerce=int, validators=[Optional()])


class ArticleAssignForm(FlaskForm):
    assignee_id = SelectField("Assign all claims to", coerce=int, validators=[Optional()])


class ReturnForm(VersionForm):
    comment = TextAreaField("Why is it returned?", validators=validators_for(COMMENT["body"]))


class CommentForm(OnceForm):
    body = TextAreaField("Comment", validators=validators_for(COMMENT["body"]))
    submit = SubmitField("Add comment")


class BlindStartForm(FlaskForm):
    first_reviewer_id = SelectField("First reviewer", coerce=int)
    second_reviewer_id = SelectField("Second reviewer", coerce=int)


class BlindVerdictForm(FlaskForm):
    status_id = SelectField("Your verdict", coerce=int, validators=[InputRequired()])


class DecideForm(VersionForm):
    status_id = SelectField("Decision", coerce=int, validators=[InputRequired()])
