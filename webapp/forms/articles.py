"""The article import form."""

from wtforms import DateField, StringField, SubmitField, TextAreaField
from wtforms.validators import DataRequired, Length, Optional

from webapp.forms.auth import OnceForm
from webapp.models.article import TITLE_MAX


class ImportArticleForm(OnceForm):
    title = StringField("Title", validators=[DataRequired(), Length(max=TITLE_MAX)])
    text = TextAreaField("Article text", validators=[DataRequired("Paste the article's text.")])
    url = StringField("Web address (optional)", validators=[Optional(), Length(max=2000)])
    outlet = StringField("Outlet (optional)", validators=[Optional(), Length(max=200)])
    author = StringField("Author (optional)", validators=[Optional(), Length(max=200)])
    published_on = DateField("Publication date (optional)", validators=[Optional()])
    submit = SubmitField("Import and extract claims")
