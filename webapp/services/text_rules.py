"""Characters no stored text may hold, checked once for every way text comes in."""

import re

# Tab, line feed and carriage return are ordinary in pasted text; every other C0/C1 control
# character, and the UTF-16 surrogates that JSON's "\ud800" escapes can produce, cannot be
# stored by PostgreSQL (NUL) or encoded as UTF-8 (surrogates), and has no place in a claim.
FORBIDDEN = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff]")
# The largest id a row can have: both databases' INTEGER (32-bit signed) primary keys.
LARGEST_ID = 2**31 - 1


def forbidden_character(value: str) -> str | None:
    """A description of the first character that no text field may hold, or None."""
    found = FORBIDDEN.search(value)
    if found is None:
        return None
    code = ord(found.group())
    kind = "unpaired surrogate" if 0xD800 <= code <= 0xDFFF else "control character"
    return f"the {kind} U+{code:04X}"
