"""WTForms validators derived from the field specification (`webapp/fields.py`), so a form
refuses exactly what the API and restore refuse."""

from wtforms.validators import DataRequired, Length, Optional, ValidationError

from webapp.fields import Field, problem


class FollowsSpec:
    """Refuse a value the specification refuses, with its message as a sentence."""

    def __init__(self, spec: Field) -> None:
        self.spec = spec

    def __call__(self, form, field) -> None:
        value = field.data
        if value is None or value == "":
            return
        found = problem(self.spec, value)
        if found is not None:
            raise ValidationError(found[0].upper() + found[1:] + ".")


def validators_for(
    spec: Field, required_message: str | None = None, *, required: bool | None = None
) -> list:
    """Required or optional, the length limits (which also set the HTML maxlength), then the
    specification's own check: characters, address scheme, form, choices."""
    if required is None:
        required = spec.required
    found: list = [DataRequired(required_message) if required else Optional()]
    if spec.max_length is not None or spec.min_length is not None:
        found.append(Length(min=spec.min_length or -1, max=spec.max_length or -1))
    found.append(FollowsSpec(spec))
    return found
