"""Small documents built in memory for the reader tests: PDFs with and without text, Word
files good and bad."""

import io
import zipfile

import docx


def pdf_with_text(lines: list[str], pages: int = 1) -> bytes:
    """A minimal valid PDF whose pages show `lines` in Helvetica."""
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>"]
    kids = " ".join(f"{3 + 2 * n} 0 R" for n in range(pages))
    objects.append(f"<< /Type /Pages /Kids [{kids}] /Count {pages} >>".encode())
    font_id = 3 + 2 * pages
    for n in range(pages):
        objects.append(
            f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents {4 + 2 * n} 0 R "
            f"/Resources << /Font << /F1 {font_id} 0 R >> >> >>".encode()
        )
        text = " ".join(
            f"BT /F1 12 Tf 72 {720 - 20 * i} Td ({line}) Tj ET" for i, line in enumerate(lines)
        ).encode()
        objects.append(b"<< /Length %d >>\nstream\n" % len(text) + text + b"\nendstream")
    objects.append(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>")
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(out.tell())
        out.write(b"%d 0 obj\n" % number + body + b"\nendobj\n")
    xref = out.tell()
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1))
    for offset in offsets:
        out.write(b"%010d 00000 n \n" % offset)
    out.write(
        b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    )
    return out.getvalue()


def blank_pdf(pages: int = 1) -> bytes:
    return pdf_with_text([], pages)


def word_file(paragraphs: list[str], title: str | None = None, author: str = "") -> bytes:
    document = docx.Document()
    if title:
        document.add_heading(title, 0)
    for paragraph in paragraphs:
        document.add_paragraph(paragraph)
    document.core_properties.author = author
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def rezip(data: bytes, replace: dict[str, bytes] | None = None, add: dict | None = None) -> bytes:
    """The same zip with some entries replaced or added (names taken as given)."""
    source = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for entry in source.infolist():
            body = (replace or {}).get(entry.filename, source.read(entry))
            target.writestr(entry.filename, body)
        for name, body in (add or {}).items():
            target.writestr(zipfile.ZipInfo(name), body, compress_type=zipfile.ZIP_DEFLATED)
    return out.getvalue()
