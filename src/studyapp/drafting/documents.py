"""Reading the documents people draft from: text, Markdown, HTML, WordPress JSON, PDF.

Every format becomes the same ``Document``: a title, an optional date and a
list of heading and paragraph blocks, so the fact finder never needs to know
where a paragraph came from. Only the standard library is used here, except
for PDF, whose library (pypdf) is imported when a PDF is read.
"""

from __future__ import annotations

import html
import json
import re
from dataclasses import dataclass
from html.parser import HTMLParser
from pathlib import Path

MAX_DOCUMENT_BYTES = 10 * 1024 * 1024
SUFFIXES = (".txt", ".text", ".md", ".markdown", ".html", ".htm", ".xhtml", ".json", ".pdf")
SMALL_WORDS = {"a", "an", "the", "and", "or", "of", "on", "in", "for", "to", "at", "by", "with", "from", "as", "&", "vs", "de", "du", "la", "le"}


@dataclass(frozen=True, slots=True)
class Block:
    kind: str  # "heading" or "paragraph"
    text: str


@dataclass(slots=True)
class Document:
    title: str
    blocks: list[Block]
    format: str
    date: str = ""


class DraftError(Exception):
    """The document cannot be read."""


def read_document(path: Path) -> Document:
    """Read one file; the format comes from its suffix and, failing that, its content."""
    try:
        if path.stat().st_size > MAX_DOCUMENT_BYTES:
            raise DraftError(f"{path}: larger than {MAX_DOCUMENT_BYTES // 1024 // 1024} MiB")
        data = path.read_bytes()
    except OSError as exc:
        raise DraftError(f"{path}: {exc.strerror or exc}") from None
    if path.suffix.lower() == ".pdf" or data.startswith(b"%PDF-"):
        return without_site_text(_from_pdf(data, path))
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = data.decode("cp1252", errors="replace")
    return parse_document(text, path.name)


def expand_inputs(paths: list[Path]) -> list[Path]:
    """Files as given, and the readable files of each folder (sorted, not recursive)."""
    files: list[Path] = []
    for path in paths:
        if path.is_dir():
            found = sorted(p for p in path.iterdir() if p.is_file() and p.suffix.lower() in SUFFIXES)
            if not found:
                raise DraftError(f"{path}: no .txt, .md, .html, .json or .pdf files in this folder")
            files.extend(found)
        elif path.is_file():
            files.append(path)
        else:
            raise DraftError(f"{path}: no such file or folder")
    return list(dict.fromkeys(files))


def _from_pdf(data: bytes, path: Path) -> Document:
    """A PDF's text, page by page; a monthly compilation is usually one."""
    import io

    try:
        from pypdf import PdfReader
        from pypdf.errors import PdfReadError
    except ImportError:  # pragma: no cover - pypdf is a dependency
        raise DraftError(f"{path}: reading PDF needs the pypdf package") from None
    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted:
            raise DraftError(f"{path}: the PDF is encrypted")
        pages = [page.extract_text() or "" for page in reader.pages]
    except (PdfReadError, ValueError, KeyError, TypeError) as exc:
        raise DraftError(f"{path}: not a readable PDF ({exc})") from None
    text = "\n\n".join(p for p in pages if p.strip())
    if not text.strip():
        raise DraftError(f"{path}: the PDF has no text layer (a scan?); nothing to draft from")
    title = ""
    try:
        title = str((reader.metadata or {}).get("/Title") or "").strip()
    except Exception:  # noqa: BLE001 - broken metadata must not stop the text
        title = ""
    document = _from_plain(text, path.stem)
    document.format = "pdf"
    if title:
        document.title = title
    return document


_SITE_TEXT = re.compile(
    r"\b(?:click here|join (?:our|us)|on telegram|telegram channel|whatsapp|subscribe|download (?:as )?pdf|pdfdownload"
    r"|answer key|test series|follow us|sign up|share this|also read|read more|advertisement|daily current affairs"
    r"|current affairs quiz|mock test|free trial|enrol(?:l)? now|call us)\b",
    re.IGNORECASE,
)


def without_site_text(document: Document) -> Document:
    """The document without the site's own lines: banners, channel invitations, download links and course
    adverts that exam-preparation pages put between the paragraphs ("The Iasexam.com is now on Telegram. Click
    here to join our channel"; "2019 ias preliminary exam test series"). Only short blocks go: a long
    paragraph that mentions a download is still the article; an invitation run into one ("Click here to connect with
    us on WhatsApp") and an exam site's label before a paragraph ("Context – ") are cut from it."""
    kept = [b for b in document.blocks if not ((_SITE_TEXT.search(b.text) or _NAVIGATION.match(b.text)) and len(b.text.split()) <= 30)]
    cleaned = [Block(b.kind, text) for b in kept if (text := _INLINE_SITE_TEXT.sub("", _SITE_LABEL.sub("", b.text)).strip())]
    if [b.text for b in cleaned] == [b.text for b in document.blocks] or not cleaned:
        return document
    return Document(document.title, cleaned, document.format, document.date)


_NAVIGATION = re.compile(r"(?i)\s*(?:next|previous|prev)\s*(?:article|post|story)")  # "Next articleUPS strike could paralyze ..."
_INLINE_SITE_TEXT = re.compile(r"(?i)\bclick here\b[^.!?\n]{0,60}?\b(?:whatsapp|telegram|channel|newsletter|app)\b[.!]?\s*")
_SITE_LABEL = re.compile(r"^(?:Context|Why in (?:the )?news\??|Relevance|Source|Syllabus)\s*[–—:-]\s*(?=[A-Z])")
# "... from September 1-14. Click here to connect with us on WhatsApp He said that 51 countries ..." (an invitation run into a
# long paragraph, cut from it); "Context – India and US will hold ..." (an exam site's label before the sentence, cut)


def parse_document(text: str, name: str = "document.txt") -> Document:
    """Detect the format (WordPress JSON, HTML, Markdown, plain text), split into blocks, drop the site's own lines."""
    document = without_site_text(_parse_document(text, name))
    document.date = document.date or printed_date(document)
    return document


_MONTH_NUMBERS = {m: i + 1 for i, m in enumerate("jan feb mar apr may jun jul aug sep oct nov dec".split())}
_DATE_LINE = re.compile(
    r"(?i)^[\s\-–—|]*(?:(?:published|updated|posted|last updated)\s*(?:on)?\s*[:\-–—]?\s*)?(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?"
    r"(?:(?P<month>[a-z]{3,9})\.?\s+(?P<day>\d{1,2}),?\s+(?P<year>(?:19|20)\d\d)|(?P<day2>\d{1,2})[\s\-]+(?P<month2>[a-z]{3,9})\.?[\s\-,]+(?P<year2>(?:19|20)\d\d))\b"
    r"[^.!?]{0,40}$"
)


def printed_date(document: Document) -> str:
    """The date a page prints on a line of its own near the top ("October 5, 2023", "Published - October 29, 2019 11:12
    pm IST", "11-March-2005 15:9 IST") before the article's first paragraph, as YYYY-MM-DD, or "": a date without its year
    in the article then gets its year."""
    for block in document.blocks[:12]:
        if len(block.text.split()) > 25:
            break  # the article has begun: a date in it is the article's, not the page's
        found = _DATE_LINE.match(block.text.strip())
        month = found and (found.group("month") or found.group("month2"))[:3].lower()
        if found and month in _MONTH_NUMBERS:
            day, year = found.group("day") or found.group("day2"), found.group("year") or found.group("year2")
            return f"{year}-{_MONTH_NUMBERS[month]:02d}-{int(day):02d}"
    return ""


def _parse_document(text: str, name: str) -> Document:
    stripped = text.lstrip()
    suffix = Path(name).suffix.lower()
    if stripped.startswith(("{", "[")) and suffix not in (".md", ".html", ".htm"):
        try:
            data = json.loads(stripped)
        except json.JSONDecodeError:
            data = None
        if data is not None:
            return _from_json(data, name)
    if suffix in (".html", ".htm", ".xhtml") or re.match(r"(?is)\s*(<!doctype html|<html|<body|<article|<h[1-6][\s>]|<p[\s>])", text):
        return _from_html(text, Path(name).stem)
    if suffix in (".md", ".markdown") or re.search(r"(?m)^#{1,6}\s+\S", text):
        return _from_markdown(text, Path(name).stem)
    return _from_plain(text, Path(name).stem)


def _rendered(value) -> str:
    if isinstance(value, dict):
        value = value.get("rendered", "")
    return value if isinstance(value, str) else ""


def _from_json(data, name: str) -> Document:
    posts = data if isinstance(data, list) else [data]
    posts = [p for p in posts if isinstance(p, dict)]
    blocks: list[Block] = []
    title, date = "", ""
    for post in posts:
        body = _rendered(post.get("content")) or _rendered(post.get("body")) or _rendered(post.get("text"))
        if not body:
            continue
        post_title = _strip_tags(_rendered(post.get("title")))
        title = title or post_title
        date = date or str(post.get("date", ""))[:10]
        if post_title and len(posts) > 1:
            blocks.append(Block("heading", post_title))
        blocks.extend(_from_html(body, post_title).blocks)
    if not blocks:
        raise DraftError(f"{name}: JSON without a WordPress-style content.rendered (or content/body/text) field")
    return Document(title or Path(name).stem, blocks, "wordpress-json", date if re.fullmatch(r"\d{4}-\d{2}-\d{2}", date) else "")


def _strip_tags(value: str) -> str:
    return " ".join(html.unescape(re.sub(r"<[^>]+>", " ", value)).split())


class _BlockParser(HTMLParser):
    _HEADINGS = {"h1", "h2", "h3", "h4", "h5", "h6"}
    _PARAGRAPHS = {"p", "li", "blockquote", "td", "th", "dd", "dt", "figcaption", "pre", "div", "section", "article", "ul", "ol", "table", "tr"}
    _SKIP = {"script", "style", "nav", "footer", "noscript", "svg"}

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.blocks: list[Block] = []
        self.title = ""
        self._text: list[str] = []
        self._kind = "paragraph"
        self._skip = 0
        self._in_title = False

    def _flush(self) -> None:
        text = " ".join("".join(self._text).replace("\xa0", " ").split())
        if text:
            self.blocks.append(Block(self._kind, text))
        self._text = []
        self._kind = "paragraph"

    def handle_starttag(self, tag, attrs):
        if tag in self._SKIP:
            self._skip += 1
        elif tag == "title":
            self._in_title = True
        elif tag in self._HEADINGS:
            self._flush()
            self._kind = "heading"
        elif tag in self._PARAGRAPHS:
            self._flush()
        elif tag == "br":
            self._text.append("\n")

    def handle_endtag(self, tag):
        if tag in self._SKIP:
            self._skip = max(0, self._skip - 1)
        elif tag == "title":
            self._in_title = False
        elif tag in self._HEADINGS or tag in self._PARAGRAPHS:
            self._flush()

    def handle_data(self, data):
        if self._in_title:
            self.title += data
        elif not self._skip:
            self._text.append(data)


def _from_html(text: str, fallback_title: str) -> Document:
    parser = _BlockParser()
    parser.feed(text)
    parser.close()
    parser._flush()
    title = " ".join(parser.title.split())
    blocks = parser.blocks
    if not title and blocks and blocks[0].kind == "heading":
        title = blocks[0].text
    return Document(title or fallback_title, blocks, "html")


def _unescape_markdown(text: str) -> str:
    text = re.sub(r"!\[[^\]]*\]\([^)]*\)", "", text)  # images
    text = re.sub(r"\[([^\]]+)\]\([^)]*\)", r"\1", text)  # links
    text = re.sub(r"(\*\*|__)(.+?)\1", r"\2", text)
    text = re.sub(r"(?<![\w*])\*(?!\s)(.+?)(?<!\s)\*(?!\w)", r"\1", text)
    text = re.sub(r"(?<!\w)_(?!\s)(.+?)(?<!\s)_(?!\w)", r"\1", text)
    text = re.sub(r"`([^`]+)`", r"\1", text)
    text = re.sub(r"<[^>]+>", "", text)
    return re.sub(r"\\([\\`*_{}\[\]()#+\-.!$|>~])", r"\1", text)


_LIST_ITEM = re.compile(r"^\s{0,6}(?:[-*+•]|\d{1,3}[.)])\s+")


def _from_markdown(text: str, fallback_title: str) -> Document:
    blocks: list[Block] = []
    lines = text.replace("\r\n", "\n").split("\n")
    paragraph: list[str] = []

    def flush() -> None:
        joined = " ".join(" ".join(paragraph).split())
        if joined:
            blocks.append(Block("paragraph", _unescape_markdown(joined)))
        paragraph.clear()

    fence = ""
    for index, line in enumerate(lines):
        stripped = line.strip()
        if fence or stripped.startswith(("```", "~~~")):  # code is not prose: no facts in it
            if not fence:
                flush()
                fence = stripped[:3]
            elif stripped.startswith(fence):
                fence = ""
            continue
        following = lines[index + 1].strip() if index + 1 < len(lines) else ""
        if re.match(r"#{1,6}\s", stripped):
            flush()
            blocks.append(Block("heading", _unescape_markdown(stripped.lstrip("#").strip().rstrip("#").strip())))
        elif stripped and re.fullmatch(r"=+|-+", following) and not paragraph:
            flush()
            blocks.append(Block("heading", _unescape_markdown(stripped)))
        elif re.fullmatch(r"=+|-{3,}|\*{3,}", stripped):
            flush()
        elif not stripped:
            flush()
        elif _LIST_ITEM.match(line):
            flush()
            paragraph.append(_LIST_ITEM.sub("", line))
        elif stripped.startswith("|"):
            flush()
            cells = [c.strip() for c in stripped.strip("|").split("|")]
            if not all(re.fullmatch(r":?-+:?", c) for c in cells if c):
                paragraph.append("; ".join(c for c in cells if c))
                flush()
        else:
            paragraph.append(stripped.lstrip(">").strip())
    flush()
    title = next((b.text for b in blocks if b.kind == "heading"), fallback_title)
    return Document(title, blocks, "markdown")


def _looks_like_heading(line: str) -> bool:
    """A short line in Title Case or capitals, without closing punctuation."""
    words = line.split()
    if not words or len(words) > 12 or len(line) > 100 or line[-1] in ".!?,;:…\"”'’)":
        return False
    if not (line[0].isupper() or line[0].isdigit()):
        return False
    content = [w for w in words if w.lower().strip("&") not in SMALL_WORDS]
    if not content:
        return False
    capitalised = sum(1 for w in content if w[0].isupper() or w[0].isdigit())
    return capitalised / len(content) >= 0.75


def _from_plain(text: str, fallback_title: str) -> Document:
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    groups = [g for g in re.split(r"\n\s*\n", text) if g.strip()]
    lines = [line.strip() for line in text.split("\n") if line.strip()]
    unfinished = sum(1 for line in lines if line[-1] not in ".!?:\"”'’)")
    wrapped = len(lines) > len(groups) and unfinished > len(lines) * 0.5 and max(len(line) for line in lines) <= 100
    blocks: list[Block] = []
    for group in groups:
        parts = [" ".join(group.split())] if wrapped else [line.strip() for line in group.split("\n") if line.strip()]
        for part in parts:
            part = _unescape_markdown(part) if "\\" in part else part
            part = _LIST_ITEM.sub("", part)
            blocks.append(Block("heading" if _looks_like_heading(part) else "paragraph", part))
    title = blocks[0].text if blocks and blocks[0].kind == "heading" else fallback_title
    return Document(title, blocks, "text")


# --- sentences and locators ---------------------------------------------------------

