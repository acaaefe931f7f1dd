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


def _numeric(prompt: str, answer: str, unit: str) -> SimpleNamespace:
    return SimpleNamespace(type="numeric", prompt=prompt, answer=answer, unit=unit, accept=(), tolerance=None, explanation="", category=None)


def test_a_count_in_another_word_for_the_same_people_or_things():
    stadium = _numeric("To what capacity was the stadium reduced?", "30,000", "spectators")
    assert grade(stadium, "30,000 people").correct and not grade(stadium, "30,000 soldiers").correct
    boers = _numeric("About how many Boer combatants died?", "7000", "combatants")
    assert grade(boers, "7000 Boer warriors").correct and not grade(boers, "7000 civilians").correct
    assert grade(_numeric("How many missions did the IAF fly?", "3536", "missions"), "3536 sorties").correct
    assert grade(_numeric("How many seaports did the treaty open?", "5", "seaports"), "5 ports").correct
    assert grade(_numeric("How many Victoria Crosses were awarded?", "11", "Victoria Crosses"), "11 VCs").correct
    guns = _numeric("How many pieces of artillery did the British have?", "55", "artillery pieces")
    assert grade(guns, "fifty-five guns").correct and not grade(guns, "55 tanks").correct
    others = _numeric("With how many other members was she to fly out?", "8", "members")
    assert grade(others, "8 others").correct and not grade(others, "9 others").correct
    assert grade(_numeric("How many ounces is a liang?", "2", "ounces"), "2 oz").correct


def test_a_people_named_in_the_question_counted_as_people():
    zulus = _numeric("Roughly how many Zulus attacked Rorke's Drift?", "4000", "Zulus")
    assert grade(zulus, "4,000 warriors").correct and not grade(zulus, "4,000 horses").correct
    russians = _numeric("How many Russians retreated in disorder?", "3000", "Russians")
    assert grade(russians, "3,000 soldiers").correct and not grade(russians, "3,000 guns").correct
    assert grade(_numeric("How many Americans died on the Lusitania?", "128", "Americans"), "128 US citizens").correct


def test_a_time_of_day_in_words():
    dawn = _short("At what time did the last Australians leave Anzac?", "4.10 am")
    assert grade(dawn, "ten past four in the morning").correct and grade(dawn, "ten past four").correct
    assert not grade(dawn, "ten past four in the afternoon").correct and not grade(dawn, "twenty to five").correct
    noon = _short("At what time did Panama assume control of the canal?", "noon")
    for said in ("12 pm", "12 noon", "midday"):
        assert grade(noon, said).correct, said
    assert not grade(noon, "midnight").correct and not grade(noon, "12 am").correct


def test_a_monarch_in_the_language_of_his_court():
    philip = _short("Which King of Spain recognised the Dutch Republic?", "Philip IV")
    assert grade(philip, "Felipe IV").correct and not grade(philip, "Felipe V").correct
    john = _short("Which king of Portugal signed the Treaty of Zaragoza?", "John III")
    assert grade(john, "Joao the Third").correct and grade(john, "João III").correct
    assert not grade(john, "Joao the Second").correct and not grade(john, "Ivan III").correct
    assert grade(_short("Which emperor accepted the Peace of Augsburg?", "Charles V"), "Karl V").correct


def test_a_name_the_public_gives_one_person():
    azad = _short("Which Indian health minister welcomed Sheikh Hasina at Tin Bigha in 2011?", "Ghulam Nabi Azad")
    assert not grade(azad, "Maulana Azad").correct and grade(azad, "Azad").correct
    assert grade(_short("Who was India's first education minister?", "Abul Kalam Azad"), "Maulana Azad").correct
    elector = _short("Which Elector of Brandenburg was defeated at Saint-Germain?", "Frederick William I", ("the Great Elector",))
    assert not grade(elector, "Frederick the Great").correct and grade(elector, "the Great Elector").correct
    assert grade(_short("Who led the Salt March?", "Mohandas Karamchand Gandhi"), "Mahatma Gandhi").correct
    assert not grade(_short("Which emperor?", "Frederick II"), "Frederick the Great").correct  # the emperor, or Frederick of Prussia?
    assert grade(_short("Which king of Prussia?", "Frederick II of Prussia"), "Frederick the Great").correct


def test_a_title_of_rank_or_nobility_before_the_name():
    for said, answer in (("Count Mutsu Munemitsu", "Mutsu Munemitsu"), ("Viceroy Li Hongzhang", "Li Hongzhang"), ("Don Manuel de Godoy", "Manuel de Godoy")):
        assert grade(_short("Who negotiated the treaty?", answer), said).correct, said


def test_a_town_in_its_part_of_a_country_and_a_city_by_its_own_name():
    signed = _short("Where was the Jay Treaty signed?", "London")
    assert grade(signed, "London, England").correct and not grade(signed, "London, Scotland").correct
    assert grade(_short("In which city was the Warsaw Pact's 1985 summit held?", "Warsaw"), "Warszawa").correct
    assert not grade(_short("What was Mumbai called before 1995?", "Bombay"), "Mumbai").correct


def test_a_country_by_its_formal_or_its_leaders_name():
    left = _short("Which country withdrew from the Warsaw Pact in 1968?", "Albania")
    for said in ("the People's Republic of Albania", "Hoxha's Albania"):
        assert grade(left, said).correct, said
    assert not grade(left, "the Kingdom of Yugoslavia").correct
    triple = _short("Which three powers carried out the Triple Intervention?", "Russia, France and Germany")
    assert grade(triple, "the Russian Empire, France and the German Empire").correct
    assert not grade(_short("Which country?", "Italy"), "the Kingdom of Naples").correct


def test_a_year_with_what_happened_then():
    cento = _short("In which year was CENTO dissolved?", "1979")
    assert grade(cento, "in 1979 after the Iranian revolution").correct
    landings = _short("In which year were the Normandy landings?", "1944")
    assert grade(landings, "1944, during World War II").correct and not grade(landings, "1944, during World War I").correct
    operational = _short("In which year did the agreement become operational?", "2013")
    assert not grade(operational, "2013, when it was signed").correct and grade(operational, "2013, when it became operational").correct
    fiji = _short("In which year did Modi first visit Fiji?", "2014")
    assert grade(fiji, "2014, during Modi's visit to Fiji").correct and not grade(fiji, "2014, during Modi's visit to Papua New Guinea").correct


def test_a_coin_without_its_metal_but_never_another_metal():
    dowry = _numeric("How large a dowry was promised with the infanta?", "500,000", "gold écus")
    assert grade(dowry, "500,000 écus").correct and grade(dowry, "five hundred thousand écus").correct
    assert not grade(dowry, "500,000 silver écus").correct and not grade(dowry, "50,000 écus").correct


def test_a_chinese_name_in_wade_giles_or_pinyin():
    envoy = _short("Whom did Zeng Jize succeed as ambassador to Britain?", "Guo Songtao")
    assert grade(envoy, "Kuo Sung-tao").correct and not grade(envoy, "Kuo Sung-lin").correct
    assert grade(_short("Who signed the Panchsheel agreement for China?", "Zhou Enlai"), "Chou En-lai").correct
    prince = _short("Who signed the Convention of Peking?", "Prince Gong")
    assert grade(prince, "Prince Kung").correct and not grade(prince, "Prince Chun").correct
    assert grade(_short("Which emperor fled Beijing in 1860?", "Hsien-feng Emperor"), "the Xianfeng emperor").correct


def test_a_weight_in_pounds_is_not_money():
    tea = _numeric("How many pounds of tea leaves was Starkov given?", "150", "pounds")
    assert grade(tea, "150 lbs").correct and grade(tea, "about 68 kg").correct and not grade(tea, "150 kg").correct
    assert grade(_numeric("How many wagons did the embassy take?", "60", "wagons"), "60 carts").correct
    assert grade(_short("Which country abstained?", "Siam"), "the Kingdom of Siam").correct


def test_a_treaty_or_war_with_its_year():
    bogue = _short("Which earlier treaty did the Treaty of the Bogue supplement?", "Treaty of Nanking")
    assert grade(bogue, "Treaty of Nanking of 1842").correct and grade(bogue, "the Treaty of Nanking (1842)").correct
    act = _short("Under which 18th-century wartime law were Venezuelans deported?", "Alien Enemies Act")
    assert not grade(act, "Alien Enemies Act of 1812").correct and grade(act, "Alien Enemies Act of 1798").correct
    assert not grade(_short("At which NATO summit?", "Lisbon"), "Lisbon in 2012").correct


def test_arms_apart_and_the_half_of_the_day_kept():
    escort = _numeric("How many native infantry formed the escort?", "200", "infantry")
    assert grade(escort, "200 soldiers").correct and not grade(escort, "200 cavalry").correct
    signing = _short("At what time of day was the treaty signed?", "4 o'clock in the afternoon", ("4 o'clock", "4 pm"))
    assert grade(signing, "16:00").correct and not grade(signing, "4 am").correct
