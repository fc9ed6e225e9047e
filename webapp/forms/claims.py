"""Forms of the claim panel."""

from flask_wtf import FlaskForm
from wtforms import (
    DateField,
    IntegerField,
    SelectChoice,
    SelectField,
    StringField,
    SubmitField,
    TextAreaField,
)
from wtforms.validators import DataRequired, InputRequired, Length, Optional
from wtforms.widgets import HiddenInput

from webapp.forms.auth import OnceForm
from webapp.models.claim import CLAIM_TEXT_MAX
from webapp.services.claims import NOTE_MAX, STANCES


def status_choices(statuses) -> list[SelectChoice]:
    return [SelectChoice(status.id, status.name) for status in statuses]


class VersionedForm(FlaskForm):
    version = IntegerField(widget=HiddenInput(), validators=[InputRequired()])


class StatusForm(VersionedForm):
    status_id = SelectField("Status", coerce=int, validators=[InputRequired()])
    submit = SubmitField("Set status")


class ClaimEditForm(VersionedForm):
    text = TextAreaField("Claim wording", validators=[DataRequired(), Length(max=CLAIM_TEXT_MAX)])
    speaker = StringField("Speaker", validators=[Optional(), Length(max=200)])
    submit = SubmitField("Save wording")


class SourceForm(OnceForm):
    url = StringField("Web address", validators=[DataRequired(), Length(max=2000)])
    title = StringField("Title", validators=[Optional(), Length(max=500)])
    publisher = StringField("Publisher", validators=[Optional(), Length(max=200)])
    stance = SelectField(
        "Stance", choices=[SelectChoice(s, s.capitalize()) for s in STANCES], default="context"
    )
    accessed_on = DateField("Accessed on", validators=[Optional()])
    submit = SubmitField("Add source")


class NoteForm(OnceForm):
    body = TextAreaField("Note", validators=[DataRequired(), Length(max=NOTE_MAX)])
    submit = SubmitField("Add note")


class SourceEditForm(SourceForm):
    submit = SubmitField("Save source")


class SelectionForm(FlaskForm):
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
        validators=[DataRequired("Say why this is not a claim."), Length(max=500)],
    )
    submit = SubmitField("Dismiss as not a claim")


class UndoForm(VersionedForm):
    event_id = IntegerField(widget=HiddenInput(), validators=[InputRequired()])
    submit = SubmitField("Undo")
