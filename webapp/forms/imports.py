"""Forms for importing from a link, files, a list of links and a feed."""

from wtforms import MultipleFileField, StringField, SubmitField, TextAreaField
from wtforms.validators import DataRequired, Length, Optional

from webapp.forms.base import Form
from webapp.models.article import TITLE_MAX
from webapp.models.importing import URL_MAX


class LinkImportForm(Form):
    url = StringField(
        "Web address of the article",
        validators=[DataRequired("Enter the article's web address."), Length(max=URL_MAX)],
    )
    submit = SubmitField("Fetch and preview")


class FilesImportForm(Form):
    files = MultipleFileField("Files (.txt, .md, .html, .docx, .pdf)")
    submit = SubmitField("Import files")


class ListImportForm(Form):
    links = TextAreaField(
        "Links, one a line", validators=[DataRequired("Paste at least one web address.")]
    )
    submit = SubmitField("Import all")


class FeedForm(Form):
    url = StringField(
        "Feed address (RSS or Atom)",
        validators=[DataRequired("Enter the feed's web address."), Length(max=URL_MAX)],
    )
    submit = SubmitField("Follow feed")


class SavePreviewForm(Form):
    title = StringField("Title", validators=[Optional(), Length(max=TITLE_MAX)])
    submit = SubmitField("Save article and extract claims")
