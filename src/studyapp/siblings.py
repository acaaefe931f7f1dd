"""Siblings: questions about the same fact, which give away each other's answers.

Two kinds, as in Anki (where the cards of one note are siblings):

- declared: questions with the same ``fact:`` key (in any pack) are siblings;
- probable: one question's answer appears, word for word (case and
  punctuation aside), in the other's prompt, text, right choices, items or
  answer (a shared answer is the simplest case). ``studyapp validate`` warns
  about these so the author adds a ``fact:`` key; sessions keep them apart and
  mock exams never ask both.

When both questions carry a ``fact:`` key the keys decide what validate says:
different keys mean "not the same fact" and no warning. Sessions and mock
exams still keep probable siblings apart whatever their keys (``Pack.near``).

Finding probable siblings is an index lookup, not a comparison of every pair:
each question's answer keys go in a dict, and every run of up to
``MAX_KEY_WORDS`` words of every question's text is looked up in it: about
30 ms per 1,000 questions, paid when a pack is loaded, not when it is studied.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

from studyapp.packs import GAP_PATTERN, Pack, Problem, Question, display_path

MAX_KEY_WORDS = 8
"""Answers longer than this (in words) are not looked for in other questions' text."""
COMMON_SHARE = 0.2
"""An answer found in the text of more than this share of a pack's questions (and
more than MIN_COMMON of them) is the pack's subject, not a giveaway: ``Canada`` in
a pack about Canada."""
MIN_COMMON = 6
MAX_HOLDERS = 12
"""However large the pack, an answer found in more questions than this is common."""
_WORD = re.compile(r"[^\W_]+(?:[.,'’][^\W_]+)*")
"""A word, or a number with its inner points and commas (``9.7``, ``40,000``)."""
_ASCII_WORD = re.compile(r"[A-Za-z0-9]+(?:[.,'][A-Za-z0-9]+)*")
r"""``_WORD`` for ASCII text (a third faster: ranges, not Unicode categories): on ASCII
characters ``[^\W_]`` is exactly ``[A-Za-z0-9]``."""


def _findall_words(text: str) -> list[str]:
    return (_ASCII_WORD if text.isascii() else _WORD).findall(text)


_CURRENCIES = frozenset("c us ca usd cad eur inr rs".split())
_ARTICLES = frozenset(("the", "a", "an"))
_NUMBER = re.compile(r"^[\d.,]+(?:st|nd|rd|th)?$")
_STOP = frozenset(
    "the a an and or of in on at to for by with from as is are was were be been it its this that these those "
    "not no yes true false one two three four five six seven eight nine ten first second third other others "
    "only all both none each more less than some any which what who when where how why year years according "
    "document article says said".split()
)
"""Answers made only of these words say nothing about a fact; nor do these words
shared by two questions (the context a one-word answer needs)."""


def words_of(text: str) -> list[str]:
    """Text as the words compared here: case folded, punctuation gone, ``&`` as
    ``and``, and currency letters before a number dropped (``C$38.6 billion`` is
    ``38.6 billion``). Simpler than grading's normalise, and several times faster:
    loading a pack runs this over every question."""
    words = _findall_words(text.casefold().replace("&", " and "))
    if not _CURRENCIES.isdisjoint(words):
        words = [w for i, w in enumerate(words) if not (w in _CURRENCIES and i + 1 < len(words) and words[i + 1][0].isdigit())]
    return words


def answer_keys(question: Question) -> tuple[str, ...]:
    """The normalised answers of a question worth looking for elsewhere.

    A key must say something on its own: at least four characters, not only
    common words, and a number needs four digits (a year, ``9.7 billion``) or
    words with it (``65th anniversary`` is kept, ``3`` is not).
    """
    q = question
    if q.type in ("short", "numeric", "reveal"):
        raw = [str(q.answer)]
    elif q.type == "choice":
        raw = list(q.answer)
    elif q.type == "cloze":
        raw = _gap_keys(q)
    else:  # truefalse and order have no answer another question could show
        return ()
    keys = []
    for text in raw:
        words = words_of(text)
        while len(words) > 1 and words[0] in _ARTICLES:
            words = words[1:]
        key = " ".join(words)
        if not words or len(words) > MAX_KEY_WORDS or len(key) < 4 or all(w in _STOP for w in words):
            continue
        if len(words) == 1 and _NUMBER.match(key) and sum(c.isdigit() for c in key) < 4:
            continue
        keys.append(key)
    return tuple(dict.fromkeys(keys))


def _gap_keys(question: Question) -> list[str]:
    """A cloze's gaps as keys. A gap of one common word (lower case: ``airspace``)
    is looked for with the word before and the word after it (``shared airspace``,
    ``airspace and``): alone it would match every text that uses the word."""
    keys = []
    for match in GAP_PATTERN.finditer(question.text):
        gap = match.group(1).split("|")[0].strip()
        if " " in gap or not gap.islower():
            keys.append(gap)
            continue
        before = GAP_PATTERN.sub(lambda m: m.group(1).split("|")[0], question.text[: match.start()]).split()
        after = GAP_PATTERN.sub(lambda m: m.group(1).split("|")[0], question.text[match.end() :]).split()
        if before and before[-1].isalpha() and before[-1].lower() not in _STOP:
            keys.append(f"{before[-1]} {gap}")
        if after and after[0].isalpha() and after[0].lower() not in _STOP:
            keys.append(f"{gap} {after[0]}")
    return keys


def shown_words(question: Question) -> list[str]:
    """Everything a learner reads or is told for a question, as words; parts are
    kept apart by a separator, so no run of words spans two of them."""
    q = question
    parts = [q.prompt, GAP_PATTERN.sub(lambda m: " " + m.group(1).split("|")[0] + " ", q.text) if q.text else ""]
    parts.extend(q.items)
    if q.type in ("short", "numeric", "reveal"):
        parts.append(str(q.answer))
    elif q.type == "choice":  # the right choices only: a distractor names a thing, it does not tell a fact
        parts.extend(q.answer)
    # What words_of does to each part, in one pass: the parts are joined by a word that no
    # folded text holds, which then becomes the separator (the currency rule never reaches
    # past it, as it never reached past the end of a part).
    text = _PART_MARK.join(part.casefold().replace("&", " and ") for part in parts if part)
    if not text:
        return []
    words = _findall_words(text + _PART_MARK)
    if not _CURRENCIES.isdisjoint(words):
        words = [w for i, w in enumerate(words) if not (w in _CURRENCIES and i + 1 < len(words) and words[i + 1][0].isdigit())]
    return words


_SEPARATOR = "Q"
_PART_MARK = f" {_SEPARATOR} "
"""Casefolded text never holds a capital Q (checked over every code point), so the mark
stays the separator: no key (made of casefolded words) holds it, nor starts with it."""


def _grams(words: list[str], starts: dict[str, int]) -> set[str]:
    """The runs of words that could be a key: those starting with a key's first
    word, as long as the longest key starting with it."""
    found: set[str] = set()
    hits = starts.keys() & words
    if not hits:
        return found
    size = len(words)
    index = words.index
    for word in hits:  # a word or two a question: found by list.index, not a loop over every word
        longest = starts[word]
        start = -1
        for _ in range(words.count(word)):
            start = index(word, start + 1)
            for end in range(start + 1, min(size, start + longest) + 1):
                found.add(" ".join(words[start:end]))
    return found


def probable_pairs(questions: Sequence[Question], decided: bool = True) -> dict[tuple[int, int], str]:
    """Pairs (i, j), i < j, of indexes into ``questions`` that are probable siblings,
    each with the answer that links them.

    One question's answer key must appear in the other's text. A key of one
    word (``NATO``, ``Iraq``) names a thing, not a fact, so it counts only if
    the two questions also share another uncommon word; any key needs two such
    words when the questions come from different packs (documents): there a
    shared year or phrase is more often a coincidence than one fact.
    With ``decided``, pairs whose questions both have a ``fact:`` key are left
    out: the keys decide (validate's warnings); without, every pair is kept
    (what sessions and mock exams keep apart).
    """
    keyed: dict[str, list[int]] = {}
    for index, question in enumerate(questions):
        for key in answer_keys(question):
            keyed.setdefault(key, []).append(index)
    if not keyed:
        return {}
    starts: dict[str, int] = {}
    for key in keyed:
        words_of_key = key.split()
        starts[words_of_key[0]] = max(starts.get(words_of_key[0], 0), len(words_of_key))
    # What is common is judged within each pack (document): NORAD in a pack about NORAD.
    sizes: dict[str, int] = {}
    for question in questions:
        sizes[question.pack_id] = sizes.get(question.pack_id, 0) + 1
    limits = {pack: max(MIN_COMMON, min(COMMON_SHARE * size, MAX_HOLDERS)) for pack, size in sizes.items()}
    found_in: dict[str, list[int]] = {}
    shown_count: dict[tuple[str, str], int] = {}
    texts: list[list[str]] = []
    for index, question in enumerate(questions):
        text = shown_words(question)
        texts.append(text)
        for gram in _grams(text, starts):
            if gram in keyed:
                found_in.setdefault(gram, []).append(index)
                shown_count[gram, question.pack_id] = shown_count.get((gram, question.pack_id), 0) + 1
    # Each question's uncommon-word test needs every question's content words and their
    # counts per pack: worked out on first need (a pair on a one-word key, or across packs).
    words: list[frozenset[str]] = []
    frequency: dict[str, Counter[str]] = {}
    """Per pack, the number of its questions that show each word."""

    def uncommon(word: str, *packs: str) -> bool:
        return all(frequency[pack][word] <= limits[pack] for pack in packs)

    pairs: dict[tuple[int, int], str] = {}
    for key in sorted(found_in, key=lambda k: (-len(k), k)):  # the longest key names a pair
        holders, owners = found_in[key], keyed[key]
        if len(holders) == 1 and owners == holders:
            continue  # found only in the text of the question it answers
        single = " " not in key
        number = single and _NUMBER.match(key) is not None
        key_words = set(key.split())
        for other in holders:
            b = questions[other]
            if shown_count[key, b.pack_id] > limits[b.pack_id]:
                continue
            for owner in owners:
                a = questions[owner]
                if other == owner:
                    continue
                pair = (owner, other) if owner < other else (other, owner)
                if pair in pairs or (decided and a.fact and b.fact):
                    continue
                # A year in one document is likely one event; across documents, a coincidence.
                across = a.pack_id != b.pack_id
                needed = 2 if across else 1 if single and not number else 0
                if needed:
                    if not words:
                        words = _content_words(texts)
                        for pack in sizes:
                            frequency[pack] = Counter()
                        for q, content in zip(questions, words):
                            frequency[q.pack_id].update(content)
                    if sum(w not in key_words and uncommon(w, a.pack_id, b.pack_id) for w in words[owner] & words[other]) < needed:
                        continue
                pairs[pair] = key
    return pairs


def _content_words(texts: list[list[str]]) -> list[frozenset[str]]:
    """Each question's words that can tie two questions: not common, four letters or more."""
    return [frozenset([w for w in set(text).difference(_STOP) if len(w) >= 4]) for text in texts]


def warnings(packs: Sequence[Pack]) -> list[Problem]:
    """``validate``'s probable-sibling warnings for ``packs`` checked together: one per pair
    without a shared ``fact:`` key, at the later question, naming both with file and line.

    Pairs within a pack come from ``Pack.near`` (in the pack cache); pairs across
    packs are looked for when all together hold at most ACROSS_LIMIT questions.
    """
    paths = {pack.id: display_path(pack.path) for pack in packs}
    pairs: list[tuple[Question, Question, str]] = []
    for pack in packs:
        keyed = {i for i, _ in pack.facts}
        named = [(i, j, key) for i, j, key in pack.near if not (i in keyed and j in keyed)]
        if named:  # only these questions are built (a cached pack builds each when asked for)
            wanted = sorted({i for i, _, _ in named} | {j for _, j, _ in named})
            built = dict(zip(wanted, pack.questions_at(wanted)))
            pairs.extend((built[i], built[j], key) for i, j, key in named)
    if len(packs) > 1 and sum(len(pack.ids) for pack in packs) <= ACROSS_LIMIT:
        everything = [q for pack in packs for q in pack.questions]
        for (i, j), key in sorted(probable_pairs(everything).items()):
            if everything[i].pack_id != everything[j].pack_id:
                pairs.append((everything[i], everything[j], key))
    problems = []
    for a, b, key in pairs:
        where = f"{paths[a.pack_id]}:{a.line}"
        other = f"'{a.id}' ({where})" if a.pack_id == b.pack_id else f"'{a.pack_id}/{a.id}' ({where})"
        message = f'probable sibling of {other}: both turn on "{key}"; give both the same fact: key (or each its own)'
        problems.append(Problem(paths[b.pack_id], b.line, message, b.id, "warning"))
    return problems


ACROSS_LIMIT = 5_000
"""Up to this many questions, validate and mock exams also look for probable siblings
across packs (10 ms for 250 questions, about 0.15 s for 5,000); beyond, within packs
and ``fact:`` keys only."""


def near_map(packs: Sequence[Pack], across: bool = False) -> dict[tuple[str, str], frozenset[tuple[str, str]]]:
    """Each question's siblings by key: the questions sharing its ``fact:`` key in any of
    ``packs``, its probable siblings in its own pack (``Pack.near``, worked out on
    loading) and, with ``across`` (mock exams), in other packs. Only questions that
    have siblings are in it."""
    found: dict[tuple[str, str], set[tuple[str, str]]] = {}

    def link(a: tuple[str, str], b: tuple[str, str]) -> None:
        found.setdefault(a, set()).add(b)
        found.setdefault(b, set()).add(a)

    by_fact: dict[str, list[tuple[str, str]]] = {}
    for pack in packs:  # by the packs' ids: a session's start builds no question for this
        pack_id, ids = pack.id, pack.ids
        for i, j, _ in pack.near:
            link((pack_id, ids[i]), (pack_id, ids[j]))
        for i, fact in pack.facts:
            by_fact.setdefault(fact, []).append((pack_id, ids[i]))
    for keys in by_fact.values():
        for index, key in enumerate(keys):
            for other in keys[index + 1 :]:
                link(key, other)
    if across and len(packs) > 1 and sum(len(pack.ids) for pack in packs) <= ACROSS_LIMIT:
        everything = [q for pack in packs for q in pack.questions]
        for i, j in probable_pairs(everything, decided=False):
            if everything[i].pack_id != everything[j].pack_id:
                link(everything[i].key, everything[j].key)
    return {key: frozenset(others) for key, others in found.items()}
