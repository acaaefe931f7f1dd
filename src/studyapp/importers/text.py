"""Field text: HTML to plain text, media references, ids from text, LaTeX/MathJax."""

from __future__ import annotations

import hashlib
import re
from html.parser import HTMLParser

_SOUND = re.compile(r"\[sound:([^\]]+)\]")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
LOOKS_HTML = re.compile(r"<\s*(br|div|p|b|i|u|strong|em|span|img|ul|ol|li|sub|sup|font|a)\b[^>]*>|&(nbsp|amp|lt|gt|quot|#\d+);", re.I)
MATH = re.compile(
    r"\[\$\$?\].*?\[/\$\$?\]|\[latex\].*?\[/latex\]|\\\(.+?\\\)|\\\[.+?\\\]|\$\$.+?\$\$"
    r"|\$[^$\n]*\\[A-Za-z]+[^$\n]*\$|\\begin\{[A-Za-z*]+\}",
    re.S | re.I,
)
"""Anki's LaTeX (``[$]…[/$]``, ``[$$]…[/$$]``, ``[latex]…[/latex]``), MathJax (``\\(…\\)``, ``\\[…\\]``, ``$$…$$``),
and TeX written straight into a field (``$\\mathbb{K}$``, ``\\begin{enumerate}``); a price like ``$9.7`` is not math."""


def has_math(text: str) -> bool:
    """True when the text holds LaTeX or MathJax that nobody can type as an answer."""
    return bool(MATH.search(text))


class _TextExtractor(HTMLParser):
    _BLOCKS = {"br", "p", "div", "li", "tr", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "table", "blockquote", "hr"}
    _SKIP = {"script", "style", "head", "title"}

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.media: list[str] = []
        self._skip = 0

    def handle_starttag(self, tag, attrs):
        if tag in self._SKIP:
            self._skip += 1
        elif tag in self._BLOCKS:
            self.parts.append("\n")
        if tag in ("img", "audio", "video", "source", "embed", "object"):
            src = dict(attrs).get("src") or dict(attrs).get("data")
            if src:
                self.media.append(src)

    def handle_endtag(self, tag):
        if tag in self._SKIP:
            self._skip = max(0, self._skip - 1)
        elif tag in self._BLOCKS:
            self.parts.append("\n")

    def handle_data(self, data):
        if not self._skip:
            self.parts.append(data.replace("\r", " ").replace("\n", " "))  # in HTML only <br> and blocks break lines


def html_to_text(value: str) -> tuple[str, list[str]]:
    """Plain text of an HTML field, one line per block, and the media it refers to."""
    parser = _TextExtractor()
    parser.feed(value)
    parser.close()
    text, media = clean_text("".join(parser.parts))
    return text, parser.media + media


def clean_text(value: str) -> tuple[str, list[str]]:
    """Remove ``[sound:...]`` tags (returned as media) and tidy whitespace per line."""
    media = _SOUND.findall(value)
    value = _CONTROL.sub("", _SOUND.sub(" ", value)).replace("\xa0", " ").replace("\r\n", "\n").replace("\r", "\n")
    lines = [" ".join(line.split()) for line in value.split("\n")]
    return "\n".join(line for line in lines if line), media


def slugify(text: str, max_length: int = 40) -> str:
    """A readable id fragment: lowercase ASCII words joined by ``-``."""
    import unicodedata

    folded = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()
    words = re.findall(r"[a-z0-9]+", folded)
    slug = ""
    for word in words:
        candidate = f"{slug}-{word}" if slug else word
        if len(candidate) > max_length:
            break
        slug = candidate
    return slug or (words[0][:max_length] if words else "")


def short_hash(text: str, length: int = 8) -> str:
    return hashlib.sha1(text.encode("utf-8")).hexdigest()[:length]
