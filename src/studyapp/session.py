"""A study session: which question comes next, and what happens to an answer.

Data flows one way: question -> answer graded -> review scheduled -> row
committed -> outcome returned to the screen. The answer is on disk before
:meth:`StudySession.answer` returns, so the next question never shows before
the last answer is saved.
"""

from __future__ import annotations

import gc
import heapq
import itertools
import random
import sys
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import field, replace
from datetime import datetime, timedelta
from datetime import time as dt_time
from operator import attrgetter, itemgetter
from typing import TYPE_CHECKING

from studyapp.lean import lean_dataclass
from studyapp.packs import Pack, PackChanged, Question, StudyQuestions
from studyapp.scheduling import LEARNING, RELEARNING, CardState, Plan, Rating, Scheduler, require_aware
from studyapp.store import Store, prepare_json

if TYPE_CHECKING:
    from studyapp.grading import Grade
    from studyapp.records import AnswerOutcome, Committed, PackOverview, SessionSummary

LEARN_AHEAD = timedelta(minutes=20)
"""Like Anki: when nothing else is left, show learning steps due within this."""
FOCUS = "focus"
"""Session mode for chosen questions (the Progress screen's weak spots): every one
of them is asked, in the order given, due or not and whatever the new limit."""


def local_day_start(now: datetime) -> datetime:
    """Midnight of the learner's local day containing ``now``."""
    # Midnight's own UTC offset, not now's: they differ on the day DST starts or ends.
    return datetime.combine(now.astimezone().date(), dt_time()).astimezone()


def shuffle_unsolved(items: Sequence[str], rng: random.Random) -> list[str]:
    """A random order that is never the original one (an order question must not show solved)."""
    shuffled = list(items)
    rng.shuffle(shuffled)
    if len(shuffled) > 1 and shuffled == list(items):
        shuffled.append(shuffled.pop(0))
    return shuffled


def answer_text(question: Question, response: object) -> str:
    """How a response is written to the review log."""
    if question.is_choice:
        return "; ".join(response)  # type: ignore[arg-type]
    if question.type == "truefalse":
        if isinstance(response, bool):
            return "True" if response else "False"
        return str(response)
    if question.type == "cloze":
        return " | ".join(response)  # type: ignore[arg-type]
    if question.type == "order":
        return " → ".join(response)  # type: ignore[arg-type]
    if question.type == "reveal" and isinstance(response, bool):
        return "right" if response else "wrong"  # reveal and rate: what the learner said
    return str(response)


_waiting_answers: list[Iterable[str]] = []
"""Loaded packs' answers for the grader's typo guard, kept until grading is first imported."""


def remember_pack_answers(answers: Iterable[str]) -> None:
    """Tell the grader the loaded packs' answers (another pack's answer is a real name,
    never a typo). If grading is not imported yet, they wait for :func:`grading`:
    a start-up that shows a question need not import it (about 20 ms)."""
    loaded = sys.modules.get("studyapp.grading")
    if loaded is not None:
        loaded.remember_names(answers)
    else:
        _waiting_answers.append(answers)


def forget_waiting_answers() -> None:
    """Drop answers still waiting for the grader (tests start each case from none)."""
    _waiting_answers.clear()


def grading():
    """The ``studyapp.grading`` package, imported on first use, with the answers waiting for it
    handed over first. Every verdict the app gives goes through here (:func:`commit_answer`).
    The package is kept once imported: an ``import`` statement inside a function costs 0.6-2 us
    each time in Python 3.11, and an answer asked for it twice and for ``studyapp.records`` twice."""
    global _grading
    package = _grading
    if package is None:
        import studyapp.grading as package

        _grading = package
    while _waiting_answers:
        package.remember_names(_waiting_answers.pop(0))
    return package


_grading = None
"""``studyapp.grading`` once :func:`grading` has imported it."""
_records = None
"""``studyapp.records`` once :func:`_answer_records` has imported it."""


def _answer_records():
    """``studyapp.records`` (imported on first use: see its docstring), kept once imported, as :func:`grading` keeps its package."""
    global _records
    if _records is None:
        import studyapp.records as module

        _records = module
    return _records


_RATING_OF = {int(rating): rating for rating in Rating}
"""Each rating by its number: ``Rating(n)`` runs the enum's ``__call__`` in Python (about 1 us)."""


TYPED = frozenset({"short", "numeric", "cloze"})
"""Question types whose answer is typed: the ones a learner can overrule ("I was right")."""


def gave_up(question: Question) -> Grade:
    """"I don't know": the answer is shown and the review logged as wrong (Again)."""
    g = grading()
    return g.Grade(False, g.Reason.GAVE_UP, question.display_answer, "", "You chose to see the answer")


def warm_answer_path(scheduler: Scheduler, session: StudySession | None = None, clock: Callable[[], datetime] | None = None) -> None:
    """Import and build what grading and scheduling an answer need (FSRS, the typo
    distance), which start-up leaves out: the study screen calls this in a thread
    while the first question is read, so the first answer is as quick as the rest.
    What it built stays for the session: frozen, so the collector's passes inside an
    answer do not walk it (compiled without the freeze, a new 1.4 ms answer appeared).
    Then the outcomes of ``session``'s question in hand at ``clock()``, which its
    ``prepare`` could not work out before FSRS was built (``StudySession.plan_in_hand``)."""
    _answer_records()  # the answer's records (made on import: 3 ms)

    grading().warm_up()
    scheduler.warm_up()  # builds the FSRS engine
    grading().compile_patterns()  # the grader's patterns, compiled here rather than inside the first answers (its p99)
    gc.freeze()
    plan_in_hand = getattr(session, "plan_in_hand", None)  # a mock sitting has none
    if plan_in_hand is not None and clock is not None:
        plan_in_hand(clock())


YOUNG_ROOM = 350
"""Room left in the collector's young generation below which ``collect_young`` runs its pass now."""


def collect_young() -> None:
    """Run the cyclic collector's pass now if the young generation is within ``YOUNG_ROOM`` objects of its
    threshold, rather than inside the next answer (an answer leaves 10-25 objects more; over the suite's 335
    answers at 1,000 none reached the threshold after this). Called at the end of ``StudySession.prepare``, while
    the question is read. A young pass cost 0.3-0.6 ms there (its objects, the grader's word sets among them, point
    at thousands of older ones spread over the heap) and every tenth a middle one 1-2 ms: one inside an answer put
    it among the slowest 1%. The generation is the one the collector would pick, so no pass is added that it would
    not run soon; nothing runs while the collector is off."""
    if not gc.isenabled():
        return
    young, middle, old = gc.get_count()
    first, second, third = gc.get_threshold()
    if young < first - YOUNG_ROOM:
        return
    gc.collect(2 if old >= third else 1 if middle >= second else 0)


def commit_answer(
    store: Store,
    scheduler: Scheduler,
    question: Question,
    response: object,
    before: CardState | None,
    now: datetime,
    response_ms: int,
    session_id: int | None,
    kind: str,
    *,
    accepted: Sequence[str] = (),
    date_order: str = "dmy",
    give_up: bool = False,
    plan: Plan | None = None,
) -> Committed:
    """The one answer path: grade, schedule with the suggested rating, commit.

    Study sessions and mock exams both go through here, so what is logged for
    an answer never differs between them. ``accepted`` holds the responses the
    learner overruled as right for this question; ``give_up`` logs "I don't know";
    ``plan`` holds the card's four outcomes if they were worked out beforehand (``Scheduler.plan``).
    ``before`` is the card as the caller last saw it; if another terminal has
    answered since, the answer is scheduled from the card as it stands then
    (``Store.record_answer``), and ``Committed`` says which state that was.
    """
    records = _records or _answer_records()  # not at start: see studyapp.records
    new_committed, new_review_record = records.new_committed, records.new_review_record
    g = grading()
    if give_up:
        result = gave_up(question)
        response = ""
    else:
        result = g.grade(question, response, accepted=accepted, date_order=date_order)
    suggested = g.suggested_rating(result)
    rating = _RATING_OF.get(suggested) or Rating(suggested)
    after = scheduler.review(before, rating, now, plan)
    text = answer_text(question, response)
    review_id, recorded = store.record_answer(
        new_review_record(
            pack_id=question.pack_id,
            question_id=question.id,
            category=question.category,
            reviewed_at=now,
            answer=text,
            correct=result.correct,
            reason=str(result.reason),
            rating=int(rating),
            response_ms=int(response_ms),
            state_before=before,
            state_after=after,
            session_id=session_id,
            kind=kind,
        ),
        lambda current: scheduler.review(current, rating, now),
    )
    return new_committed(result, rating, recorded.state_after, review_id, text, recorded.state_before)


def _itself(key: tuple[str, str]) -> tuple[str, str]:
    return key


def _keys_of(pack_id: str, packs: Sequence[Pack]) -> Iterator[tuple[str, str]]:
    """The study questions' keys of ``packs`` (of one id), made as they are read."""
    for pack in packs:
        yield from zip(itertools.repeat(pack_id), pack.study_ids)


def _place_of(packs: Sequence[Pack], question_id: str) -> tuple[Pack, int]:
    """Which of ``packs`` (of one id) has the study question ``question_id`` first, and where."""
    for pack in packs:
        ids = pack.study_ids
        if question_id in ids:
            return pack, ids.index(question_id)
    raise KeyError(question_id)


class _Queue:
    """A session's queue built from whole packs: questions, or where one is (a pack and
    the index of one of its study questions), built when first read: at 100,000
    questions about 3,500 are due, and the first shows before the others are built.

    A question that can no longer be built (:class:`studyapp.packs.PackChanged`: its
    pack's cached copy damaged and the pack file changed since it was loaded) is left
    out of the queue, its reason kept in ``lost`` for the screen to say in a line."""

    __slots__ = ("_items", "lost")

    def __init__(self, items: list) -> None:
        self._items = items
        self.lost: list[str] = []

    def _at(self, index: int) -> Question:
        """The question at ``index``, built if need be (IndexError past the end, as a list)."""
        items = self._items
        while True:
            item = items[index]
            if type(item) is not tuple:
                return item
            pack, at = item
            try:
                item = items[index] = pack.study_question(at)
                return item
            except PackChanged as error:
                del items[index]  # the next one takes its place
                self.lost.append(str(error))

    def __len__(self) -> int:
        return len(self._items)

    def __getitem__(self, index):
        if isinstance(index, slice):
            return list(self)[index]
        return self._at(index)

    def __iter__(self) -> Iterator[Question]:
        index = 0
        while index < len(self._items):
            try:
                question = self._at(index)
            except IndexError:  # the last ones could not be built
                return
            yield question
            index += 1

    def pop(self, index: int = -1) -> Question | None:
        """The question at ``index``, taken out; None if no question there could be built."""
        try:
            question = self._at(index)
        except IndexError:
            return None
        del self._items[index]
        return question

    def insert(self, index: int, question: Question) -> None:
        self._items.insert(index, question)

    def ready(self) -> None:
        """Build the first question still waiting to be built, if it is not yet."""
        if self._items and type(self._items[0]) is tuple:
            try:
                self._at(0)
            except IndexError:
                pass


@lean_dataclass(order=True, slots=True)
class _Learning:
    """A question back within the session (a learning step), ordered by due time."""

    due: datetime
    order: int
    """Ties on due time go in the order they came."""
    question: Question = field(compare=False)


_ORDER = itertools.count()


def _heap(items: list[_Learning]) -> list[_Learning]:
    heapq.heapify(items)
    return items


@lean_dataclass
class StudySession:
    """One sitting: due reviews first, then new questions up to the daily limit."""

    store: Store
    scheduler: Scheduler
    questions: Sequence[Question]
    """The questions to draw from: a list, or the study questions of whole packs
    (:class:`studyapp.packs.StudyQuestions`), of which only the queue's are built."""
    started_at: datetime
    new_limit: int = 20
    mode: str = "study"
    seed: int | None = None
    session_id: int = 0
    outcomes: list[AnswerOutcome] = field(default_factory=list)
    date_order: str = "dmy"
    """How the learner writes all-numeric dates (settings): dmy, mdy or ymd."""
    near: Mapping[tuple[str, str], frozenset[tuple[str, str]]] | None = None
    """Each question's siblings (studyapp.siblings.near_map): kept apart in the queue."""
    open_later: bool = False
    """Leave the session's row (``session_id``) to :meth:`open`, which the first answer calls if no
    one did before: the study screen writes it once the first question is drawn. The first write
    of a process starts a new WAL and waits for two syncs (8 ms here, more on a busy disk)."""

    def __post_init__(self) -> None:
        self.started_at = require_aware(self.started_at)
        self._rng = random.Random(self.seed)
        if isinstance(self.questions, StudyQuestions):
            pack_ids = sorted({pack.id for pack in self.questions.packs if pack.study_ids})
        else:
            pack_ids = sorted(set(map(attrgetter("pack_id"), self.questions)))
        self._pack_ids = pack_ids
        self._states = self.store.card_states(pack_ids)  # read as needed: a session touches few of them
        self._accepted = self.store.accepted_answers(pack_ids)  # "I was right" answers, graded right again
        self._queue = self._build_queue(self.started_at)
        self._learning: list[_Learning] = []
        """Questions back within the session (learning steps), a heap by due time (sorting it on every pick took 12 us)."""
        self._in_hand: Question | None = None
        self._plan: tuple[tuple[str, str], Plan | None] | None = None
        """The last prepared question's key and its four outcomes (``prepare``)."""
        self._compiled = False
        """Whether the answer's statements were compiled (``prepare``, once)."""
        if not self.open_later:
            self.open()

    def open(self) -> int:
        """The session's row in the store, written now if it is not yet (``open_later``)."""
        if not self.session_id:
            self.session_id = self.store.start_session(self.started_at, self._pack_ids, self.mode)
        return self.session_id

    @classmethod
    def for_packs(cls, store: Store, scheduler: Scheduler, packs: Sequence[Pack], now: datetime, **kwargs) -> "StudySession":
        questions = StudyQuestions(packs)
        if kwargs.get("near") is None:
            from studyapp.siblings import near_map

            kwargs["near"] = near_map(packs)
        return cls(store, scheduler, questions, now, **kwargs)

    def _build_queue(self, now: datetime) -> list[Question]:
        states = self._states
        if self.mode == FOCUS:
            self.exam_plans = []
            return [q for q in self.questions if not q.draft]
        if isinstance(self.questions, StudyQuestions) and (self.mode == "mock" or not self.store.has_exams()):
            self.exam_plans = []
            return self._queue_of_packs(now, self.questions.packs)
        planned, planned_new, questions = self._exam_queue(now)
        # Siblings, packs in turn, giveaways apart: see studyapp.study_order.
        from studyapp.study_order import SiblingFilter, by_pack, in_turn, spread, take_new

        day_start = local_day_start(now)
        siblings = SiblingFilter.for_questions(self.store, self.questions, day_start)
        if siblings is not None:  # reviews take a fact's place before new questions do
            planned = siblings.keep(planned)
        # One indexed query for what is due and a few hundred keys at a time for what
        # is new, not a CardState per question: 50 ms instead of 1 s at 100,000. The
        # tuples made on the way hold no cycles: the cyclic GC is not needed meanwhile.
        collecting = gc.isenabled()
        gc.disable()
        try:
            due_at = states.due_at(now)
            due_ids = {question_id for _, question_id in due_at}  # a cheap first test, then the full key
            timed = [(due_at[q.pack_id, q.id], q) for q in questions if q.id in due_ids and (q.pack_id, q.id) in due_at and not q.draft]
            timed.sort(key=itemgetter(0))  # stable: ties stay in question order
            # Most overdue first, whatever the pack: reviews of questions introduced in turn come due mixed.
            due = [q for _, q in timed]
            if siblings is not None:
                due, planned_new = siblings.keep(due), siblings.keep(planned_new)
            room = max(0, self.new_limit - self.store.introduced_since(day_start) - len(planned_new))
            # New questions: each pack in file order, the packs in turn, their order drawn
            # from the seed (not self._rng: that one shuffles choices, and must not shift).
            packs_new = by_pack(questions)
            random.Random(f"packs {self.seed}" if self.seed is not None else None).shuffle(packs_new)

            def candidates():
                return (q for q in in_turn(packs_new) if not q.draft and (q.pack_id, q.id) not in due_at)

            new = take_new(candidates, room, lambda items, limit: states.first_unseen(items, limit, key=attrgetter("key")), siblings)
        finally:
            if collecting:
                gc.enable()
        return spread(planned + due + planned_new + new, self.near)

    def _queue_of_packs(self, now: datetime, packs: Sequence[Pack]) -> list[Question]:
        """``_build_queue`` for the study questions of whole packs with no exam plan: the same
        queue, in the same order, worked out from the packs' ids (``Pack.study_ids``), with
        only the questions it holds built (at 100,000 questions about 3,500 of them, where
        building them all took 150-200 ms of every start). tests/test_lazy_start.py holds the
        two equal."""
        from studyapp.study_order import SiblingFilter, answered_since, in_turn, spread, take_new

        states = self._states
        day_start = local_day_start(now)
        facts = {(pack.id, question_id): fact for pack in packs for question_id, fact in pack.study_facts()}
        siblings = SiblingFilter(answered_since(self.store, day_start), facts) if facts else None
        collecting = gc.isenabled()
        gc.disable()
        try:
            due_at = states.due_at(now)
            due_ids: dict[str, list[str]] = {}
            for pack_id, question_id in due_at:
                due_ids.setdefault(pack_id, []).append(question_id)
            timed: list[tuple[float, int, int]] = []  # due time, the pack's place, the question's place in it
            for place, pack in enumerate(packs):
                here = due_ids.get(pack.id)
                if here:
                    study_ids = pack.study_ids
                    index = dict(zip(study_ids, range(len(study_ids))))
                    timed += [(due_at[pack.id, question_id], place, index[question_id]) for question_id in here if question_id in index]
            timed.sort()  # ties in question order, as the questions come
            places: dict[tuple[str, str], tuple[Pack, int]] = {}  # where each key of the queue is
            due = []
            for _, place, i in timed:
                pack = packs[place]
                key = (pack.id, pack.study_ids[i])
                places[key] = (pack, i)
                due.append(key)
            if siblings is not None:
                due = siblings.keep(due)
            room = max(0, self.new_limit - self.store.introduced_since(day_start))
            # As by_pack groups the questions: a pack's questions together, packs in the order
            # they come (packs of one id joined), each a run of keys made when read.
            groups: dict[str, list[Pack]] = {}
            for pack in packs:
                if pack.study_ids:
                    groups.setdefault(pack.id, []).append(pack)
            packs_new = list(groups.items())
            random.Random(f"packs {self.seed}" if self.seed is not None else None).shuffle(packs_new)

            def candidates():
                return (key for key in in_turn([_keys_of(pack_id, same) for pack_id, same in packs_new]) if key not in due_at)

            new = take_new(candidates, room, lambda items, limit: states.first_unseen(items, limit, key=_itself), siblings, pack_of=itemgetter(0))
            for key in new:
                places[key] = _place_of(groups[key[0]], key[1])
        finally:
            if collecting:
                gc.enable()
        return _Queue([places[key] for key in spread(due + new, self.near, key=_itself)])  # type: ignore[return-value]

    def _exam_queue(self, now: datetime) -> tuple[list[Question], list[Question], list[Question]]:
        """Questions an upcoming exam covers follow its plan (studyapp.exam), not FSRS due dates.

        Returns (planned reviews, planned new questions, the questions no exam covers).
        """
        self.exam_plans: list = []
        if self.mode == "mock" or not self.store.has_exams():  # no exam set: studyapp.exam is not imported
            return [], [], list(self.questions)
        from studyapp.exam import plans_for

        self.exam_plans, free = plans_for(self.store, self.scheduler, self.questions, self._states, now, new_per_day=self.new_limit, predict=True)
        planned = [q for plan in self.exam_plans for q in (*plan.learning, *plan.reviews)]
        return planned, [q for plan in self.exam_plans for q in plan.new], free

    # --- what comes next ---------------------------------------------------

    @property
    def remaining(self) -> int:
        return len(self._queue) + len(self._learning)

    @property
    def answered(self) -> int:
        return len(self.outcomes)

    @property
    def total(self) -> int:
        """Questions in this session: answered, on screen, and still to come."""
        return self.answered + self.remaining + (self._in_hand is not None)

    def state_of(self, question: Question) -> CardState | None:
        return self._states.get(question.key)

    def next_question(self, now: datetime) -> Question | None:
        """The next question, or None when the session is done."""
        self._in_hand = self._pick(require_aware(now))
        return self._in_hand

    def take_lost(self) -> list[str]:
        """Why questions of the queue were left out since this was last asked (a pack's
        cached copy damaged and its file changed since it was loaded: see ``_Queue``)."""
        queue = self._queue
        if not isinstance(queue, _Queue) or not queue.lost:
            return []
        lost, queue.lost = queue.lost, []
        return lost

    def _pick(self, now: datetime) -> Question | None:
        learning = self._learning
        if learning and learning[0].due <= now:
            return heapq.heappop(learning).question
        if self._queue:
            question = self._queue.pop(0)  # None only if none left could be built (_Queue)
            if question is not None:
                return question
        if learning and learning[0].due <= now + LEARN_AHEAD:
            return heapq.heappop(learning).question
        return None

    def prepare(self, question: Question, now: datetime | None = None) -> None:
        """What grading an answer to ``question`` needs whatever the answer is, done while the
        learner reads it (the study screen calls this once the question is drawn). Nothing
        before the grader is loaded: the first question must not wait for its import.
        The card's state is read here too (9 µs at 100,000 questions, taken off the answer);
        the answer still re-reads it inside its write transaction (another terminal). So are
        the four states its ratings would lead to (``Scheduler.plan``, about 40 µs), once FSRS
        is loaded: used if the answer comes on the same day since the card's last review.
        The next question of a queue built from whole packs is built first (``_Queue``), then the
        grader's share (1-2 ms: it walks a wrong answer's paths), the plan and the log's texts
        last, so what the answer reads first is what was touched last."""
        if not self._compiled:  # the answer's statements, once a session (Store.compile_answer_statements)
            self._compiled = True
            self.store.compile_answer_statements()
        if isinstance(self._queue, _Queue):
            self._queue.ready()  # the next question built now, not between this answer and its drawing (20-40 µs)
        loaded = sys.modules.get("studyapp.grading")
        if loaded is not None and question.type in TYPED:
            loaded.prepare(question, self._accepted.get(question.key, ()), self.date_order)
        state = self._states.get(question.key)
        if now is not None and self.scheduler.ready:
            plan = self.scheduler.plan(state, now)
            self._plan = (question.key, plan)
            prepare_json(state, plan.outcomes if plan is not None else ())  # the log's texts of the states, but for the answer's time
        collect_young()

    def plan_in_hand(self, now: datetime) -> None:
        """The four outcomes of the question in hand (``Scheduler.plan``) if it was drawn before FSRS
        was built, when ``prepare`` leaves them to the answer: the session's first question, whose
        answer took 0.2-0.25 ms longer for its review and its feedback's intervals. Called from the
        warm-up thread (``warm_answer_path``); a plan is used only for the question and the state it
        was made for (``_plan_for``, ``Plan.fits``), so an answer given meanwhile is scheduled as before."""
        question = self._in_hand
        if question is None or not self.scheduler.ready or self._plan_for(question.key) is not None:
            return
        plan = self.scheduler.plan(self._states.get(question.key), require_aware(now))
        if self._in_hand is question:
            self._plan = (question.key, plan)

    def shuffled(self, items: Sequence[str]) -> list[str]:
        """Items in a fresh random order (choices, order questions)."""
        return shuffle_unsolved(items, self._rng)

    # --- answering ---------------------------------------------------------

    def answer(self, question: Question, response: object, now: datetime, response_ms: int = 0, *, give_up: bool = False) -> AnswerOutcome:
        """Grade, schedule and commit one answer; returns what the feedback shows."""
        now = require_aware(now)
        before = self._states.get(question.key)
        kind = "mock" if self.mode == "mock" else "study"
        plan = self._plan_for(question.key)
        committed = commit_answer(
            self.store, self.scheduler, question, response, before, now, response_ms, self.session_id or self.open(), kind,
            accepted=self._accepted.get(question.key, ()), date_order=self.date_order, give_up=give_up, plan=plan,
        )  # fmt: skip
        result, suggested, after, review_id = committed.grade, committed.rating, committed.after, committed.review_id
        before = committed.before  # another terminal may have moved the card since this session read it
        outcome = (_records or _answer_records()).new_answer_outcome(
            question=question,
            response=committed.text,
            grade=result,
            rating=suggested,
            suggested=suggested,
            review_id=review_id,
            state_before=before,
            state_after=after,
            intervals=self.scheduler.preview(before, now, given=(suggested, after), plan=plan),
            answered_at=now,
        )
        self._in_hand = None
        self._settle(outcome)
        self.outcomes.append(outcome)
        return outcome

    def give_up(self, question: Question, now: datetime, response_ms: int = 0) -> AnswerOutcome:
        """"I don't know": show the answer without one typed, logged as wrong (Again)."""
        return self.answer(question, "", now, response_ms, give_up=True)

    def can_overrule(self, outcome: AnswerOutcome) -> bool:
        """"I was right" is offered on a wrong verdict of a typed answer (not on "I don't know")."""
        return (
            not outcome.grade.correct
            and outcome.grade.reason is not grading().Reason.GAVE_UP
            and outcome.question.type in TYPED
            and bool(outcome.response.strip())
        )

    def overrule(self, outcome: AnswerOutcome, now: datetime) -> AnswerOutcome:
        """"I was right": the review becomes right (rated Good from the same state) and
        the response is accepted for this question from now on, on this machine."""
        if not self.can_overrule(outcome):
            raise ValueError("only a wrong verdict on a typed answer can be overruled")
        rating = Rating.GOOD
        after = self.scheduler.review(outcome.state_before, rating, outcome.answered_at, self._plan_for(outcome.question.key))
        self.store.overrule_review(outcome.review_id, int(rating), after, require_aware(now))
        g = grading()
        grade_now = g.Grade(
            True, g.Reason.OVERRULED, outcome.grade.expected, outcome.grade.given,
            "Marked right by you: this answer will be accepted next time", outcome.grade.parts,
        )  # fmt: skip
        changed = replace(outcome, grade=grade_now, rating=rating, suggested=rating, state_after=after)
        self._accepted.setdefault(outcome.question.key, []).append(outcome.response)
        self._learning = _heap([item for item in self._learning if item.question.key != outcome.question.key])
        self._settle(changed)
        index = next(i for i in range(len(self.outcomes) - 1, -1, -1) if self.outcomes[i].review_id == outcome.review_id)
        self.outcomes[index] = changed
        return changed

    def rerate(self, outcome: AnswerOutcome, rating: Rating) -> AnswerOutcome:
        """Replace the rating of the last answer (before moving on)."""
        if rating == outcome.rating:
            return outcome
        after = self.scheduler.review(outcome.state_before, rating, outcome.answered_at, self._plan_for(outcome.question.key))
        self.store.amend_rating(outcome.review_id, int(rating), after)
        changed = replace(outcome, rating=rating, state_after=after)
        self._learning = _heap([item for item in self._learning if item.question.key != outcome.question.key])
        self._settle(changed)
        index = next(i for i in range(len(self.outcomes) - 1, -1, -1) if self.outcomes[i].review_id == outcome.review_id)
        self.outcomes[index] = changed
        return changed

    def undo(self, now: datetime) -> AnswerOutcome | None:
        """Take back the last answer still standing; its question is asked next.

        The card returns to its state before that answer (in the store and
        here), and the log keeps the undo as an event. Call repeatedly to undo
        several answers, newest first. Returns the outcome undone, or None.
        """
        if not self.outcomes:
            return None
        outcome = self.outcomes[-1]
        self.store.undo_review(outcome.review_id, require_aware(now))
        self.outcomes.pop()
        key = outcome.question.key
        if outcome.grade.reason is grading().Reason.OVERRULED and outcome.response in self._accepted.get(key, ()):
            self._accepted[key].remove(outcome.response)  # the store forgot it with the undo
        restored = self.store.card(*key)
        if restored is None:
            self._states.pop(key, None)
        else:
            self._states[key] = restored
        self._learning = _heap([item for item in self._learning if item.question.key != key])
        if self._in_hand is not None:
            self._queue.insert(0, self._in_hand)
            self._in_hand = None
        self._queue.insert(0, outcome.question)
        return outcome

    def _plan_for(self, key: tuple[str, str]) -> Plan | None:
        """The prepared outcomes, if they were worked out for this question (the scheduler checks they fit its state and day)."""
        return self._plan[1] if self._plan is not None and self._plan[0] == key else None

    def _settle(self, outcome: AnswerOutcome) -> None:
        after = outcome.state_after
        self._states[outcome.question.key] = after
        if after.state in (LEARNING, RELEARNING) and after.due - outcome.answered_at <= LEARN_AHEAD:
            heapq.heappush(self._learning, _Learning(after.due, next(_ORDER), outcome.question))

    # --- the end -----------------------------------------------------------

    def finish(self, now: datetime) -> SessionSummary:
        now = require_aware(now)
        self.store.end_session(self.open(), now)
        by_category: dict[str, list[int]] = {}
        for outcome in self.outcomes:
            entry = by_category.setdefault(outcome.question.category, [0, 0])
            entry[0] += int(outcome.grade.correct)
            entry[1] += 1
        pack_ids = self._pack_ids
        tomorrow_end = local_day_start(now) + timedelta(days=2)
        due_tomorrow = self.store.due_count(tomorrow_end, pack_ids)
        from studyapp.records import SessionSummary

        return SessionSummary(
            answered=self.answered,
            correct=sum(1 for o in self.outcomes if o.grade.correct),
            by_category={k: (v[0], v[1]) for k, v in sorted(by_category.items())},
            duration=max(now - self.started_at, timedelta(0)),  # the clock may have moved back
            next_due=self.store.next_due(now, pack_ids),
            due_tomorrow=due_tomorrow,
        )


def overview(store: Store, packs: Sequence[Pack], now: datetime) -> list[PackOverview]:
    """Home-screen counts per pack: total, never seen, due now, accuracy."""
    from studyapp.records import PackOverview

    now = require_aware(now)
    reviews = store.pack_reviews()  # accuracy; seen and due are counted below, against today's questions
    # Card due times streamed from SQL in pack order and counted against one pack's
    # questions at a time: not a CardState per card (10x faster at 100,000 questions)
    # nor the keys of them all at once (8 MB more at the peak).
    by_id = {pack.id: pack for pack in packs}
    seen = dict.fromkeys(by_id, 0)
    due = dict.fromkeys(by_id, 0)
    stamp = now.timestamp()
    current, ids = None, None
    for pack_id, question_id, when in store.due_times():
        if pack_id != current:
            current = pack_id
            ids = set(by_id[pack_id].study_ids) if pack_id in by_id else None
        if ids is not None and question_id in ids:
            seen[pack_id] += 1
            due[pack_id] += when <= stamp
    rows = []
    for pack in packs:
        total = len(pack.study_ids)
        done = reviews.get(pack.id)
        accuracy = (done[1] / done[0]) if done else None
        rows.append(PackOverview(pack, total, total - seen[pack.id], due[pack.id], accuracy))
    return rows

