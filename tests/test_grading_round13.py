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


def _short(prompt: str, answer: str, accept: tuple[str, ...] = ()) -> SimpleNamespace:
    return SimpleNamespace(type="short", prompt=prompt, answer=answer, accept=accept, unit=None, tolerance=None, explanation="", category=None)


def test_a_short_surnames_slip_needs_another_word_of_the_name_typed():
    togo = _short("Who commanded the Japanese Combined Fleet at the Battle of Tsushima?", "Tōgō Heihachirō", ("Admiral Togo", "Heihachiro Togo"))
    assert not grade(togo, "Tojo").correct  # another man (Hideki Tojo), not a slip
    assert grade(togo, "Togo").correct and grade(togo, "Heihachiro Tojo").correct
    assert grade(_short("Which battle ended Italy's first invasion of Ethiopia?", "Battle of Adwa"), "Adowa").correct  # no person asked


def test_people_counted_by_another_word_for_them_or_by_what_befell_them():
    charge = _short("How many cavalry rode in the Charge of the Light Brigade?", "675 horsemen")
    for said in ("about 675 riders", "I think it was 675 men", "675 cavalrymen"):
        assert grade(charge, said).correct, said
    assert not grade(charge, "675 tanks").correct and not grade(charge, "675 guns").correct
    wounded = _short("How many were wounded?", "38 wounded")
    assert grade(wounded, "38 men wounded").correct and not grade(wounded, "38 killed").correct
    alma = _short("How many British soldiers were killed at the Alma?", "597 killed")
    assert grade(alma, "597 British dead").correct and not grade(alma, "597 wounded").correct
    died = _short("How many Allied servicemen died?", "36000 servicemen")
    assert grade(died, "about 36000 dead").correct
    assert not grade(_short("How many Allied servicemen served?", "36000 servicemen"), "about 36000 dead").correct
    assert not grade(_short("How many were evacuated?", "3124 people"), "3,124 killed").correct  # the question counts no dead
    assert not grade(_short("How many civilians died?", "26 civilians"), "26 soldiers").correct


def test_a_rate_in_other_units_converts():
    rising = _short("By how much is the Kosi's bed rising?", "1 cm per year")
    assert grade(rising, "10 mm per year").correct and grade(rising, "10 mm/yr").correct
    assert not grade(rising, "1 cm per day").correct and not grade(rising, "1 mm per year").correct and not grade(rising, "1 cm").correct
    assert not grade(_short("How far is it?", "40,000 km"), "40,000 km a year").correct
    flow = _short("What was the peak flow?", "3675 m3/s")
    assert grade(flow, "3675 cumecs").correct and grade(flow, "3,675 m3/sec").correct
    assert not grade(flow, "3675 cusecs").correct and not grade(flow, "3675 litres per second").correct


def test_a_closer_look_refuses_another_length_kind_of_place_or_measure():
    talk = _short("How long did the first interview between Bismarck and Beaconsfield last?", "an hour and a half", ("1.5 hours", "90 minutes"))
    assert not grade(talk, "half an hour").correct
    assert grade(talk, "about an hour and a half").correct and grade(talk, "one and a half hours").correct
    city = _short("To which city did Cheng Qi go?", "Jilin City", ("Jilin",))
    assert not grade(city, "Jilin province").correct and grade(city, "Jilin").correct and grade(city, "Jilin city").correct
    tons = SimpleNamespace(
        type="numeric", prompt="Under the Five-Power Treaty, how many tons of capital ships was the United States allowed?",
        answer="500000", unit="tons", accept=(), tolerance=None, explanation="", category=None,
    )  # fmt: skip
    assert not grade(tons, "500,000 ships").correct and grade(tons, "5 lakh tons").correct
    forts = _short("What were the French not allowed to do with the settlements restored to them?", "fortify them", ("fortify",))
    assert not grade(forts, "they were allowed to fortify them").correct and grade(forts, "to fortify them").correct
