"""Forms of the claim panel."""

from wtforms import (
    DateField,
    IntegerField,
    SelectChoice,
    SelectField,
    StringField,
    SubmitField,
    TextAreaField,
)
from wtforms.validators import DataRequired, InputRequired, Length
from wtforms.widgets import HiddenInput

from webapp.fields import CLAIM, NOTE, SOURCE, STANCES
from webapp.forms.auth import OnceForm
from webapp.forms.base import Form
from webapp.forms.spec import validators_for


def status_choices(statuses) -> list[SelectChoice]:
    return [SelectChoice(status.id, status.name) for status in statuses]


class VersionedForm(Form):
    version = IntegerField(widget=HiddenInput(), validators=[InputRequired()])


class StatusForm(VersionedForm):
    status_id = SelectField("Status", coerce=int, validators=[InputRequired()])
    submit = SubmitField("Set status")


class ClaimEditForm(VersionedForm):
    text = TextAreaField("Claim wording", validators=validators_for(CLAIM["text"]))
    speaker = StringField("Speaker", validators=validators_for(CLAIM["speaker"]))
    submit = SubmitField("Save wording")


class SourceForm(OnceForm):
    url = StringField("Web address", validators=validators_for(SOURCE["url"]))
    title = StringField("Title", validators=validators_for(SOURCE["title"]))
    publisher = StringField("Publisher", validators=validators_for(SOURCE["publisher"]))
    stance = SelectField(
        "Stance", choices=[SelectChoice(s, s.capitalize()) for s in STANCES], default="context"
    )
    accessed_on = DateField("Accessed on", validators=validators_for(SOURCE["accessed_on"]))
    submit = SubmitField("Add source")


class NoteForm(OnceForm):
    body = TextAreaField("Note", validators=validators_for(NOTE["body"]))
    submit = SubmitField("Add note")


class SourceEditForm(SourceForm):
    submit = SubmitField("Save source")


class SelectionForm(Form):
    """A passage selected in the article: code-point offsets and the exact text between them."""

    start = IntegerField(widget=HiddenInput(), validators=[InputRequired()])
    end = IntegerField(widget=HiddenInput(), validators=[InputRequired()])
    quote = StringField(widget=HiddenInput(), validators=[DataRequired(), Length(max=20_000)])
    submit = SubmitField("Add claim")


class SpanForm(VersionedForm):
    edge = SelectField(
        "Move",
        choices=[
            SelectChoice("grow-start", "Add the word before"),
            SelectChoice("shrink-start", "Drop the first word"),
            SelectChoice("shrink-end", "Drop the last word"),
            SelectChoice("grow-end", "Add the word after"),
        ],
    )
    submit = SubmitField("Adjust span")


class SplitForm(VersionedForm):
    at = SelectField(
        "Split before the word",
        coerce=int,
        validators=[InputRequired()],
        validate_choice=False,  # the service checks the split point and explains a bad one
    )
    submit = SubmitField("Split claim")


class MergeForm(VersionedForm):
    other_id = IntegerField(widget=HiddenInput(), validators=[InputRequired()])
    submit = SubmitField("Merge with the next claim")


class DismissForm(VersionedForm):
    reason = StringField(
        "Why is this not a claim?",
        validators=validators_for(
            CLAIM["dismissed_reason"], "Say why this is not a claim.", required=True
        ),
    )
    submit = SubmitField("Dismiss as not a claim")


class UndoForm(VersionedForm):
    event_id = IntegerField(widget=HiddenInput(), validators=[InputRequired()])
    submit = SubmitField("Undo")
