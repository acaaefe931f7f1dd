"""Drafting questions from a document: the facts an exam asks about, found by rules.

``read_document`` turns plain text, Markdown, HTML or a WordPress-style JSON
export into headed paragraphs; ``find_facts`` finds, sentence by sentence,
dates and years, money figures, counts, percentages, ordinals, named
operations and missions, named agreements and acronyms with their expansion;
``draft_pack`` turns each distinct fact into one cloze, numeric or short
question marked ``draft: true`` with a "heading, para N" locator.

Precision matters more than volume: a draft is a starting point an author
checks, so the rules skip vague quantities ("thousands of"), small spelled-out
numbers ("two countries"), names that are common words, and any fact already
drafted from an earlier sentence. No network and no model: regular
expressions and the standard library's HTML parser only.
"""

from __future__ import annotations

import html
import json
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path

MAX_DOCUMENT_BYTES = 10 * 1024 * 1024

MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December"
SMALL_WORDS = {"a", "an", "the", "and", "or", "of", "on", "in", "for", "to", "at", "by", "with", "from", "as", "&", "vs", "de", "du", "la", "le"}
ABBREVIATIONS = {"u.s", "u.k", "e.g", "i.e", "mr", "mrs", "ms", "dr", "st", "no", "vs", "etc", "jan", "feb", "mar", "apr", "jun", "jul",
                 "aug", "sep", "sept", "oct", "nov", "dec", "inc", "ltd", "co", "gen", "col", "lt", "sgt", "prof", "fig", "approx"}  # fmt: skip
KNOWN_ABBREVIATIONS = {"eu": "european union", "un": "united nations", "us": "united states", "u.s": "united states", "uk": "united kingdom"}

# Words too common to be the answer of a question: an answer made only of these is refused.
COMMON_WORDS = frozenset(
    """
    a about above across after again against all almost along also although always among an and another any are area areas
    around as at away back be because been before being below between both but by can could country countries day days
    did do does done down during each early either end even every few first for from further general good government great
    group had has have he her here high his how however i if important in including into is it its just key large last
    late later least less like long made main major make many may more most much must my national nations near need new next
    no not now of off often old on once one only or other our out over own part people place plan plans point power
    public rather right same second security several she should since so some state states still such system than that the
    their them then there these they this those three through time to today together too two under until up upon us use
    used very was way we well were what when where which while who whole why will with within without work world would year
    years yet you your defence defense military forces force cooperation agreement agreements mission missions operation
    operations alliance alliances partnership partner partners relations relationship strategy strategic support effort
    efforts international global regional region relations policy policies law order peace war threat threats training
    exercise exercises initiative initiatives mechanism framework programme program committee council action agency centre
    center office department ministry service services network networks information intelligence cyber cybersecurity
    technology technologies research development trade economic economy energy climate change crisis crises interests
    """.split()
)

_CURRENCY = r"(?:USD|US\$|CAD|C\$|CA\$|CDN\$|AUD|A\$|EUR|GBP|INR|Rs\.?|₹|€|£|¥|\$)"
_NUM = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
_SCALE = r"(?:trillion|billion|million|thousand|crore|lakh|bn|mn)"
_WORD_NUMBERS = (
    "one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred"
)
_APPROX = r"(?:over|more than|nearly|almost|around|about|some|approximately|roughly|up to|at least|fewer than|less than)"

MONEY_RE = re.compile(
    rf"(?<![\w$€£¥₹]){_CURRENCY}\s?(?:{_NUM})(?:\s?{_SCALE}\b)?"
    rf"|(?<![\w.,])(?:{_NUM})\s?{_SCALE}?\s?(?:dollars|euros|pounds|rupees)\b",
)
PERCENT_RE = re.compile(rf"(?<![\w.,])(?:{_NUM})\s?(?:%|per cent\b|percent\b)")
FULL_DATE_RE = re.compile(
    rf"\b(?:\d{{1,2}}\s(?:{MONTHS})\s\d{{4}}|(?:{MONTHS})\s\d{{1,2}},\s\d{{4}}|(?:{MONTHS})\s\d{{4}}|(?:1[5-9]|20)\d\d-[01]\d-[0-3]\d)\b"
)
YEAR_RE = re.compile(r"(?<![\w$€£¥₹.,/-])(1[5-9]\d\d|20\d\d)(?![\w%]|[.,/-]\d|\s?(?:%|per\s?cent|million|billion|thousand))")
DECADE_RE = re.compile(r"\b(?:(?:early|mid|late)[- ])?(?:1[5-9]\d0|20[0-9]0)s\b")
CENTURY_RE = re.compile(r"\b(?:(?:early|mid|late)[- ])?\d{1,2}(?:st|nd|rd|th)[- ]century\b", re.I)
ERA_RE = re.compile(r"\b(?:World War (?:I{1,3}|One|Two|1|2)|(?:First|Second) World War|Cold War)\b")
ORDINAL_RE = re.compile(r"(?<![\w.,])(\d{1,3}(?:st|nd|rd|th))\s+(?!century\b)([a-z]+)")
COUNT_RE = re.compile(
    rf"(?<![\w$€£¥₹.,])(?P<num>(?:{_NUM})(?:\s(?:{_SCALE}))?|(?:{_WORD_NUMBERS})(?:[- ](?:{_WORD_NUMBERS}))*(?:\s(?:{_SCALE}))?)"
    rf"\s(?P<noun>(?:[A-Za-z][\w'’-]*\s){{0,2}}?[A-Za-z][\w'’-]*)"
)
OPERATION_RE = re.compile(r"\bOp(?:eration|\.)\s+(?P<name>[A-Z][A-Z'’-]{2,}(?:\s[A-Z][A-Z'’-]{2,})?|[A-Z][a-z]{3,}(?:\s[A-Z][a-z]{3,})?)\b")
ACRONYM = r"[A-Z][A-Za-z0-9&-]*[A-Z0-9]"
PAREN_ACRONYM_RE = re.compile(rf"\((?P<acr>{ACRONYM})s?\)")
DASH_EXPANSION_RE = re.compile(rf"\b(?P<acr>{ACRONYM})\s+[–—-]\s+(?:the\s+)?(?P<long>[A-Z][^–—()]{{3,120}}?)\s+[–—-]")
PAREN_EXPANSION_RE = re.compile(rf"\b(?P<acr>{ACRONYM})\s+\((?P<long>[A-Z][^()]{{3,120}})\)")

_CAPITALISED = r"[A-Z](?:[\w'’&-]|\.(?=\w))*"
_NAME_WORD = rf"(?:{_CAPITALISED}|of|and|on|for|in|to|the|&)"
NAME_RE = re.compile(rf"{_CAPITALISED}(?:\s+{_NAME_WORD})*")
_OPERATION_HEADS = ("Mission", "Task Force", "Coalition", "Battle Group", "Battlegroup")
_AGREEMENT_HEADS = ("Agreement", "Accord", "Treaty", "Pact", "Convention", "Protocol", "Declaration", "Charter", "Memorandum",
                    "Plan", "Initiative", "Partnership")  # fmt: skip
_TIME_UNITS = {"year", "years", "month", "months", "week", "weeks", "day", "days", "decade", "decades", "century", "centuries"}
_COUNT_STOP = SMALL_WORDS | {"per", "percent", "cent", "is", "are", "was", "were", "has", "have", "will", "would", "which", "that",
                             "who", "times", "time", "out", "more", "less", "than", "other", "others", "such"}  # fmt: skip
_MONTH_WORDS = set(MONTHS.lower().split("|"))
_OPENERS = {"through", "since", "under", "after", "before", "during", "while", "when", "although", "both", "its", "their", "our",
            "his", "her", "this", "these", "those", "some", "many", "most", "all", "each", "every", "one", "another", "besides"}  # fmt: skip


# --- reading documents ----------------------------------------------------------


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
    try:
        if path.stat().st_size > MAX_DOCUMENT_BYTES:
            raise DraftError(f"{path.name} is larger than {MAX_DOCUMENT_BYTES // 1024 // 1024} MiB")
        data = path.read_bytes()
    except OSError as exc:
        raise DraftError(f"{path}: {exc.strerror or exc}") from None
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = data.decode("cp1252", errors="replace")
    return parse_document(text, path.name)


def parse_document(text: str, name: str = "document.txt") -> Document:
    """Detect the format (WordPress JSON, HTML, Markdown, plain text) and split into blocks."""
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


@dataclass(frozen=True, slots=True)
class Sentence:
    text: str
    locator: str
    index: int  # position in the document, for ordering


def sentences(document: Document) -> Iterator[Sentence]:
    """Every sentence of every paragraph with its "heading, para N" locator."""
    has_headings = any(b.kind == "heading" for b in document.blocks[1:])
    heading = "Introduction" if has_headings else ""
    paragraph = 0
    index = 0
    for position, block in enumerate(document.blocks):
        if block.kind == "heading":
            if position == 0 and block.text == document.title:
                continue  # the title: what follows it is the introduction
            heading, paragraph = block.text, 0
            continue
        paragraph += 1
        locator = f"{heading}, para {paragraph}" if heading else f"para {paragraph}"
        for text in split_sentences(block.text):
            index += 1
            yield Sentence(text, locator, index)


def split_sentences(text: str) -> list[str]:
    out: list[str] = []
    start = 0
    for match in re.finditer(r"(?<=[.!?])[\"”’)]*\s+(?=[\"“‘(]?[A-Z0-9])|\n+", text):
        before = text[start : match.start()].rstrip(".!?\"”’)")
        last = before.split()[-1].lower() if before.split() else ""
        if match.group().strip() == "" and "\n" not in match.group() and (last in ABBREVIATIONS or re.fullmatch(r"[a-z]", last)):
            continue
        out.append(text[start : match.start() + len(match.group().rstrip())].strip())
        start = match.end()
    out.append(text[start:].strip())
    return [s for s in out if len(s.split()) >= 4]


# --- facts --------------------------------------------------------------------------


@dataclass(slots=True)
class Fact:
    kind: str  # year, date, era, money, percent, count, ordinal, operation, mission, agreement, acronym
    category: str
    spans: list[tuple[int, int]]  # where the answer(s) sit in the sentence
    answers: list[str]
    sentence: Sentence
    key: str  # what makes two facts the same fact
    expansion: str = ""  # acronyms: the long form
    noun: str = ""  # counts/ordinals: the word after the number
    siblings: list[tuple[int, int]] = field(default_factory=list)  # other figures of the same kind in the sentence
    context: frozenset[str] = field(default_factory=frozenset)


def _overlaps(span: tuple[int, int], taken: Iterable[tuple[int, int]]) -> bool:
    return any(span[0] < end and start < span[1] for start, end in taken)


def _words(text: str) -> frozenset[str]:
    return frozenset(w for w in re.findall(r"[a-z]{3,}", text.lower()) if w not in COMMON_WORDS and w not in SMALL_WORDS)


def _quantity_key(text: str) -> str | None:
    from studyapp.grading import parse_quantity

    quantity = parse_quantity(_numeric_answer(text))
    if quantity is None:
        return None
    value = f"{quantity.value:.6f}".rstrip("0").rstrip(".")
    return f"{value}{'th' if quantity.ordinal else ''}{'%' if quantity.unit == '%' else ''}"


def _numeric_answer(text: str) -> str:
    """The answer as the grader reads it: spelled-out numbers become digits ("one million" -> "1 million")."""
    from studyapp.grading import parse_quantity

    text = " ".join(text.split())
    text = re.sub(r"^Rs\.?\s?", "INR ", text)
    if not any(c.isdigit() for c in text):
        quantity = parse_quantity(text)
        if quantity is not None:
            scale = {1e3: " thousand", 1e6: " million", 1e9: " billion", 1e12: " trillion"}.get(quantity.scale, "")
            number = quantity.value / (quantity.scale if scale else 1)
            return f"{number:.6f}".rstrip("0").rstrip(".") + scale
    return text


def _name_key(name: str) -> str:
    words = re.findall(r"[a-z0-9]+", name.lower().replace("’", "'"))
    expanded: list[str] = []
    for word in words:
        expanded.extend(KNOWN_ABBREVIATIONS.get(word, word).split())
    return " ".join(w for w in expanded if w not in SMALL_WORDS and w not in ("operation", "op"))


def _is_common(answer: str) -> bool:
    words = [w for w in re.findall(r"[a-z0-9']+", answer.lower()) if w not in SMALL_WORDS]
    return not words or all(w in COMMON_WORDS for w in words)


def match_long_form(short: str, candidate: str) -> str | None:
    """Schwartz & Hearst's rule: the acronym's letters appear in order in the long form, the first at a word start."""
    letters = [c.lower() for c in short if c.isalnum()]
    s, l = len(letters) - 1, len(candidate) - 1
    while s >= 0:
        c = letters[s]
        while l >= 0 and (candidate[l].lower() != c or (s == 0 and l > 0 and candidate[l - 1].isalnum())):
            l -= 1
        if l < 0:
            return None
        l -= 1
        s -= 1
    start = candidate.rfind(" ", 0, l + 1) + 1
    long_form = candidate[start:].strip(" ,;:–—-")
    words = long_form.split()
    if len(words) < 2 or words[0].lower() in SMALL_WORDS or len(words) > len(letters) + 4:
        return None
    if sum(1 for w in words if w[0].isupper()) < max(2, len(words) // 2):
        return None  # "air defence system (NASAMS)": a description, not the expansion
    return long_form


def _category_of_name(name: str) -> str:
    words = set(name.split())
    if any(h in name for h in ("Agreement", "Accord", "Treaty", "Pact", "Convention", "Protocol", "Declaration", "Charter", "Memorandum", "Plan")):
        return "agreement"
    if any(h in name for h in _OPERATION_HEADS) or name.startswith("Operation"):
        return "operation"
    if words & {"Command", "Agency", "Organisation", "Organization", "Centre", "Center", "Alliance", "Committee", "Council",
                 "Mechanism", "Initiative", "Forum", "Force", "Forces", "Service", "Institute", "Ministry", "Department"}:  # fmt: skip
        return "organisation"
    return "concept"


def find_facts(sentence: Sentence) -> list[Fact]:
    """Every fact in one sentence, the most specific reading of each span first."""
    text = sentence.text
    facts: list[Fact] = []
    taken: list[tuple[int, int]] = []
    context = _words(text)

    def add(kind: str, category: str, start: int, end: int, answer: str, key: str, **extra) -> None:
        if _overlaps((start, end), taken):
            return
        taken.append((start, end))
        facts.append(Fact(kind, category, [(start, end)], [answer], sentence, key, context=context, **extra))

    # acronyms with their expansion: "Long Form (LF)", "LF (Long Form)", "LF – the Long Form –"
    for match in PAREN_ACRONYM_RE.finditer(text):
        acronym = match.group("acr")
        before = text[: match.start()].rstrip()
        window = " ".join(before.split()[-(len(acronym) + 5) :])
        long_form = match_long_form(acronym, window)
        if long_form:
            start = before.rfind(long_form)
            add("acronym", _category_of_name(long_form), start, match.end(), acronym, f"acronym:{acronym.upper()}", expansion=long_form)
    for pattern in (DASH_EXPANSION_RE, PAREN_EXPANSION_RE):
        for match in pattern.finditer(text):
            acronym, candidate = match.group("acr"), match.group("long").strip()
            long_form = match_long_form(acronym, candidate)
            if long_form and candidate.startswith(long_form.split()[0]):
                add("acronym", _category_of_name(long_form), match.start(), match.end(), acronym, f"acronym:{acronym.upper()}", expansion=long_form)

    for match in MONEY_RE.finditer(text):
        key = _quantity_key(match.group())
        if key:
            add("money", "figure", match.start(), match.end(), match.group(), f"figure:{key}")
    for match in PERCENT_RE.finditer(text):
        key = _quantity_key(match.group())
        if key:
            add("percent", "figure", match.start(), match.end(), match.group(), f"figure:{key}")
    for match in FULL_DATE_RE.finditer(text):
        add("date", "date", match.start(), match.end(), match.group(), f"date:{_date_key(match.group())}")
    for pattern in (CENTURY_RE, DECADE_RE, ERA_RE):
        for match in pattern.finditer(text):
            add("era", "date", match.start(), match.end(), match.group(), f"date:{_era_key(match.group())}")
    for match in YEAR_RE.finditer(text):
        add("year", "date", match.start(1), match.end(1), match.group(1), f"year:{match.group(1)}")
    for match in ORDINAL_RE.finditer(text):
        noun = match.group(2)
        if noun in COMMON_WORDS - {"anniversary"} and noun not in ("anniversary", "largest", "biggest", "summit", "session", "edition"):
            continue
        key = _quantity_key(match.group(1))
        if key:
            add("ordinal", "figure", match.start(1), match.end(1), match.group(1), f"ordinal:{key}:{noun}", noun=noun)
    for match in COUNT_RE.finditer(text):
        number, noun = match.group("num"), match.group("noun")
        first_noun = noun.split()[0].lower()
        if first_noun in _COUNT_STOP or first_noun in _MONTH_WORDS or _overlaps(match.span("num"), taken):
            continue
        spelled = not any(c.isdigit() for c in number)
        scaled = re.search(_SCALE, number) is not None
        before = text[: match.start()].rstrip().lower()
        approximate = re.search(rf"\b{_APPROX}$", before) is not None
        if spelled and not scaled and not (first_noun in _TIME_UNITS and approximate):
            continue  # "two countries", "one of": not facts
        if not spelled and not scaled and float(number.replace(",", "")) < 10 and first_noun not in _TIME_UNITS:
            continue
        if re.fullmatch(r"1[5-9]\d\d|20\d\d", number):
            continue
        key = _quantity_key(number)
        if key:
            add("count", "figure", match.start("num"), match.end("num"), number, f"count:{key}:{first_noun.rstrip('s')}", noun=noun)

    for match in OPERATION_RE.finditer(text):
        name = match.group("name")
        if _is_common(name) and not name.isupper():
            continue
        add("operation", "operation", match.start("name"), match.end("name"), name, f"name:{_name_key(name)}")
    for match in NAME_RE.finditer(text):
        name = _trim_name(match.group(), at_start=not text[: match.start()].strip(" \"“‘(:"))
        if not name:
            continue
        start = match.start() + match.group().find(name)
        if re.search(r"\b(?:a|an|any|each|every|this|that)\s+$", text[:start], re.I):
            continue  # "a Memorandum of Cooperation": a kind of document, not a named one
        end = start + len(name)
        kind = next((k for k, heads in (("mission", _OPERATION_HEADS), ("agreement", _AGREEMENT_HEADS)) if any(_has_head(name, h) for h in heads)), None)
        if kind is None or len(name.split()) < 2 or _is_common(name) and len(name.split()) < 4:
            continue
        add(kind, _category_of_name(name), start, end, name, f"name:{_name_key(name)}")
    facts.sort(key=lambda f: f.spans[0][0])
    for fact in facts:
        if fact.kind in ("money", "count", "percent"):
            fact.siblings = [o.spans[0] for o in facts if o is not fact and o.kind == fact.kind]
    return _merge_coordinated(facts)


def _date_key(text: str) -> str:
    """"1 July 2025", "July 1, 2025" and "2025-07-01" are one date."""
    if re.fullmatch(r"\d{4}-\d\d-\d\d", text):
        return text
    month = next(m for m in MONTHS.split("|") if m in text)
    numbers = re.findall(r"\d+", text)
    year = next(n for n in numbers if len(n) == 4)
    day = next((n for n in numbers if len(n) <= 2), "")
    return f"{year}-{MONTHS.split('|').index(month) + 1:02d}" + (f"-{int(day):02d}" if day else "")


def _era_key(text: str) -> str:
    """"early 1900s" and "early 20th century" are one period."""
    text = " ".join(text.lower().replace("-", " ").split())
    decade = re.fullmatch(r"((?:early|mid|late) )?(\d\d)00s", text)
    if decade:
        century = int(decade.group(2)) + 1
        return f"{decade.group(1) or ''}{century}th century"
    return text


def _has_head(name: str, head: str) -> bool:
    return re.search(rf"\b{head}\b", name) is not None


def _trim_name(name: str, at_start: bool = False) -> str:
    """Drop what precedes a possessive ("NATO's X" -> "X"), a capitalised sentence opener, articles and trailing connectors."""
    words = name.split()
    possessive = [i for i, w in enumerate(words) if w.endswith(("'s", "’s", "s'", "s’"))]
    if possessive:
        words = words[possessive[-1] + 1 :]
    elif at_start and words and words[0].lower() in SMALL_WORDS | _OPENERS:
        words.pop(0)
    while words and words[0].lower() in SMALL_WORDS:
        words.pop(0)
    while words and words[-1].lower() in SMALL_WORDS:
        words.pop()
    return " ".join(words)


def _merge_coordinated(facts: list[Fact]) -> list[Fact]:
    """"in 1974 and 1998", "World War I and World War II": one question with two gaps."""
    merged: list[Fact] = []
    for fact in facts:
        previous = merged[-1] if merged else None
        if (
            previous is not None
            and previous.kind in ("year", "era")
            and fact.kind == previous.kind
            and len(previous.answers) < 4
            and re.fullmatch(r"\s*(?:,|and|or|,\s*and|&)\s*(?:both\s+)?", fact.sentence.text[previous.spans[-1][1] : fact.spans[0][0]])
        ):
            previous.spans.append(fact.spans[0])
            previous.answers.append(fact.answers[0])
            previous.key += " & " + fact.key
            continue
        merged.append(fact)
    return merged


# --- questions --------------------------------------------------------------------


_NUMERIC_LEADS = {"money": "How much", "percent": "What percentage", "count": "How many", "ordinal": "Which number"}


def _blank(sentence: str, spans: list[tuple[int, int]], answers: list[str] | None = None) -> str:
    out, last = [], 0
    for index, (start, end) in enumerate(spans):
        out.append(sentence[last:start])
        out.append("{{" + answers[index] + "}}" if answers else "____")
        last = end
    out.append(sentence[last:])
    return "".join(out)


MASK = "[another figure]"


def _noun_phrase(after: str) -> str:
    """What a count counts: "40,000 Ukraine personnel since 2014" -> "Ukraine personnel"."""
    words = []
    for word in after.split()[:3]:
        clean = word.strip(",.;:()\"“”")
        if not clean or clean.lower() in _COUNT_STOP | {"since", "until", "across", "over", "under", "who", "whom"}:
            break
        words.append(clean)
        if word != word.rstrip(",.;:)"):  # punctuation ends the phrase
            break
    return " ".join(words)


def question_for(fact: Fact) -> dict | None:
    """One draft question for a fact, or None when no fair question can be made."""
    sentence = fact.sentence.text
    if "{{" in sentence or "}}" in sentence or any("|" in a for a in fact.answers):
        return None
    if fact.kind in ("operation", "mission", "agreement") and _given_away(fact):
        return None
    if fact.kind == "acronym":
        question = {
            "type": "short",
            "category": fact.category,
            "prompt": f"What does {fact.answers[0]} stand for?",
            "answer": fact.expansion,
        }
    elif fact.kind in _NUMERIC_LEADS:
        answer = _numeric_answer(fact.answers[0])
        lead = _NUMERIC_LEADS[fact.kind]
        if fact.kind == "ordinal" and fact.noun == "anniversary":
            lead = "Which anniversary"
        if fact.kind == "count":
            lead = f"How many {_noun_phrase(sentence[fact.spans[0][1]:])}".rstrip()
        blanked = _blank(sentence, fact.spans)
        for other in sorted(fact.siblings, reverse=True):  # the sentence's other figures would give this one away by arithmetic
            shift = 4 - (fact.spans[0][1] - fact.spans[0][0]) if other[0] > fact.spans[0][0] else 0
            blanked = blanked[: other[0] + shift] + MASK + blanked[other[1] + shift :]
        question = {"type": "numeric", "category": fact.category, "prompt": f'{lead}? "{blanked}"', "answer": answer}
    else:
        question = {"type": "cloze", "category": fact.category, "text": _blank(sentence, fact.spans, fact.answers)}
    return question


def _given_away(fact: Fact) -> bool:
    """A name whose every word the rest of the sentence repeats ("Work Plan on X: ... a work plan on x") asks nothing."""
    start, end = fact.spans[0]
    rest = (fact.sentence.text[:start] + " " + fact.sentence.text[end:]).lower()
    words = [w for w in re.findall(r"[a-z0-9]+", fact.answers[0].lower()) if w not in SMALL_WORDS]
    return bool(words) and all(re.search(rf"\b{re.escape(w)}\b", rest) for w in words)


def draft_questions(document: Document) -> list[dict]:
    """Distinct facts of the document as draft questions, in document order."""
    from studyapp.importers import slugify

    questions: list[dict] = []
    kept: list[Fact] = []
    asked: dict[int, dict] = {}  # id(fact) -> its question
    ids: set[str] = set()
    for sentence in sentences(document):
        for fact in find_facts(sentence):
            earlier = _already_asked(fact, kept)
            if earlier is not None:
                _add_alternative(asked[id(earlier)], earlier, fact)
                continue
            question = question_for(fact)
            if question is None:
                continue
            kept.append(fact)
            base = f"{fact.kind}-{slugify(' '.join(fact.answers), 40) or 'fact'}"
            qid, n = base, 2
            while qid in ids:
                qid, n = f"{base}-{n}", n + 1
            ids.add(qid)
            question = {"id": qid, **question}
            question["explanation"] = f'The document says: "{sentence.text}"'
            question["source"] = {"key": "doc", "locator": sentence.locator}
            question["draft"] = True
            asked[id(fact)] = question
            questions.append(question)
    return questions


def _add_alternative(question: dict, earlier: Fact, fact: Fact) -> None:
    """The same fact worded differently ("early 1900s", "early 20th century") becomes an accepted answer."""
    if len(fact.answers) != 1 or len(earlier.answers) != 1 or fact.kind != earlier.kind:
        return
    other = fact.answers[0]
    if other.lower() == earlier.answers[0].lower() or "|" in other or "{" in other or "}" in other:
        return
    if question["type"] == "cloze":
        question["text"] = re.sub(r"\{\{(.*?)\}\}", lambda m: "{{" + m.group(1) + "|" + other + "}}", question["text"], count=1)
    elif question["type"] == "short" and other.lower() != str(question["answer"]).lower():
        question.setdefault("accept", []).append(other)


def _already_asked(fact: Fact, kept: list[Fact]) -> Fact | None:
    """A value or name already drafted counts once per document.

    Repeats of a year or a figure in one document are nearly always the same
    fact told twice (summaries, a second version of the article); the rare
    distinct fact sharing a value is the price of never drafting a duplicate.
    """
    keys = set(fact.key.split(" & "))
    for other in kept:
        if keys & set(other.key.split(" & ")):
            return other
        if fact.kind in ("operation", "mission", "agreement") and other.kind == "acronym" and _name_key(other.expansion) == fact.key[5:]:
            return other
    return None


def draft_pack(document: Document, pack_id: str, source_file: str) -> dict:
    source = {"key": "doc", "title": document.title, "file": source_file}
    if document.date:
        source["date"] = document.date
    return {
        "id": pack_id,
        "title": f"Draft: {document.title}",
        "description": f"Questions drafted from {source_file} by studyapp draft. Check each against the document, reword it, then remove draft: true.",
        "sources": [source],
        "questions": draft_questions(document),
    }


DRAFT_HEADER = """Drafted by `studyapp draft` from {file}.
Every question is marked `draft: true` and is left out of study until you delete that line.
For each one: check it against the document, reword it in your own words, fix the
category, then delete `draft: true` (or the whole question if it is not worth asking)."""
