"""Thirty-third session: rules taken from blind files already scored and frozen (rounds 764-849).

Each right phrasing comes from such a file; each wrong one is the near miss a guard must keep wrong.
"""

from __future__ import annotations

from types import SimpleNamespace

from test_grading_round16 import _numeric, _short

from studyapp.grading import grade, grade_text


def _explained(question: SimpleNamespace, explanation: str) -> SimpleNamespace:
    return SimpleNamespace(**{**vars(question), "explanation": explanation})


def test_a_rank_before_the_whole_name_is_the_man_asked_for():
    captain = _short("Which captain of the Virginia ordered her destroyed in May 1862?", "Josiah Tattnall", "Tattnall")
    assert grade(captain, "Flag Officer Josiah Tattnall").correct
    assert grade(captain, "Commodore Tattnall").correct
    deputy = _short("Which Orleanist deputy supported a national unity government?", "Adolphe Thiers", "Thiers")
    assert grade(deputy, "Monsieur Adolphe Thiers").correct
    assert not grade(deputy, "Monsieur Louis Thiers").correct  # the form of address does not mend another given name
    governor = _short("Whom did Lieutenant-General Lothar von Trotha replace as military commander in May 1904?", "Theodor Leutwein")
    assert grade(governor, "Major Theodor Leutwein").correct  # the question's rank is von Trotha's, not the answer's
    naval = _short("Who was the Chief of the Naval Staff who marked 100 days of the operation?", "R Hari Kumar")
    assert not grade(naval, "General R Hari Kumar").correct  # an army's rank for the navy's chief
    general = _short("Which Indian general accepted the surrender in Dhaka?", "Jagjit Singh Aurora")
    assert not grade(general, "Lt Col Jagjit Singh Aurora").correct  # the grade the question asks for, read elsewhere
    assert grade(_short("Who succeeded Götzen in office?", "Albrecht von Rechenberg"), "Freiherr Albrecht von Rechenberg").correct


def test_given_names_the_question_says_are_not_the_answers():
    shah = _short("Whom did the assembly appoint as monarch in place of Mohammad Ali Shah?", "Ahmad Mirza", "Ahmad Shah")
    assert not grade(shah, "Mohammad Ali Mirza").correct  # the deposed shah's own names before the dynasty's
    assert grade(shah, "Ahmad Mirza").correct
    witte = _short("Who was the lead Russian diplomat at Portsmouth?", "Sergei Witte", "Witte")
    assert grade(witte, "Sergei Vitte").correct  # W and V: one Russian letter
    assert not grade(witte, "Sergei Pitte").correct


def test_a_year_beside_an_event_it_can_be_checked_against():
    leipzig = _short("Which battle of 1813 is also called the Battle of the Nations?", "Battle of Leipzig")
    assert grade(leipzig, "the Battle of Leipzig in 1813").correct
    assert grade(_short("At which naval battle did the Danes meet the squadron?", "Battle of Helgoland"), "battle of Helgoland 1864").correct
    adwa = _short("Which 1896 battle did Italy want to avenge?", "Battle of Adwa", "Adwa")
    assert not grade(adwa, "the battle of Adwa in 1886").correct  # the question gives its year
    assert not grade(adwa, "Adwa in 1886").correct  # a place and a time, no event said
    lisbon = _short("At which NATO summit was the Strategic Concept adopted?", "Lisbon", "the Lisbon Summit")
    assert not grade(lisbon, "Lisbon in 2012").correct
    utrecht = _short("Which treaty of 1713 did the alliance aim to protect?", "Treaty of Utrecht")
    assert not grade(utrecht, "Treaty of Utrecht 1731").correct
    senlis = _explained(_short("By which treaty was the dowry restored?", "Treaty of Senlis"), "It was restored by the Treaty of Senlis (1493).")
    assert not grade(senlis, "Treaty of Senlis, 1483").correct  # the explanation dates it
    assert grade(senlis, "Treaty of Senlis, 1493").correct


def test_ordinals_in_names_said_as_words_digits_or_numerals():
    army = _short("Which army did Kuroki command?", "the First Army")
    assert grade(army, "1st Army").correct
    assert not grade(army, "2nd Army").correct
    second = _short("Which army was at Nanshan?", "the Second Army")
    assert grade(second, "II Army").correct
    assert not grade(second, "III Army").correct
    assert grade(_short("Which army?", "Third Army"), "Thrid Army").correct  # a slip in the ordinal word
    assert grade(_short("Which army?", "Sixth Army"), "the sixt army").correct
    assert grade(_short("Which corps?", "XII Corps"), "12 Corps").correct
    assert grade(_short("Which war?", "Second Italo-Abyssinian War"), "Italo-Abyssinian War (second)").correct
    war = _short("Which war began in April 1859?", "Second Italian War of Independence")
    assert grade(war, "the 2nd Italian War of Independence").correct
    assert not grade(war, "the 3rd Italian War of Independence").correct


def test_short_forms_and_other_englishes_of_a_name():
    rail = _short("Which railroad did the army cut?", "South Side Railroad")
    assert grade(rail, "South Side RR").correct
    assert not grade(rail, "North Side RR").correct
    assert grade(_short("Which county?", "Kiowa County"), "Kiowa Cnty").correct
    trans = _short("Which railway carried the reinforcements?", "Trans-Siberian Railway")
    assert grade(trans, "the Trans Siberian railroad").correct


def test_a_town_in_a_region_history_names():
    assert grade(_short("Which town was besieged for 118 days?", "Ladysmith"), "Ladysmith, Natal").correct
    assert grade(_short("To which city did the army retreat?", "Harbin"), "Harbin, Manchuria").correct
    assert grade(_short("Which town did Roberts capture on 12 May 1900?", "Kroonstad"), "Kroonstad, Orange Free State").correct
    assert grade(_short("Where was the new line set up?", "Siping"), "Siping in Jilin province").correct
    assert not grade(_short("Which town did Roberts capture?", "Kroonstad"), "Kroonstad, Natal").correct  # another colony
    virginia = _short("Which Virginia city was the capital of the Confederacy?", "Richmond")
    assert not grade(virginia, "Richmond, Natal").correct  # Natal's Richmond is not the one the question means


def test_the_other_side_of_a_count_the_question_names_by_country():
    reinforcements = _numeric("How many German reinforcements under von Trotha defeated the Herero at the Waterberg?", "15000", "troops")
    assert not grade(reinforcements, "15,000 Herero").correct
    assert grade(reinforcements, "15,000 Germans").correct
    assert grade(reinforcements, "15,000").correct


def test_a_compound_of_the_questions_word_is_another_thing():
    cruisers = _numeric("How many armoured cruisers did Kamimura have at the Battle off Ulsan?", "4", "armoured cruisers")
    assert not grade(cruisers, "4 battleships").correct
    assert grade(cruisers, "4 cruisers").correct


def test_a_time_of_day_in_words_with_its_half_of_the_day():
    sighted = "At what time did the fleet sight the enemy?"
    assert grade_text("a quarter to five in the morning", "4:45 a.m.", prompt=sighted).correct
    assert grade_text("quarter to ten p.m.", "9:45 p.m.", prompt=sighted).correct
    assert not grade_text("quarter to ten a.m.", "9:45 p.m.", prompt=sighted).correct
    assert not grade_text("quarter past five a.m.", "4:45 a.m.", prompt=sighted).correct


def test_both_halves_of_a_bracketed_answer_when_both_are_asked():
    iskra = _short("What was the name of Lenin's newspaper, and what does the name mean?", "Iskra (The Spark)")
    assert not grade(iskra, "Iskra").correct
    assert grade(iskra, "Iskra, meaning The Spark").correct
    assert grade(_short("In which town?", "Mechelen (Malines)"), "Malines").correct  # one thing asked: either name


def test_the_town_a_name_comes_from_is_not_the_man():
    cleric = _short("Which mojtahed led the opposition in Tehran in 1905?", "Sayyed Abdullah Behbahani", "Behbahani")
    assert not grade(cleric, "Behbahan").correct
    assert grade(cleric, "Behbehani").correct  # a slip in the name itself


def test_an_acronym_of_a_body_of_its_own_is_not_a_part_of_the_answer():
    command = _short("To which command does Canada contribute on North Korea?", "United Nations Command", "UN Command", "UNC")
    assert not grade(command, "the UN").correct
    assert grade(command, "UNC").correct
    assert grade(command, "UN Command").correct


def test_a_formation_of_another_size_is_another_formation():
    division = _short("Which Japanese Army division landed first at Tsingtao?", "18th Infantry Division", "18th Division")
    assert not grade(division, "the 18th Army").correct  # the question's "Army" is the service, not what was counted
    assert grade(division, "the 18th Division").correct


def test_a_ship_by_its_navy_prefix_or_its_kind():
    raider = _short("Which collier did the raider keep with her as a supply ship?", "Markomannia")
    assert grade(raider, "the collier Markomannia").correct
    assert not grade(raider, "the collier Exford").correct
    assert grade(_short("Which Japanese seaplane carrier supported the siege?", "Wakamiya"), "IJN Wakamiya").correct
    assert grade(_short("Which German battleship was named for the Rhine province?", "Rheinland"), "SMS Rheinland").correct
    assert not grade(_short("Which German province lay on the Rhine?", "Rheinland"), "the destroyer Rheinland").correct  # no ship asked


def test_short_forms_an_army_writes():
    brigade = _short("Which brigade was held in reserve?", "5th Cavalry Brigade")
    assert grade(brigade, "5th Cav Bde").correct
    assert not grade(brigade, "5th Inf Bde").correct


def test_a_street_after_its_name_and_the_ranks_of_other_armies():
    assert grade(_short("Where did the leaders spend their last night in the rising?", "16 Moore Street"), "16 Moore St").correct
    assert grade(_short("Which city?", "St Petersburg"), "Saint Petersburg").correct  # before a name, still a saint
    raider = _short("Who led the Emden's prize crew?", "Julius Lauterbach")
    assert grade(raider, "Oberleutnant Lauterbach").correct
    assert not grade(raider, "Oberleutnant Mücke").correct
    assert grade(_short("Which paddle steamer tried to run supplies to Kut?", "Julnar"), "the SS Julnar").correct
