"""Twenty-seventh session: a person named in a cloze gap.

Each right phrasing comes from a blind file already scored and frozen (rounds 447-478); each wrong one is the
near miss a guard must keep wrong.
"""

from __future__ import annotations

from types import SimpleNamespace

from studyapp.grading import grade


def _cloze(text: str, *gaps: str) -> SimpleNamespace:
    return SimpleNamespace(type="cloze", text=text, gaps=tuple((g,) for g in gaps), prompt="", explanation="", category=None)


def test_a_gap_a_title_or_initials_mark_as_a_person_takes_the_surname():
    canterbury = _cloze(
        "The Treaty of Canterbury was signed by British Prime Minister {{Margaret Thatcher}} and French President {{François Mitterrand}}.",
        "Margaret Thatcher", "François Mitterrand",
    )
    assert grade(canterbury, ["Thatcher", "Mitterrand"]).correct
    assert grade(canterbury, ["Thatcher", "Mitterand"]).correct  # a slip in the surname
    assert not grade(canterbury, ["Thatcher", "Chirac"]).correct and not grade(canterbury, ["Margaret", "Mitterrand"]).correct
    everest = _cloze("Captain {{A.S. Cheema}} and Sherpa {{Nawang Gombu}} reached the summit.", "A.S. Cheema", "Nawang Gombu")
    assert grade(everest, ["Cheema", "Nawang Gombu"]).correct and not grade(everest, ["Cheema", "Tenzing"]).correct
    unmarked = _cloze("The flag was raised at {{Port Blair}} and {{Car Nicobar}}.", "Port Blair", "Car Nicobar")
    assert not grade(unmarked, ["Blair", "Nicobar"]).correct  # places, not people
    ship = _cloze("India sent the frigate {{INS Tarkash}} to Yemen.", "INS Tarkash")
    assert not grade(_cloze("The minister met {{Home Ministry}} officials.", "Home Ministry"), ["Ministry"]).correct
    assert grade(ship, ["INS Tarkash"]).correct
