"""Forms of the export page, the restore upload and the API token page."""

from flask_wtf.file import FileField, FileRequired
from wtforms import (
    BooleanField,
    DateField,
    SelectChoice,
    SelectField,
    StringField,
    SubmitField,
)
from wtforms.validators import DataRequired, Length, NumberRange, Optional, ValidationError

from webapp.fields import LARGEST_ID, TOKEN_NAME_MAX, USERNAME_MAX
from webapp.forms.base import Form
from webapp.services.exports import FORMATS, ExportSelection

FORMAT_LABELS = {
    "json": "JSON (full record, can be restored)",
    "claimreview": "ClaimReview JSON-LD (schema.org, Google Fact Check Explorer)",
    "w3c": "W3C Web Annotation JSON-LD",
    "jsonl": "JSONL for doccano span import",
    "csv": "CSV for spreadsheets",
}


def _optional_id(value) -> int | None:
    """A select's value as an id: empty is "any"."""
    if value in (None, ""):
        return None
    return int(value)


class ArticleField(SelectField):
    """An article chosen by its title; an id that is not a number gets a plain message."""

    def process_formdata(self, valuelist) -> None:
        try:
            super().process_formdata(valuelist)
        except ValueError:
            raise ValueError("Choose an article from the list.") from None


class ExportForm(Form):
    """Read from the query string: an export changes nothing, so it needs no CSRF token."""

    class Meta:
        csrf = False

    format = SelectField(
        "Format",
        choices=[SelectChoice(name, FORMAT_LABELS[name]) for name in FORMATS],
        default="json",
    )
    # Chosen by title (the view fills the choices); ?article=<id> from an article's page too.
    article = ArticleField(
        "Article",
        coerce=_optional_id,
        validators=[Optional(), NumberRange(min=1, max=LARGEST_ID)],
        validate_choice=False,
    )
    status = SelectField("Status", validators=[Optional()], validate_choice=False)
    reviewer = StringField("Reviewer (username)", validators=[Optional(), Length(max=USERNAME_MAX)])
    date_from = DateField("Changed from", validators=[Optional()])
    date_to = DateField("Changed until", validators=[Optional()])
    approved_only = BooleanField("Approved verdicts only")
    include_all = BooleanField("Every claim, reviewed or not")
    submit = SubmitField("Download")

    def validate_date_to(self, field) -> None:
        if field.data and self.date_from.data and field.data < self.date_from.data:
            raise ValidationError("The end date is before the start date.")

    def selection(self) -> ExportSelection:
        return ExportSelection(
            article_id=self.article.data,
            status=self.status.data or None,
            reviewer=(self.reviewer.data or "").strip() or None,
            date_from=self.date_from.data,
            date_to=self.date_to.data,
            approved_only=bool(self.approved_only.data),
            include_all=bool(self.include_all.data),
        )


class RestoreForm(Form):
    file = FileField("Claimdesk JSON export", validators=[FileRequired("Choose a file.")])
    submit = SubmitField("Restore")


class TokenForm(Form):
    name = StringField(
        "Token name",
        validators=[DataRequired(), Length(max=TOKEN_NAME_MAX)],
        description="e.g. the newsroom CMS",
    )
    submit = SubmitField("Create token")
