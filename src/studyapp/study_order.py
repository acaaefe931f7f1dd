"""The order of a study queue: siblings buried, packs taken in turn, giveaways kept apart.

The rules, as Anki has them for the cards of one note (studyapp.siblings):

- a fact (``fact:`` key) with a question answered today is *buried*: its other
  questions wait until tomorrow (the answered one itself may come back, as a
  learning step);
- a queue holds at most one question per fact, so once one sibling is answered
  no other is shown that session, and at most one new sibling per fact is
  introduced per day: a fact's questions are spread over days;
- (not Anki's) new questions are taken from the packs in turn, each pack in
  file order, the order of the packs drawn from the session's seed, so
  "everything due" mixes packs; due reviews stay most overdue first, and come
  mixed because their questions were introduced so;
- (not Anki's) probable siblings (``Pack.near``, worked out when the pack was
  loaded) are not placed next to each other where a question a few places
  behind can go between them.

Reviews take a fact's place before new questions do. The Progress screen's
chosen questions (session mode ``focus``) are asked as chosen, siblings or not.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from datetime import datetime
from itertools import islice, zip_longest
from operator import attrgetter

from studyapp.packs import Question

Key = tuple[str, str]
SPREAD_WINDOW = 12
"""How far ahead to look for a question to put between two probable siblings."""


def answered_since(store, since: datetime) -> set[Key]:
    """Questions with an answer standing in the log since ``since`` (study or mock)."""
    # No DISTINCT (the set removes repeats): with it SQLite walked the whole log in
    # reviews_card order to get them sorted, 0.26 s at 100,000 reviews and 4.7 s at a
    # million, on every session start; without it, the day's rows from reviews_time (schema 17).
    rows = store.connection.execute(
        "SELECT pack_id, question_id FROM reviews WHERE reviewed_at >= ? AND undone = 0 AND kind != 'undo'",
        (since.timestamp(),),
    )
    return set(rows)


class SiblingFilter:
    """Admits questions to one queue: one per fact, none of a fact buried today."""

    def __init__(self, answered_today: Iterable[Key], facts: Mapping[Key, str]) -> None:
        self._facts = facts
        self._answered = set(answered_today)
        self._buried = {facts[key] for key in self._answered if key in facts}
        self._taken: set[str] = set()

    @classmethod
    def for_questions(cls, store, questions: Sequence[Question], day_start: datetime) -> SiblingFilter | None:
        """The filter for a session over ``questions``; None when none of them has a fact."""
        facts = {q.key: q.fact for q in questions if q.fact}
        if not facts:
            return None
        return cls(answered_since(store, day_start), facts)

    def may_admit(self, question: Question | Key) -> bool:
        """Whether ``question`` (or the question of a key) could still join (without taking its fact's place)."""
        if type(question) is tuple:  # a key: a session's start reads the packs' ids, not their questions
            key, fact = question, self._facts.get(question)
        else:
            key, fact = question.key, question.fact  # type: ignore[union-attr]
        if not fact or key in self._answered:
            return True
        return fact not in self._buried and fact not in self._taken

    def admit(self, question: Question | Key) -> bool:
        """Take ``question`` (or a key's question) into the queue if its fact allows; its fact is then taken."""
        if not self.may_admit(question):
            return False
        fact = self._facts.get(question) if type(question) is tuple else question.fact  # type: ignore[union-attr]
        if fact:
            self._taken.add(fact)
        return True

    def keep(self, questions: Iterable[Question]) -> list[Question]:
        return [q for q in questions if self.admit(q)]

    def copy(self) -> SiblingFilter:
        """A filter that starts where this one is; what it admits does not count here."""
        twin = SiblingFilter((), self._facts)
        twin._answered, twin._buried, twin._taken = self._answered, self._buried, set(self._taken)
        return twin


def by_pack(questions: Sequence[Question], pack_of: Callable = attrgetter("pack_id")) -> list[list[Question]]:
    """The questions of each pack, in order, packs in the order they first appear.

    A pack's questions come together, so the end of each run is found by galloping
    and bisecting: a few dozen look-ups a pack, not one a question (about 2 ms at 100,000,
    the copy of the questions; 9 ms grouping them one by one).
    Were a pack split into several runs, they are joined; were packs interleaved
    one question at a time, a run's end could be missed, which changes only the
    order in which questions come, never which.
    """
    runs: dict[str, list[Question]] = {}
    size = len(questions)
    start = 0
    while start < size:
        pack_id = pack_of(questions[start])
        inside, beyond, step = start, start + 1, 1
        while beyond < size and pack_of(questions[beyond]) == pack_id:
            inside, step = beyond, step * 2
            beyond = min(size, start + step)
        while beyond - inside > 1:
            middle = (inside + beyond) // 2
            if pack_of(questions[middle]) == pack_id:
                inside = middle
            else:
                beyond = middle
        if pack_id in runs:
            runs[pack_id].extend(questions[start:beyond])
        else:
            runs[pack_id] = list(questions[start:beyond])  # a list, whatever the sequence is
        start = beyond
    return list(runs.values())


def in_turn(groups: Sequence[Sequence[Question]]) -> Iterator[Question]:
    """One question of each group in turn (round-robin), lazily."""
    if len(groups) == 1:
        yield from groups[0]
        return
    for row in zip_longest(*groups):
        for question in row:
            if question is not None:
                yield question


def take_new(
    candidates: Callable[[], Iterable[Question]],
    room: int,
    first_unseen: Callable[[Iterable[Question], int], list[Question]],
    siblings: SiblingFilter | None,
    pack_of: Callable = attrgetter("pack_id"),
) -> list[Question]:
    """The first ``room`` unseen questions of ``candidates()`` (packs in turn) that
    ``siblings`` admits, still in turn once siblings are dropped.

    ``first_unseen`` asks the store which are new (CardStates.first_unseen, which
    remembers the answers). It is asked for more than ``room``, so that a pack
    whose siblings were dropped still has its share; if that is not enough, it
    is asked again for more, from the start. Candidates may be keys (``pack_of`` then
    gives a key's pack id) as well as questions.
    """
    if room <= 0:
        return []
    if siblings is None:
        return first_unseen(candidates(), room)
    want = room * 2 + 8
    while True:
        unseen = first_unseen((q for q in candidates() if siblings.may_admit(q)), want)
        trial = siblings.copy()
        admitted = [q for q in unseen if trial.admit(q)]
        if len(admitted) >= room or len(unseen) < want:
            break
        want *= 4
    chosen = list(islice(in_turn(by_pack(admitted, pack_of)), room))
    for question in chosen:
        siblings.admit(question)
    return chosen


def spread(queue: list[Question], near: Mapping[Key, frozenset[Key]] | None, key: Callable = attrgetter("key")) -> list[Question]:
    """``queue`` with no two probable siblings next to each other, where a question
    at most SPREAD_WINDOW places behind can go between them (it moves up).
    ``key`` gives an item's key (the items may be keys themselves)."""
    if not near or len(queue) < 3:
        return queue
    queue = list(queue)
    for i in range(1, len(queue)):
        before = near.get(key(queue[i - 1]))
        if not before or key(queue[i]) not in before:
            continue
        for j in range(i + 1, min(len(queue), i + 1 + SPREAD_WINDOW)):
            if key(queue[j]) not in before:
                queue.insert(i, queue.pop(j))
                break
    return queue
