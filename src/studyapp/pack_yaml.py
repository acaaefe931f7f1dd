"""YAML with line numbers, safely: the pack loader's parser.

Split from :mod:`studyapp.packs` so that importing PyYAML (about 17 ms) happens
only when a pack file is actually parsed; a start-up that finds every pack in
the pack cache never needs it.

Three readers, each handing what it does not take to the next: the line reader
(``_from_lines``: the plainest packs, a regular expression per line), the event
builder (``_from_events``: libyaml's events, anything without anchors, tags or
the like), and the line-keeping loaders, whose messages and lines are the
reference. The first two build exactly what the loaders would.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Callable
from typing import Any

import yaml
from yaml.constructor import SafeConstructor
from yaml.resolver import Resolver

from studyapp import packs
from studyapp.packs import PackError, _shown

class _LineDict(dict):
    """A mapping that remembers where it and each of its keys start."""

    __slots__ = ("line", "key_lines")


class _LineLoader(yaml.SafeLoader):
    """SafeLoader that records line numbers and refuses alias bombs."""

    def __init__(self, stream: str) -> None:
        super().__init__(stream)
        self._aliases = 0
        self._nodes = 0

    def compose_node(self, parent, index):  # type: ignore[override]
        self._nodes += 1
        if self._nodes > packs.MAX_NODES:
            raise PackError(self.peek_event().start_mark.line + 1, f"more than {packs.MAX_NODES} YAML values; split the pack into smaller files")
        if self.check_event(yaml.AliasEvent):
            self._aliases += 1
            if self._aliases > packs.MAX_ALIASES:
                event = self.peek_event()
                raise PackError(event.start_mark.line + 1, f"more than {packs.MAX_ALIASES} YAML aliases (alias bomb?)")
        return super().compose_node(parent, index)

    def construct_object(self, node, deep=False):  # type: ignore[override]
        try:
            return super().construct_object(node, deep=deep)
        except (PackError, yaml.YAMLError, RecursionError):
            raise
        except Exception as exc:  # noqa: BLE001
            # PyYAML builds some values itself and lets their errors escape: a
            # timestamp like 2024-13-45, an integer of 5000 digits, ``!!timestamp x``.
            tag = str(node.tag).replace("tag:yaml.org,2002:", "!!")
            detail = f" ({_shown(str(exc))[1:-1]})" if isinstance(exc, ValueError) and str(exc) else ""
            raise PackError(node.start_mark.line + 1, f"YAML error: cannot read {_shown(node.value)} as {tag}{detail}") from None

    def construct_mapping(self, node, deep=False):  # type: ignore[override]
        self._refuse_duplicate_keys(node)
        mapping = _LineDict(super().construct_mapping(node, deep=deep))
        mapping.line = node.start_mark.line + 1
        mapping.key_lines = {}
        for key_node, _ in node.value:
            try:
                mapping.key_lines[key_node.value] = key_node.start_mark.line + 1
            except TypeError:  # unhashable key: reported by validation
                pass
        return mapping


    def _refuse_duplicate_keys(self, node) -> None:
        """PyYAML keeps the last of two equal keys without a word: the first value is lost.
        Keys merged in with ``<<`` may be overridden, as YAML says: only written keys count."""
        if not isinstance(node, yaml.MappingNode):
            return  # "!!set doc": PyYAML's own constructor refuses a scalar, with its line
        first: dict = {}
        for key_node, _ in node.value:
            if key_node.tag == "tag:yaml.org,2002:merge" or not isinstance(key_node, yaml.ScalarNode):
                continue
            key, line = self.construct_object(key_node), key_node.start_mark.line + 1
            try:
                if key in first:
                    raise PackError(line, f"YAML error: duplicate key {_shown(key)} (first at line {first[key]}); one of the two values would be lost")
                first[key] = line
            except TypeError:
                continue  # unhashable: reported by validation


_LineLoader.add_constructor("tag:yaml.org,2002:map", _LineLoader.construct_mapping)

try:
    from yaml._yaml import CParser as _CParser  # libyaml: YAML's scanner and parser in C
except ImportError:  # a PyYAML built without libyaml
    _CParser = None

if _CParser is not None:

    class _FastLineLoader(_CParser, _LineLoader):
        """_LineLoader with libyaml's scanner, parser and composer: several times faster.

        Constructing stays _LineLoader's. The C composer cannot count aliases or
        values as they come, so parse_yaml counts them on the composed nodes and
        leaves anything over a limit, and every other problem, to _LineLoader,
        whose messages and lines are the reference.
        """

        def __init__(self, stream: str) -> None:
            _CParser.__init__(self, stream)
            SafeConstructor.__init__(self)
            Resolver.__init__(self)

else:
    _FastLineLoader = None


def _within_limits(root: yaml.Node) -> bool:
    """At most MAX_NODES values and MAX_ALIASES aliases (see packs), counted in document order
    the way _LineLoader counts them as it composes (an alias is a node met again)."""
    seen: set[int] = set()
    aliases = 0
    stack = [root]
    while stack:
        node = stack.pop()
        if id(node) in seen:
            aliases += 1
            if aliases > packs.MAX_ALIASES:
                return False
            continue
        seen.add(id(node))
        if len(seen) > packs.MAX_NODES:
            return False
        if isinstance(node, yaml.MappingNode):
            stack.extend(child for pair in reversed(node.value) for child in reversed(pair))
        elif isinstance(node, yaml.SequenceNode):
            stack.extend(reversed(node.value))
    return True


MAX_FAST_DEPTH = 1000
"""Deeper than this may be, the C composer is not used: it recurses on the C stack,
and some 40,000 levels crash the process (no RecursionError there)."""
_NOT_BRACKETS = re.compile(r"[^\[\]{}]+")
_BLOCK_PREFIX = re.compile(r"^[ ?:-]+", re.M)


def _shallow(text: str) -> bool:
    """Whether the text cannot nest deeper than MAX_FAST_DEPTH (a cheap upper bound).

    In block style each level starts at a wider column, and only ``- `` and
    ``? `` open levels on the same line, so block depth is bounded by the
    longest run of spaces and indicators starting a line; flow depth by the
    depth of brackets (counted even inside quotes: that only errs on the safe
    side, towards the slower pure-Python parser).
    """
    block = max(map(len, _BLOCK_PREFIX.findall(text)), default=0)
    if block > MAX_FAST_DEPTH // 2:
        return False
    depth = 0
    for bracket in _NOT_BRACKETS.sub("", text):
        if bracket in "[{":
            depth += 1
            if block + depth * 2 > MAX_FAST_DEPTH:
                return False
        elif depth:
            depth -= 1
    return True


class _Unusual(Exception):
    """Something the event builder leaves to the loaders: they decide what it means."""


_EVENT_DEPTH = 64
"""Nesting the event builder takes (a pack needs 5 or 6); deeper goes to the loaders,
which decide what is too deep exactly as before."""
_PLAIN_TAGS = frozenset(f"tag:yaml.org,2002:{name}" for name in ("null", "bool", "int", "float", "timestamp"))
_SHARED_TAGS = frozenset(("tag:yaml.org,2002:null", "tag:yaml.org,2002:bool"))


_EVENT_NAMES = ("StreamStartEvent", "StreamEndEvent", "DocumentStartEvent", "DocumentEndEvent", "AliasEvent", "ScalarEvent", "SequenceStartEvent", "SequenceEndEvent", "MappingStartEvent", "MappingEndEvent")


def _lean_events() -> dict[str, type] | None:
    """Event classes that libyaml's parser can build without running Python code.

    ``CParser.get_event`` builds each event by calling the class it finds in
    ``yaml._yaml`` by name; PyYAML's event classes set their fields in a Python
    ``__init__`` (a third of reading a pack's events: three million at 100,000
    questions). These subclasses take ``BaseException``'s C constructor instead,
    which keeps the arguments as ``args`` in ``__init__``'s order; the fields are
    read from there (and as properties, so any other reader of events in the
    process still sees PyYAML's events). Swapped in only while ``_from_events``
    runs, under a lock; None when the classes cannot be made.
    """
    import inspect

    import yaml.events

    lean: dict[str, type] = {}
    for name in _EVENT_NAMES:
        base = getattr(yaml.events, name)
        namespace: dict[str, Any] = {"__slots__": (), "__repr__": base.__repr__}
        for index, parameter in enumerate(list(inspect.signature(base.__init__).parameters.values())[1:]):
            default = None if parameter.default is inspect.Parameter.empty else parameter.default
            namespace[parameter.name] = property(lambda self, i=index, d=default: self.args[i] if i < len(self.args) else d)
        try:
            lean[name] = type(name, (BaseException, base), namespace)
        except TypeError:  # pragma: no cover - a PyYAML whose events cannot be mixed so
            return None
    return lean


_LEAN_EVENTS = _lean_events() if _CParser is not None else None
_SWAP = threading.Lock()


class _UsingLeanEvents:
    """While inside, ``CParser`` builds the lean events (one parse at a time)."""

    def __enter__(self) -> None:
        import yaml._yaml as cyaml

        _SWAP.acquire()
        self._saved = {name: getattr(cyaml, name) for name in _EVENT_NAMES}
        for name, cls in _LEAN_EVENTS.items():  # type: ignore[union-attr]
            setattr(cyaml, name, cls)

    def __exit__(self, *exc) -> None:
        import yaml._yaml as cyaml

        try:
            for name, cls in self._saved.items():
                setattr(cyaml, name, cls)
        finally:
            _SWAP.release()


def _plain_scalars(resolvers: dict, known: dict[str, Any]) -> Callable[..., Any]:
    """A plain scalar read as PyYAML reads it (its own resolvers and constructors), each value once per file into
    ``known``; a tag beyond the plain ones, or a value PyYAML cannot build, raises ``_Unusual`` (the loaders word it).
    Shared by the event builder and the line reader."""
    from yaml.nodes import ScalarNode

    constructors = _LineLoader.yaml_constructors
    constructor = SafeConstructor()

    def plain(value: str, mark: Any = None) -> Any:
        for tag, regexp in resolvers[value[:1]]:
            if regexp.match(value):
                if tag not in _PLAIN_TAGS:
                    raise _Unusual
                try:
                    result = constructors[tag](constructor, ScalarNode(tag, value, mark, mark))
                except Exception:  # noqa: BLE001 - the loaders word it
                    raise _Unusual from None
                if tag in _SHARED_TAGS:
                    known[value] = result
                return result
        known[value] = value
        return value

    return plain


def _from_events(text: str) -> Any:
    """The document built straight from libyaml's events: what _LineLoader would build
    (``_LineDict`` with its lines, the same values), several times faster, for the
    ordinary pack only.

    PyYAML's constructor walks composed nodes with generators and per-node
    bookkeeping, most of the time of an uncached load. Here each event is looked
    at once. Anything out of the ordinary raises ``_Unusual`` before a value is
    returned, and the loaders below handle the file as before, so every problem
    keeps its message and line: anchors and aliases, tags, merge keys, keys that
    are not scalars, repeated keys, a value PyYAML cannot build, more than one
    document, more than MAX_NODES values, deep nesting.
    """
    if _LEAN_EVENTS is None:
        raise _Unusual
    resolvers = _LineLoader.yaml_implicit_resolvers
    if None in resolvers:  # a resolver for any first character: not the safe loader's
        raise _Unusual
    known: dict[str, Any] = {}
    """Plain scalars a resolver might read (true, 12, no, null, type: ...), read once per file."""
    plain = _plain_scalars(resolvers, known)

    lean = _LEAN_EVENTS
    Scalar, MappingStart, SequenceStart = lean["ScalarEvent"], lean["MappingStartEvent"], lean["SequenceStartEvent"]
    MappingEnd, SequenceEnd = lean["MappingEndEvent"], lean["SequenceEndEvent"]
    with _UsingLeanEvents():
        parser = _CParser(text)
        try:
            get = parser.get_event
            if type(get()) is not lean["StreamStartEvent"]:
                raise _Unusual  # this PyYAML does not build its events by name: not lean
            event = get()
            if type(event) is lean["StreamEndEvent"]:
                return None
            if type(event) is not lean["DocumentStartEvent"]:
                raise _Unusual
            stack: list[tuple] = []
            current: Any = None  # the list or mapping being filled
            key_lines: dict = {}
            is_map = False
            key: Any = _Unusual  # no key yet
            raw = key_line = None
            nodes = 0
            while True:
                event = get()
                kind = type(event)
                nodes += 1
                if kind is Scalar:
                    anchor, tag, implicit, value, mark, _, _ = event.args
                    if anchor is not None or tag is not None:
                        raise _Unusual
                    raw_value = value
                    if implicit[0] and value[:1] in resolvers:
                        value = known.get(value, _Unusual)
                        if value is _Unusual:
                            value = plain(raw_value, mark)
                    if is_map:
                        if key is _Unusual:
                            if value in current:  # a repeated key: the loaders name both lines
                                raise _Unusual
                            key, raw, key_line = value, raw_value, mark.line + 1
                            continue
                        current[key] = value
                        key_lines[raw] = key_line
                        key = _Unusual
                        continue
                    if current is not None:
                        current.append(value)
                        continue
                    break
                if kind is MappingStart or kind is SequenceStart:
                    anchor, tag, _, mark, _, _ = event.args
                    if anchor is not None or tag is not None or (is_map and key is _Unusual) or len(stack) >= _EVENT_DEPTH or nodes > packs.MAX_NODES:
                        raise _Unusual
                    stack.append((current, key_lines, is_map, key, raw, key_line))
                    if kind is MappingStart:
                        current = _LineDict()
                        current.line = mark.line + 1
                        current.key_lines = key_lines = {}
                        is_map, key = True, _Unusual
                    else:
                        current, is_map = [], False
                    continue
                if kind is not MappingEnd and kind is not SequenceEnd:
                    raise _Unusual  # an alias, or a second document
                nodes -= 1  # an end is not a value
                value = current
                current, key_lines, is_map, key, raw, key_line = stack.pop()
                if is_map:
                    current[key] = value
                    key_lines[raw] = key_line
                    key = _Unusual
                elif current is not None:
                    current.append(value)
                else:
                    break
            if nodes > packs.MAX_NODES or type(get()) is not lean["DocumentEndEvent"] or type(get()) is not lean["StreamEndEvent"]:
                raise _Unusual
            return value
        finally:
            parser.dispose()


# --- the line reader: ordinary packs without an object per YAML event ---------------

_ODD = re.compile(r"[\x80-\x9f\u2028\u2029\ud800-\udfff\ufeff\ufffe\uffff]")
"""Beyond ASCII, what no text read here holds: what YAML's reader refuses, its other
line breaks (U+0085, U+2028, U+2029) and the byte order mark. Looked for once in a text
that is not all ASCII, so the classes below need only name ASCII (a class naming ranges
up to U+10FFFF takes ``re`` a quarter of a millisecond to compile; the line's pattern
holds sixty)."""
_DQ = r'"[^\x00-\x1f"\\\x7f]*+(?:\\["\\][^\x00-\x1f"\\\x7f]*+)*+"'
"""A double-quoted scalar on one line; of the escapes only \\" and \\\\."""
_SQ = r"'[^\x00-\x1f'\x7f]*+(?:''[^\x00-\x1f'\x7f]*+)*+'"
_FIRST = r"(?:[$()+./0-9;<=A-Z^_a-z~]|[^\x00-\x7f]|-(?=[0-9.]))"
"""What a plain scalar may start with here: no indicator, no space, no backslash."""
_WORD_START = r"[^\x00-\x20#:\x7f]"
_WORD_RUN = r"[^\x00-\x20:\x7f]*+(?::(?=[^\s])[^\x00-\x20:\x7f]*+)*+"
"""The rest of a word of a plain scalar (in block context): ``:`` only before a non-space;
``#`` too (inside a word it starts no comment)."""
_PLAIN = f"{_FIRST}{_WORD_RUN}(?: +{_WORD_START}{_WORD_RUN})*+"
_FLOW_CHAR = r"[^\x00-\x20,\[\]{}#:\x7f]"
"""In a flow collection a plain scalar holds no ``,[]{}``, ``:`` or ``#`` here."""
_FLOW_PLAIN = f"{_FIRST}{_FLOW_CHAR}*+(?: +{_FLOW_CHAR}++)*+"
_KEY = "[A-Za-z_][A-Za-z0-9_-]{0,127}"
"""A key as a plain word (YAML takes a simple key of at most 1,024 characters)."""
_ITEM = f"{_DQ}|{_SQ}|{_FLOW_PLAIN}"
_FLOW_SEQ = f"\\[ *(?:(?:{_ITEM})(?: *, *(?:{_ITEM}))*)? *\\]"
_FLOW_MAP = f"\\{{ *(?:{_KEY}: +(?:{_ITEM})(?: *, *{_KEY}: +(?:{_ITEM}))*)? *\\}}"
_COMMENT = r"(?:(?:^|(?<= ))#[^\x00-\x1f\x7f]*)?"
_LINE = re.compile(f"^( *)((?:- +)?)(?:({_KEY}):(?: +|$))?({_DQ}|{_SQ}|{_FLOW_SEQ}|{_FLOW_MAP}|{_PLAIN})? *{_COMMENT}$", re.M)
"""One line of an ordinary pack: indentation, a sequence dash, a key, a value on the
same line, a comment. A line of anything else does not match."""
_FLOW_ITEM = re.compile(f"{_DQ}|{_SQ}|{_FLOW_PLAIN}")
_FLOW_PAIR = re.compile(f"({_KEY}): +({_DQ}|{_SQ}|{_FLOW_PLAIN})")
_ESCAPE = re.compile(r"\\(.)")
_BLOCK_HEADERS = tuple(f"{indicator}{chomp}\n" for indicator in "|>" for chomp in ("", "-", "+"))
"""How a block scalar's header usually ends its line (``explanation: >``): such a text
is not read here, and a substring search says so faster than matching its lines."""


def _from_lines(text: str) -> Any:
    """The document read line by line with regular expressions: what ``_from_events``
    builds (``_LineDict`` with its lines, the same values), for the plainest packs only,
    without libyaml's event objects (a third of an uncached load).

    Every line must be one of: blank, a comment, ``key: value``, ``key:`` opening a
    block below it (or holding null), ``- value`` or ``- key: value``, indented as YAML
    wants; a value is a plain scalar on one line, a quoted one on one line (escapes
    only ``\\"`` and ``\\\\``), or a flow list or mapping of those on one line. Plain
    scalars are resolved by PyYAML's own resolvers and constructors, as the event
    builder does. Anything else (block scalars, text over several lines, anchors,
    tags, tabs, other line breaks, repeated keys, ...) raises ``_Unusual`` and the file
    goes to the event builder.
    """
    if any(header in text for header in _BLOCK_HEADERS):
        raise _Unusual  # a block scalar: handed on at once rather than after scanning every line
    if not text.isascii() and _ODD.search(text):
        raise _Unusual
    rows = _LINE.findall(text)
    if len(rows) != text.count("\n") + 1:
        raise _Unusual  # some line is not of the kinds read here
    resolvers = _LineLoader.yaml_implicit_resolvers
    if None in resolvers:
        raise _Unusual
    known: dict[str, Any] = {}
    """Plain scalars a resolver might read (true, 12, no, null, type: ...), read once per file."""
    plain = _plain_scalars(resolvers, known)

    def scalar(raw: str) -> Any:
        first = raw[:1]
        if first == '"':
            raw = raw[1:-1]
            return _ESCAPE.sub(r"\1", raw) if "\\" in raw else raw
        if first == "'":
            return raw[1:-1].replace("''", "'")
        if first in resolvers:
            found = known.get(raw, _Unusual)
            return plain(raw) if found is _Unusual else found
        return raw

    nodes = 0

    def flow(raw: str, line: int) -> Any:
        nonlocal nodes
        if raw[0] == "[":
            items = [scalar(item) for item in _FLOW_ITEM.findall(raw, 1, len(raw) - 1)]
            nodes += 1 + len(items)
            return items
        mapping = _LineDict()
        mapping.line = line
        mapping.key_lines = key_lines = {}
        for raw_key, item in _FLOW_PAIR.findall(raw, 1, len(raw) - 1):
            key = scalar(raw_key)
            if key in mapping:
                raise _Unusual  # a repeated key: the loaders name both lines
            mapping[key] = scalar(item)
            key_lines[raw_key] = line
        nodes += 1 + 2 * len(mapping)
        return mapping

    root = _LineDict()
    stack: list[tuple[Any, int]] = []  # the open block collections above the current one, with their columns
    current: Any = None  # the innermost open block collection: a _LineDict or a list
    at = -1  # its column
    pending: tuple | None = None  # a "key:" with nothing after it: (mapping, key, raw key, line, column)
    for number, (indent, dash, raw_key, value) in enumerate(rows, 1):
        column = len(indent)
        if not dash and column == at and pending is None and raw_key and type(current) is _LineDict:
            pass  # the usual line: another key of the mapping being filled
        else:
            if not raw_key and not dash:
                if value:
                    raise _Unusual  # a scalar alone on its line: more of one above, or a document
                continue  # blank, or a comment
            if pending is not None:
                mapping, key, pending_raw, key_line, key_column = pending
                pending = None
                if column > key_column or (column == key_column and dash):  # the key's block starts here
                    if len(stack) >= _EVENT_DEPTH - 2:
                        raise _Unusual
                    if dash:
                        block: Any = []
                    else:
                        block = _LineDict()
                        block.line = number
                        block.key_lines = {}
                    mapping[key] = block
                    stack.append((current, at))
                    current, at = block, column
                mapping.key_lines[pending_raw] = key_line
                nodes += 1
            elif current is None:
                if column or dash:
                    raise _Unusual
                root.line = number
                root.key_lines = {}
                current, at = root, 0
                nodes += 1
            while at > column or (at == column and not dash and type(current) is list):
                if not stack:
                    raise _Unusual
                current, at = stack.pop()
            if at != column:
                raise _Unusual
            if dash:
                if type(current) is not list:
                    raise _Unusual  # a sequence entry where a key belongs
                if not raw_key:
                    if not value:
                        raise _Unusual  # a dash alone: its entry is on the lines below, or null
                    if value[0] in "[{":
                        current.append(flow(value, number))
                    else:
                        current.append(scalar(value))
                        nodes += 1
                    continue
                if len(stack) >= _EVENT_DEPTH - 2:
                    raise _Unusual
                mapping = _LineDict()
                mapping.line = number
                mapping.key_lines = {}
                current.append(mapping)
                stack.append((current, at))
                current, at = mapping, column + len(dash)
                nodes += 1
            elif type(current) is list:
                raise _Unusual
        key = known.get(raw_key, _Unusual)
        if key is _Unusual:
            key = plain(raw_key) if raw_key[0] in resolvers else raw_key
        if key in current:
            raise _Unusual  # a repeated key: the loaders name both lines
        if not value:
            pending = (current, key, raw_key, number, at)
            current[key] = None  # holds the key's place in order (and repeats are caught)
            nodes += 1
            continue
        first = value[0]
        if first == '"':
            value = value[1:-1]
            current[key] = _ESCAPE.sub(r"\1", value) if "\\" in value else value
        elif first == "[" or first == "{":
            current[key] = flow(value, number)
            nodes -= 1
        else:
            current[key] = scalar(value)
        current.key_lines[raw_key] = number
        nodes += 2
    if current is None:
        raise _Unusual
    if pending is not None:
        pending[0].key_lines[pending[2]] = pending[3]
        nodes += 1
    if nodes > packs.MAX_NODES:
        raise _Unusual
    return root

def parse_yaml(text: str) -> Any:
    """Parse YAML text with safe_load semantics, raising PackError with a line."""
    if _FastLineLoader is not None:
        # No search for characters YAML forbids first (0.2 s at 100,000 questions): libyaml's
        # reader refuses the very set PyYAML's does, and _from_events reads to the stream's end.
        try:
            return _from_lines(text)
        except Exception:  # noqa: BLE001 - _Unusual (or anything else): the event builder reads it
            pass
        try:
            return _from_events(text)
        except Exception:  # noqa: BLE001 - _Unusual, a syntax error or a forbidden character: the loaders below report it
            pass
    if _FastLineLoader is not None and not yaml.reader.Reader.NON_PRINTABLE.search(text) and _shallow(text):
        fast = _FastLineLoader(text)
        try:
            node = fast.get_single_node()
            if node is None:
                return None
            if _within_limits(node):
                return fast.construct_document(node)
        except Exception:  # noqa: BLE001 - whatever went wrong, the reference parser below reports it
            pass
        finally:
            fast.dispose()
    try:
        loader = _LineLoader(text)  # the reader checks for control characters here already
    except yaml.reader.ReaderError as exc:
        raise _unreadable(text, exc) from None
    try:
        return loader.get_single_data()
    except PackError:
        raise
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 1 if mark else 0
        problem = exc.problem or str(exc)
        if isinstance(exc, yaml.constructor.ConstructorError) and "could not determine a constructor" in problem:
            tag = re.search(r"'([^']*)'", problem)
            problem = f"YAML tag not allowed: {tag.group(1).replace('tag:yaml.org,2002:', '!!') if tag else problem}"
        raise PackError(line, f"YAML error: {problem}") from None
    except yaml.reader.ReaderError as exc:
        raise _unreadable(text, exc) from None
    except yaml.YAMLError as exc:
        raise PackError(0, f"YAML error: {exc}") from None
    except RecursionError:
        raise PackError(loader.line + 1, "YAML nested too deeply") from None
    finally:
        loader.dispose()


def _unreadable(text: str, exc: yaml.reader.ReaderError) -> PackError:
    character = exc.character if isinstance(exc.character, int) else ord(exc.character)
    return PackError(text.count("\n", 0, exc.position) + 1, f"YAML error: character {character:#x} is not allowed in YAML text")
