"""Article text from an uploaded or fetched document: .txt, .md, .html, .docx, .pdf.

The file's name is only used for its extension and as a title hint, never as a path: documents
are read from bytes in memory. A .docx is a zip archive, so its entries are checked (count,
sizes, compression ratio, names) and its XML refused if it declares entities before python-docx
reads it; a PDF is read with page and size limits.
"""

import io
import json
import re
import warnings
import zipfile
from dataclasses import dataclass
from datetime import date

from webapp.importing.extract import (
    ImportedDocument,
    NoArticleText,
    decode_html,
    extract_article,
)

EXTENSIONS = (".txt", ".md", ".html", ".htm", ".docx", ".pdf")
CONTENT_TYPES = {
    "text/plain": ".txt",
    "text/markdown": ".md",
    "text/html": ".html",
    "application/xhtml+xml": ".html",
    "application/pdf": ".pdf",
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document": ".docx",
}


@dataclass(frozen=True)
class ReadLimits:
    max_pdf_pages: int = 300
    max_unzipped_bytes: int = 50_000_000
    max_zip_entries: int = 2_000
    max_compression_ratio: int = 200


class UnreadableDocument(ValueError):
    """The document cannot be read; the message is safe to show."""


def extension_of(filename: str) -> str:
    """The lower-case extension of a file name as the user gave it (for dispatch only)."""
    name = filename.replace("\\", "/").rsplit("/", 1)[-1]
    return ("." + name.rsplit(".", 1)[-1].lower()) if "." in name else ""


def read_document(
    data: bytes, kind: str, limits: ReadLimits, *, charset: str | None = None, url=None
) -> ImportedDocument:
    """Read `data` as a document of `kind` (an extension such as '.pdf')."""
    if not data.strip():
        raise UnreadableDocument("It is empty: there is no text to import.")
    if kind in (".html", ".htm"):
        try:
            return extract_article(decode_html(data, charset), url)
        except NoArticleText as error:
            raise UnreadableDocument(str(error)) from None
    if kind == ".txt":
        return plain_text(decode_html(data, charset))
    if kind == ".md":
        return _markdown(decode_html(data, charset))
    if kind == ".docx":
        return _docx(data, limits)
    if kind == ".pdf":
        return _pdf(data, limits)
    if kind == PASTE_KIND:
        return _paste(data)
    raise UnreadableDocument(
        "Claimdesk reads .txt, .md, .html, .docx and .pdf files; this is not one of them."
    )


PASTE_KIND = ".paste"  # a long pasted article with its form's fields, imported in the background


def paste_payload(fields: dict) -> bytes:
    """What a background paste import keeps until it is read: the import form's fields."""
    return json.dumps(fields, default=str).encode("utf-8")


def _paste(data: bytes) -> ImportedDocument:
    fields = json.loads(data)
    published = fields.get("published_on")
    return ImportedDocument(
        title=fields.get("title"),
        text=fields["text"],
        authors=(fields["author"],) if fields.get("author") else (),
        published_on=date.fromisoformat(published) if published else None,
        site_name=fields.get("outlet") or None,
        canonical_url=fields.get("url") or None,
    )


def plain_text(text: str) -> ImportedDocument:
    """Plain text; a headline on the first line, apart, is the title (as a Markdown file's
    first heading is) and not part of the text."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").strip()
    if not text:
        raise UnreadableDocument("The file has no text.")
    first, apart, rest = text.partition("\n\n")
    if apart and rest.strip() and _HEADLINE.fullmatch(first.strip()):
        return ImportedDocument(title=first.strip(), text=rest.strip())
    return ImportedDocument(title=None, text=text)


# One line of at most 20 words that does not end as a sentence, a quotation or a lead-in does
# ("Netanyahu meets Putin, presses Russia on Iran"); a byline ("By Jane Doe") is no headline.
_HEADLINE = re.compile(r"(?!By\s)(?:[^\s]+[ \t]+){0,19}[^\s]*[^\s.!?:;,\"”’'…-]")


_MD_HEADING = re.compile(r"^\s{0,3}#{1,6}\s+(.*?)\s*#*\s*$")
_MD_LINK = re.compile(r"!?\[([^\]]*)\]\([^)]*\)")
_MD_EMPHASIS = re.compile(r"(\*\*|__|\*|_|`)(?=\S)(.+?)(?<=\S)\1")


def _markdown(source: str) -> ImportedDocument:
    """Markdown to plain paragraphs: the first heading is the title; links keep their words."""
    title = None
    lines = []
    for line in source.replace("\r\n", "\n").split("\n"):
        heading = _MD_HEADING.match(line)
        if heading:
            if title is None:
                title = heading.group(1)
                continue
            line = heading.group(1)
        line = _MD_LINK.sub(r"\1", line)
        line = _MD_EMPHASIS.sub(r"\2", line)
        line = re.sub(r"^\s*(?:[-*+]|\d+[.)])\s+", "", line)
        lines.append(line.strip())
    text = re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()
    if not text:
        raise UnreadableDocument("The file has no text.")
    return ImportedDocument(title=title, text=text)


def _check_zip(data: bytes, limits: ReadLimits) -> zipfile.ZipFile:
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        entries = archive.infolist()
    except (zipfile.BadZipFile, OSError, ValueError):
        raise UnreadableDocument("The Word file is damaged or is not a .docx file.") from None
    if len(entries) > limits.max_zip_entries:
        raise UnreadableDocument("The Word file has too many parts to be a real document.")
    total = 0
    for entry in entries:
        name = entry.filename
        if (
            name.startswith(("/", "\\"))
            or "\\" in name
            or ".." in name.split("/")
            or re.match(r"^[A-Za-z]:", name)
            or "\x00" in name
        ):
            raise UnreadableDocument("The Word file contains a part with an unsafe path.")
        total += entry.file_size
        ratio = entry.file_size / max(entry.compress_size, 1)
        if total > limits.max_unzipped_bytes or (
            entry.file_size > 1_000_000 and ratio > limits.max_compression_ratio
        ):
            raise UnreadableDocument(
                "The Word file unpacks to far more than its size (a zip bomb); refused."
            )
    return archive


def _docx(data: bytes, limits: ReadLimits) -> ImportedDocument:
    import docx
    from docx.opc.exceptions import PackageNotFoundError

    archive = _check_zip(data, limits)
    for entry in archive.infolist():
        if entry.filename.endswith((".xml", ".rels")):
            try:
                head = archive.read(entry)
            except (zipfile.BadZipFile, OSError, ValueError, EOFError):
                raise UnreadableDocument("The Word file is damaged.") from None
            if b"<!DOCTYPE" in head or b"<!ENTITY" in head:
                raise UnreadableDocument(
                    "The Word file declares XML entities, which real documents never do; refused."
                )
    try:
        document = docx.Document(io.BytesIO(data))
    except (PackageNotFoundError, Exception):  # python-docx raises many kinds on bad input
        raise UnreadableDocument("The Word file is damaged or is not a .docx file.") from None
    title = None
    paragraphs = []
    for paragraph in document.paragraphs:
        text = " ".join(paragraph.text.split())
        if not text:
            continue
        style = (paragraph.style.name if paragraph.style is not None else "") or ""
        if title is None and not paragraphs and style.startswith(("Title", "Heading")):
            title = text
            continue
        paragraphs.append(text)
    if not paragraphs:
        raise UnreadableDocument("The Word file has no text.")
    properties = document.core_properties
    return ImportedDocument(
        title=(properties.title or "").strip() or title,
        text="\n\n".join(paragraphs),
        authors=(properties.author.strip(),) if (properties.author or "").strip() else (),
        language=(properties.language or "").strip() or None,
    )


def _pdf(data: bytes, limits: ReadLimits) -> ImportedDocument:
    from pypdf import PdfReader
    from pypdf.errors import PyPdfError

    if not data.lstrip()[:5] == b"%PDF-":
        raise UnreadableDocument("The file is not a PDF.")
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        try:
            reader = PdfReader(io.BytesIO(data), strict=False)
            if reader.is_encrypted and not reader.decrypt(""):
                raise UnreadableDocument("The PDF is protected by a password.")
            pages = len(reader.pages)
            if pages > limits.max_pdf_pages:
                raise UnreadableDocument(
                    f"The PDF has {pages:,} pages; the limit is {limits.max_pdf_pages:,}."
                )
            texts = [page.extract_text() or "" for page in reader.pages]
            metadata = reader.metadata
        except UnreadableDocument:
            raise
        except (PyPdfError, ValueError, KeyError, TypeError, OSError, RecursionError):
            raise UnreadableDocument("The PDF is damaged and cannot be read.") from None
        except Exception:
            raise UnreadableDocument("The PDF is damaged and cannot be read.") from None
    paragraphs = []
    for page in texts:
        for block in re.split(r"\n\s*\n", page):
            text = " ".join(block.split())
            if text:
                paragraphs.append(text)
    text = "\n\n".join(paragraphs)
    if len(text) < 20:
        raise UnreadableDocument(
            "The PDF has no text layer (it looks like a scanned image). "
            "Run it through OCR first, or paste its text."
        )
    title = author = None
    if metadata is not None:
        title = (metadata.title or "").strip() or None
        author = (metadata.author or "").strip() or None
    return ImportedDocument(title=title, text=text, authors=(author,) if author else ())
