"""Forms of the review workflow: assignment, approval, returns, restores, comments."""

from wtforms import IntegerField, SelectField, SubmitField, TextAreaField
from wtforms.validators import InputRequired, Optional
from wtforms.widgets import HiddenInput

from webapp.fields import COMMENT
from webapp.forms.auth import OnceForm
from webapp.forms.base import Form
from webapp.forms.spec import validators_for


class VersionForm(Form):
    """A button acting on the claim as it was shown (approve, propose, restore)."""

    version = IntegerField(widget=HiddenInput(), validators=[InputRequired()])


class AssignForm(VersionForm):
    assignee_id = SelectField("Assign to", coerce=int, validators=[Optional()])


class ArticleAssignForm(Form):
    assignee_id = SelectField("Assign all claims to", coerce=int, validators=[Optional()])


class ReturnForm(VersionForm):
    comment = TextAreaField("Why is it returned?", validators=validators_for(COMMENT["body"]))


class CommentForm(OnceForm):
    body = TextAreaField("Comment", validators=validators_for(COMMENT["body"]))
    submit = SubmitField("Add comment")


class BlindStartForm(Form):
    first_reviewer_id = SelectField("First reviewer", coerce=int)
    second_reviewer_id = SelectField("Second reviewer", coerce=int)


class BlindVerdictForm(Form):
    status_id = SelectField("Your verdict", coerce=int, validators=[InputRequired()])


class DecideForm(VersionForm):
    status_id = SelectField("Decision", coerce=int, validators=[InputRequired()])
