"""Reading files and pages: each format, and each way a document can be bad."""

import pytest

from tests.importing.documents import blank_pdf, pdf_with_text, rezip, word_file
from tests.importing.servers import article_html
from webapp.importing.extract import decode_html, extract_article
from webapp.importing.readers import ReadLimits, UnreadableDocument, read_document

LIMITS = ReadLimits()
SENTENCES = [
    "The unemployment rate fell to 3.9% in April, the Labor Department said.",
    "Officials said 250,000 jobs were added last month.",
]


def test_html_article_keeps_paragraphs_and_metadata():
    found = extract_article(article_html(4), "http://news.example.com/article/4")
    assert found.title == "Council report number 4"
    assert found.authors == ("Ana Reporter",)
    assert found.site_name == "Loopback Gazette"
    assert str(found.published_on) == "2026-03-05"
    assert found.language == "en"
    assert found.canonical_url == "http://news.example.com/article/4"
    assert len(found.text.split("\n\n")) == 3
    assert "Home" not in found.text and "Copyright" not in found.text


def test_pdf_text_and_metadata():
    found = read_document(pdf_with_text(SENTENCES), ".pdf", LIMITS)
    assert "unemployment rate fell to 3.9%" in found.text


def test_pdf_without_text_layer_says_so():
    with pytest.raises(UnreadableDocument) as error:
        read_document(blank_pdf(2), ".pdf", LIMITS)
    assert "no text layer" in str(error.value) and "OCR" in str(error.value)


def test_pdf_page_limit_and_damage():
    with pytest.raises(UnreadableDocument, match="has 5 pages; the limit is 3"):
        read_document(pdf_with_text(SENTENCES, pages=5), ".pdf", ReadLimits(max_pdf_pages=3))
    with pytest.raises(UnreadableDocument, match="damaged"):
        read_document(b"%PDF-1.7\n" + b"\x00garbage" * 100, ".pdf", LIMITS)
    with pytest.raises(UnreadableDocument, match="not a PDF"):
        read_document(b"<html>hello</html>", ".pdf", LIMITS)


def test_word_file_paragraphs_title_and_author():
    found = read_document(word_file(SENTENCES, "Jobs report", "Jane Doe"), ".docx", LIMITS)
    assert found.title == "Jobs report"
    assert found.authors == ("Jane Doe",)
    assert found.text == "\n\n".join(SENTENCES)


@pytest.mark.parametrize(
    "data",
    [b"PK\x03\x04 this is not really a zip", b"just text", b"\x00" * 100],
    ids=["broken-zip", "text", "zeros"],
)
def test_corrupt_word_file(data):
    with pytest.raises(UnreadableDocument, match="damaged or is not a .docx"):
        read_document(data, ".docx", LIMITS)


def test_zip_without_word_parts_is_refused():
    data = rezip(word_file(SENTENCES), add={})
    import io
    import zipfile

    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as target:
        target.writestr("hello.txt", "not a document")
    with pytest.raises(UnreadableDocument, match="damaged or is not a .docx"):
        read_document(out.getvalue(), ".docx", LIMITS)
    assert read_document(data, ".docx", LIMITS).text


@pytest.mark.parametrize(
    "name", ["../../evil.sh", "/etc/cron.d/evil", "word\\..\\..\\evil", "C:/evil.bat"]
)
def test_zip_slip_word_file_is_refused(name):
    data = rezip(word_file(SENTENCES), add={name: b"echo owned"})
    with pytest.raises(UnreadableDocument, match="unsafe path"):
        read_document(data, ".docx", LIMITS)


def test_word_file_with_external_entities_is_refused():
    xxe = (
        b'<?xml version="1.0"?><!DOCTYPE d [<!ENTITY x SYSTEM "file:///etc/passwd">]>'
        b'<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
        b"<w:body><w:p><w:r><w:t>&x;</w:t></w:r></w:p></w:body></w:document>"
    )
    data = rezip(word_file(SENTENCES), replace={"word/document.xml": xxe})
    with pytest.raises(UnreadableDocument, match="declares XML entities"):
        read_document(data, ".docx", LIMITS)


def test_word_zip_bomb_is_refused():
    data = rezip(word_file(SENTENCES), add={"word/media/bomb.bin": b"\0" * 60_000_000})
    with pytest.raises(UnreadableDocument, match="zip bomb"):
        read_document(data, ".docx", LIMITS)


def test_markdown_and_text():
    found = read_document(b"# Budget\n\nThe deficit **fell** to [$1.2tn](x).\n", ".md", LIMITS)
    assert found.title == "Budget" and found.text == "The deficit fell to $1.2tn."
    assert read_document(b"Line one.\r\n\r\nLine two.", ".txt", LIMITS).text == (
        "Line one.\n\nLine two."
    )


@pytest.mark.parametrize(
    ("data", "title", "text"),
    [
        # a headline apart on the first line is the title, not a claim in the text
        (
            b"Netanyahu meets Putin, presses Russia on Iran\n\nJERUSALEM (Reuters) - He met Putin.",
            "Netanyahu meets Putin, presses Russia on Iran",
            "JERUSALEM (Reuters) - He met Putin.",
        ),
        # a first sentence, a quotation, a lead-in, a byline or a lone paragraph are text
        (b"Jobs grew by 150,000.\n\nThe rate fell.", None, None),
        (b'He told reporters: "We will win"\n\nThe rate fell.', None, None),
        (b"The ministry said:\n\nThe rate fell.", None, None),
        (b"By Jane Doe\n\nThe rate fell.", None, None),
        (b"Jobs report shows hiring slowed", None, None),
    ],
)
def test_a_text_files_headline_is_its_title(data, title, text):
    found = read_document(data, ".txt", LIMITS)
    assert found.title == title
    assert found.text == (text or data.decode())


@pytest.mark.parametrize("data", [b"", b"   \n\t "])
def test_empty_documents(data):
    with pytest.raises(UnreadableDocument, match="empty"):
        read_document(data, ".html", LIMITS)


def test_page_with_no_article_text():
    html = b"<html><body><nav><a href='/'>Home</a></nav><script>app()</script></body></html>"
    with pytest.raises(UnreadableDocument, match="No article text was found"):
        read_document(html, ".html", LIMITS)


def test_unknown_kind():
    with pytest.raises(UnreadableDocument, match="reads .txt, .md, .html, .docx and .pdf"):
        read_document(b"MZ\x90", ".exe", LIMITS)


@pytest.mark.parametrize(
    ("body", "declared", "expected"),
    [
        ("Café déjà vu".encode(), "iso-8859-1", "Café déjà vu"),  # wrong declaration
        ("Café déjà vu".encode("latin-1"), "iso-8859-1", "Café déjà vu"),
        ("Café déjà vu".encode("cp1252"), None, "Café déjà vu"),  # legacy, undeclared
        ("Ελλάδα".encode("iso-8859-7"), "iso-8859-7", "Ελλάδα"),
        (b"Caf\xc3\xa9 \xff\xfe ok", "utf-8", "Café \ufffd\ufffd ok"),  # invalid UTF-8
        ("Café".encode(), "x-no-such-charset", "Café"),
        (b"\xef\xbb\xbfBOM text", None, "BOM text"),
    ],
)
def test_charsets(body, declared, expected):
    assert decode_html(body, declared) == expected
