"""The article import form."""

from wtforms import DateField, StringField, SubmitField, TextAreaField

from webapp.fields import ARTICLE
from webapp.forms.auth import OnceForm
from webapp.forms.spec import validators_for


class ImportArticleForm(OnceForm):
    title = StringField("Title", validators=validators_for(ARTICLE["title"]))
    text = TextAreaField(
        "Article text", validators=validators_for(ARTICLE["text"], "Paste the article's text.")
    )
    url = StringField("Web address (optional)", validators=validators_for(ARTICLE["url"]))
    outlet = StringField("Outlet (optional)", validators=validators_for(ARTICLE["outlet"]))
    author = StringField("Author (optional)", validators=validators_for(ARTICLE["author"]))
    published_on = DateField(
        "Publication date (optional)", validators=validators_for(ARTICLE["published_on"])
    )
    submit = SubmitField("Import and extract claims")
