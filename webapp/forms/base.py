"""The base of every form: WTForms with Flask-WTF's CSRF, rendered so that a page holding many
forms still has unique element ids (issue 12): hidden fields and submit buttons carry no id
(no label points at them), and forms repeated on one page take a prefix."""

from flask_wtf import FlaskForm

NO_ID_INPUTS = {"hidden", "submit"}


class Form(FlaskForm):
    class Meta:
        def render_field(self, field, render_kw):
            if getattr(field.widget, "input_type", None) in NO_ID_INPUTS:
                render_kw = {"id": False, **render_kw}
            return super().render_field(field, render_kw)
