"""Thirty-fourth session: rules taken from blind files already scored and frozen (rounds 700-911).

Each right phrasing comes from such a file; each wrong one is the near miss a guard must keep wrong.
"""

from __future__ import annotations

from test_grading_round16 import _numeric, _short

from studyapp.grading import grade, grade_text


def test_a_description_after_the_answer_is_harmless():
    village = _short("From which home village did Kinjikitile disappear in 1904?", "Ngarambe")
    assert grade(village, "Ngarambe, in the Matumbi area").correct
    police = _short("Whose forces fatally wounded Sattar Khan in the Atabak villa?", "Yeprem Khan")
    assert grade(police, "Yeprem Khan, the Tehran police chief").correct
    munitions = _short("Who became Minister of Munitions after the Shell Crisis of 1915?", "David Lloyd George", "Lloyd George")
    assert grade(munitions, "David Lloyd George, later Prime Minister").correct
    erzberger = _short("Who led the German delegation at Compiègne?", "Matthias Erzberger")
    assert grade(erzberger, "Matthias Erzberger, head of the German delegation").correct


def test_a_description_that_makes_a_claim_of_its_own_is_judged():
    city = _short("From which city was the overnight express travelling to Halifax?", "Saint John", "Saint John, New Brunswick")
    assert not grade(city, "Saint John, in Newfoundland").correct  # a province by name: where it lies, and it does not
    eurostat = "Which EU statistical office reported the 2009 drop in EU-India trade?"
    assert not grade_text("Eurostat, the UN's statistical office", "Eurostat", prompt=eurostat).correct  # whose it is
    assert grade_text("Eurostat, the EU's statistical office", "Eurostat", prompt=eurostat).correct
    exercise = _short("Which India-US exercise was held in Rajasthan?", "Yudh Abhyas")
    assert not grade(exercise, "Yudh Abhyas, a maritime drill").correct  # what kind of thing it is, the question does not say
    pope = _short("Who was the humanist elected pope in 1447?", "Tommaso Parentucelli")
    assert not grade(pope, "Tommaso Parentucelli, later Eugene IV").correct  # who he became: a name to judge
    year = _short("In which year was NATO founded?", "1949")
    assert not grade(year, "in 1949, the same year as the UN").correct
    minister = _short("Who succeeded Lloyd George as Minister of Munitions?", "Edwin Samuel Montagu", "Montagu")
    assert not grade(minister, "Montagu, then Addison").correct  # who came next, not what he was


def test_a_formation_or_a_shell_is_not_the_men_counted():
    division = _numeric("Approximately how many men were in the 2nd Portuguese Division?", "20,000", "men")
    assert not grade(division, "20,000 divisions").correct
    assert grade(division, "20,000 soldiers").correct
    shell = _numeric("How many men were killed by the single shell that hit the ferry Iris?", "75", "men")
    assert not grade(shell, "75 shells").correct
    assert grade(shell, "75 killed").correct
    corps = _numeric("How many reserve divisions was Mangin given besides the XXXV Corps?", "5", "divisions")
    assert not grade(corps, "five corps").correct  # "corps" made singular is still a formation
    battalion = _numeric("How strong was the infantry battalion India sent to Katanga?", "850", "soldiers")
    assert grade(battalion, "an 850-strong battalion").correct
    members = _numeric("The armies of how many Warsaw Pact members invaded Czechoslovakia?", "5", "members")
    assert grade(members, "5 Warsaw Pact armies").correct


def test_a_formation_named_with_another_nationality():
    division = _short("Which division crossed the St Quentin Canal on 29 September 1918?", "46th (North Midland) Division", "46th Division")
    assert not grade(division, "46th Canadian Division").correct
    assert grade(division, "the 46th North Midland Division").correct


def test_a_ratio_runs_one_way():
    odds = _short("What numerical superiority did Allenby have where he struck?", "10 to one", "10 to 1", "10:1")
    assert not grade(odds, "1 to 10").correct
    assert grade(odds, "ten to one").correct


def test_more_questions_that_ask_for_a_person():
    assert grade(_short("Of whose commanders-in-chief was Gough a favourite?", "Douglas Haig"), "Haig").correct
    assert grade(_short("Which French reconnaissance aviator found the gun?", "Didier Daurat"), "Daurat").correct
    assert grade(_short("On whose information was Ipatiev summoned to the Ural Soviet?", "Pyotr Voykov"), "Voykov").correct
    assert grade(_short("Which Polish woman was Anna Anderson most likely to have been?", "Franzisca Schanzkowska"), "Schanzkowska").correct
    assert not grade(_short("Which Polish woman was Anna Anderson?", "Franzisca Schanzkowska"), "Anastasia").correct


def test_a_mans_given_name_in_his_own_language():
    writer = _short("Which Russian writer fought at Sebastopol?", "Leo Tolstoy", "Tolstoy")
    assert grade(writer, "Count Lev Tolstoy").correct
    assert grade(_short("Which doctor was shot with the family?", "Yevgeny Botkin"), "Eugene Botkin").correct
    assert not grade(_short("Which doctor was shot with the family?", "Yevgeny Botkin"), "Eugene Bodkin Jr").correct


def test_roman_and_ordinal_flotillas_and_state_abbreviations():
    flotilla = _short("Which flotilla escorted the squadron?", "III Flotilla")
    assert grade(flotilla, "3rd Flotilla").correct
    assert grade(flotilla, "the Third Flotilla").correct
    assert not grade(flotilla, "2nd Flotilla").correct
    town = _short("In which town was Price born?", "Moose Jaw", "Moose Jaw, Saskatchewan")
    assert grade(town, "Moose Jaw, Sask.").correct
    assert not grade(town, "Moose Jaw, Alta.").correct


def test_old_regions_and_english_names_of_regions():
    assert grade_text("Rennes, Brittany", "Rennes", prompt="Where was it signed?").correct  # its département's region
    assert grade_text("Stuttgart, Württemberg", "Stuttgart", prompt="Where was it signed?").correct
    assert not grade_text("Rennes, Normandy", "Rennes", prompt="Where was it signed?").correct


def test_a_clock_answer_written_with_a_colon():
    assert grade_text("5 pm", "17:00", prompt="At what time did the ship sink?").correct
    assert grade_text("noon", "12:00", prompt="At what time did the ship sink?").correct
    assert not grade_text("5 am", "17:00", prompt="At what time did the ship sink?").correct
    assert not grade_text("midnight", "12:00", prompt="At what time did the ship sink?").correct


def test_forms_of_address_before_the_whole_name():
    leader = _short("Who represented China at the Cairo Conference?", "Chiang Kai-shek")
    assert not grade(leader, "Madame Chiang Kai-shek").correct  # his wife
    chaplain = _short("Which chaplain was killed at Ossow?", "Ignacy Skorupka")
    assert grade(chaplain, "Father Ignacy Skorupka").correct
    assert not grade(chaplain, "Father Ignacy Kowalski").correct


def test_a_pack_figure_given_in_words():
    men = _numeric("About how many men took part in Operation Faustschlag?", "half a million", "men")
    assert grade(men, "500,000").correct
    assert grade(men, "5 lakh men").correct
    assert not grade(men, "400,000").correct


def test_another_kind_of_body_in_the_answers_place():
    simon = _short("What was the official name of the Simon Commission?", "Indian Statutory Commission")
    assert not grade(simon, "Indian Statutory Committee").correct
    assert grade(simon, "Indian Statutory Commission").correct
    assert grade_text("World Food Program", "World Food Programme", prompt="Which body?").correct  # one body, two spellings
