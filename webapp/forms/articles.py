"""The article import form and the share link form."""

from wtforms import DateField, StringField, SubmitField, TextAreaField
from wtforms.validators import Length, Optional

from webapp.fields import ARTICLE, TOKEN_NAME_MAX
from webapp.forms.auth import OnceForm
from webapp.forms.base import Form
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


class ShareLinkForm(Form):
    """A new read-only share link; the label says whom it was made for."""

    label = StringField(
        "Label (optional)",
        validators=[Optional(), Length(max=TOKEN_NAME_MAX)],
        description="Whom the link is for, e.g. “the ombudsman”; only editors see it.",
    )
    submit = SubmitField("Create share link")
