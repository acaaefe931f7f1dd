"""Thirty-first session: rules taken from blind files already scored and frozen (rounds 687-707).

Each right phrasing comes from such a file; each wrong one is the near miss a guard must keep wrong.
"""

from __future__ import annotations

from types import SimpleNamespace

from studyapp.grading import grade


def _short(prompt: str, answer: str, *accept: str) -> SimpleNamespace:
    return SimpleNamespace(
        type="short", prompt=prompt, answer=answer, accept=accept, unit=None, tolerance=None, explanation="", category=None,
        gaps=(), choices=(), items=(), text="",
    )  # fmt: skip


def _numeric(prompt: str, answer: str, unit: str) -> SimpleNamespace:
    return SimpleNamespace(
        type="numeric", prompt=prompt, answer=answer, accept=(), unit=unit, tolerance=None, explanation="", category=None,
        gaps=(), choices=(), items=(), text="",
    )  # fmt: skip


def test_a_question_that_asks_whom_after_its_source_asks_for_a_person():
    rumour = _short("According to the historycentral.com biography, whom was Gates rumoured to want to replace as Commander-in-Chief?", "George Washington")
    assert grade(rumour, "General George Washington").correct
    superseded = _short("According to the 1911 Britannica article, by whom was Gates superseded in the South in December 1780?", "Nathanael Greene", "Greene")
    assert grade(superseded, "General Nathanael Greene").correct
    assert not grade(superseded, "General Horatio Gates").correct
    bank = _short("According to the May 2025 Xinhua report, who is president of the New Development Bank?", "Dilma Rousseff", "Rousseff")
    assert grade(bank, "former Brazilian president Dilma Rousseff").correct  # another country's office, not the bank's
    assert not grade(bank, "former president Dilma Rousseff").correct  # the office asked, said to be past


def test_a_grade_of_admiral_answers_which_admiral():
    trafalgar = _short("Which British admiral led the fleet at Trafalgar and was killed in the battle?", "Horatio Nelson", "Nelson", "Lord Nelson")
    assert grade(trafalgar, "Vice-Admiral Horatio Nelson").correct
    assert grade(trafalgar, "Rear Admiral Horatio Nelson").correct
    assert not grade(trafalgar, "Vice President Horatio Nelson").correct
    chesapeake = _short("Which British admiral led the British fleet at the Battle of the Chesapeake?", "Thomas Graves", "Graves", "Sir Thomas Graves")
    assert grade(chesapeake, "Rear Admiral Sir Thomas Graves").correct
    assert not grade(chesapeake, "Rear Admiral Samuel Hood").correct


def test_the_people_counted_by_what_befell_them():
    lost = _numeric("According to the article, about how many dead and wounded did the Patriots lose on 7 October 1777?", "150", "dead and wounded")
    assert grade(lost, "roughly 150 casualties").correct  # the dead and the wounded, in one word
    assert grade(lost, "150 men").correct
    assert not grade(lost, "150 prisoners").correct
    assert not grade(lost, "160 casualties").correct
    abandoned = _numeric("About how many wounded did the British abandon in their field hospital after 7 October?", "400", "wounded")
    assert grade(abandoned, "about 400 soldiers").correct
    assert not grade(abandoned, "about 400 dead").correct
    laswari = _numeric("About how many British casualties did Laswari cost, according to the EBSCO summary?", "800", "casualties")
    assert grade(laswari, "roughly 800 men").correct
    assert not grade(laswari, "roughly 800 guns").correct
    captured = _numeric("According to the article, more than how many British soldiers were captured at Yorktown?", "7000", "soldiers")
    assert grade(captured, "7,000 prisoners").correct
    assert not grade(captured, "7,000 dead").correct
    detained = _numeric("About how many people did US agents detain at the battery site on 4 September 2025?", "475", "people")
    assert grade(detained, "475 workers were held").correct
    army = _numeric("How many men did Burgoyne command at the start of the campaign, according to the article?", "13000", "men")
    assert grade(army, "13,000 strong").correct
    assert not grade(army, "13,000 guns").correct


def test_words_for_the_same_things_counted():
    standards = _numeric("How many standards did the Austrians surrender at Ulm, according to the article?", "40", "standards")
    assert grade(standards, "forty flags").correct
    assert not grade(standards, "40 guns").correct
    bridges = _numeric("How many pontonniers worked in the icy Berezina to build the bridges?", "400", "pontonniers")
    assert grade(bridges, "i think 400 men").correct
    assert not grade(bridges, "400 horses").correct


def test_each_number_stays_on_its_own_word():
    unit = _short("Which present-day unit descends from Hamilton's artillery company?", "1st Battalion, 5th Field Artillery Regiment", "1st Battalion 5th Field Artillery")
    assert not grade(unit, "5th Battalion, 1st Field Artillery").correct  # another battalion of another regiment
    assert grade(unit, "5th Field Artillery, 1st Battalion").correct
    divisions = _short("Which two divisions stormed the breaches at Badajoz?", "the 1st and 6th divisions")
    assert grade(divisions, "6th and 1st divisions").correct  # a list in another order


def test_another_rank_of_nobility_of_the_same_place_is_another_title():
    title = _short("Which title did Kellermann take from the battlefield when Napoleon made him a peer?", "Duke of Valmy", "Duc de Valmy")
    assert not grade(title, "Prince of Valmy").correct
    assert not grade(title, "Count of Valmy").correct
    assert grade(title, "duc de Valmy").correct
    assert grade(title, "the Duke of Valmy").correct


def test_transliterations_of_a_name():
    envoy = _short(
        "According to the article, whom did the tsar send to the Porte to negotiate the peace in 1699?", "Yemelyan Ignatievich Ukraintsev",
        "Ukraintsev", "Yemelyan Ukraintsev",
    )  # fmt: skip
    assert grade(envoy, "Emelyan Ukraintzev").correct  # the iotated vowel written either way
    assert not grade(envoy, "Semelyan Ukraintsev").correct
    elmina = _short("Under whom did John II despatch an expedition in 1481 to build the fort at Elmina?", "Diogo d'Azambuja")
    assert grade(elmina, "Diogo de Azambuja").correct
    assert not grade(elmina, "Diogo Cão").correct


def test_rulers_and_towns_by_their_other_names():
    king = _short("Which Prussian king signed the partition treaty with Catherine II?", "Frederick the Great")
    assert grade(king, "Frederick II").correct
    assert grade(king, "Friedrich II of Prussia").correct
    assert not grade(king, "Frederick I").correct
    assert not grade(king, "Frederick William II").correct
    empress = _short("Which Russian empress took part in the partition?", "Catherine II")
    assert grade(empress, "Catherine the Great").correct
    island = _short("To which island did the French fleet escape?", "Corfu")
    assert grade(island, "Kerkyra").correct
    armistice = _short("Which armistice ended the fighting of 1809?", "Armistice of Znaim")
    assert grade(armistice, "Armistice of Znojmo").correct
    war = _short("In which war was the monument's architect killed?", "World War I")
    assert grade(war, "the Great War").correct
    assert not grade(war, "the Great Northern War").correct


def test_a_figure_the_pack_accepts_as_a_word_and_anniversaries_in_words():
    monument = _numeric("For which anniversary of the battle was the monument completed?", "100th", "")
    monument.unit, monument.accept = None, ("100", "centenary")
    assert grade(monument, "the centenary").correct
    salamanca = _numeric("Which anniversary of the Battle of Salamanca was marked on 22 July 2012?", "200th", "")
    salamanca.unit = None
    assert grade(salamanca, "bicentenary").correct
    assert not grade(salamanca, "tercentenary").correct


def test_the_losses_and_the_captured_said_with_their_verb():
    lost = _numeric("According to the article, what were the Austrian casualties at the Battle of Znaim?", "5300", "casualties")
    assert grade(lost, "the Austrians lost 5.300").correct
    taken = _numeric("According to the article, how many Hessians were captured at Trenton?", "896", "prisoners")
    assert grade(taken, "896 prisoners were taken").correct
    detroit = _numeric("How many Americans were captured when Hull surrendered Detroit?", "2188", "soldiers")
    assert grade(detroit, "I think 2,188 men were taken prisoner").correct
    assert not grade(detroit, "2,188 men were killed").correct
    line = _numeric("How many sail of the line did Hood find in Toulon, according to the article?", "22", "sail of the line")
    assert grade(line, "22 ships of the line").correct


def test_a_fraction_of_a_unit_is_a_length_not_a_share():
    plain = _numeric("Roughly how far across the plain were the French, according to the article?", "three-quarters of a mile", "miles")
    plain.accept = ("0.75 miles", "3/4 mile")
    assert not grade(plain, "three-quarters of a kilometre").correct
    assert grade(plain, "three quarters of a mile").correct
    assert grade(plain, "0.75 miles").correct


def test_an_hour_in_o_clock_and_a_ship_in_tons_burthen():
    hour = _numeric("At what hour did the troops from Arcot arrive at Vellore?", "8", "o'clock")
    assert grade(hour, "8 o'clock").correct
    assert grade(hour, "eight o'clock").correct
    assert not grade(hour, "9 o'clock").correct
    ship = _numeric("What was the Confiance's tonnage, according to the article?", "831", "tons burthen")
    assert grade(ship, "831 tons").correct
    assert not grade(ship, "831 kg").correct


def test_an_element_named_by_one_letter_is_no_initial_of_another():
    gas = _short("Which gas filled L'Entreprenant, according to the Wikimonde article?", "hydrogen", "H2")
    assert not grade(gas, "helium").correct
    assert grade(gas, "H2").correct


def test_a_bound_said_as_no_fewer_or_not_more_than():
    convoy = _numeric("According to Historic UK, how many ships were in the French grain convoy of 19 April 1794?", "124", "ships")
    convoy.explanation = "A French convoy of no less than 124 ships under Rear-Admiral Pierre Vanstabel set sail on 19 April 1794."
    assert grade(convoy, "no less than 124 ships").correct  # the source's own bound
    assert not grade(convoy, "no less than 125 ships").correct
    saved = _numeric("According to Royal Naval Biography, how many men of Le Vengeur's crew were saved, at most?", "213", "men")
    assert grade(saved, "not more than 213").correct
    guns = _numeric("According to James's Naval History, how many of Brunswick's guns lay dismounted?", "23", "guns")
    verdict = grade(guns, "no fewer than 23")
    assert not verdict.correct and "'no fewer than'" in verdict.detail  # a bound the source does not give, quoted as typed


def test_horse_and_casualties_for_the_men_lost():
    cavalry = _numeric("How many French cavalry does the infobox give at the Battle of the Pyramids?", "3000", "cavalry")
    assert grade(cavalry, "three thousand horse").correct
    assert not grade(cavalry, "3000 horses").correct  # animals, not the arm
    lost = _numeric("According to the article, how many men had Massena lost when he withdrew from Bussaco?", "4500", "men")
    assert grade(lost, "roughly 4500 casualties").correct
    taken = _numeric("How many prisoners did the French lose at the battle?", "36000", "prisoners")
    assert not grade(taken, "36,000 killed").correct
    lines = _numeric("How many labourers did it take a year to complete the Lines?", "10,000", "labourers")
    assert grade(lines, "about 10000 workers").correct


def test_an_army_s_short_forms():
    company = _short("Which company of the 23rd led the advance, according to the article?", "the Light Company")
    assert grade(company, "Light Coy").correct
    division = _short("Which division held the right of the line?", "4th Division")
    assert grade(division, "4th Div").correct
    assert not grade(division, "5th Div").correct
    anchorage = _short("Where did the fleet anchor?", "Hampton Roads")
    assert grade(anchorage, "Hampton Rds").correct


def test_the_question_s_own_verb_in_another_tense():
    war = _numeric("In which year did the Seven Years' War end, closing the warfare begun in 1740?", "1763", "")
    war.unit = None
    assert grade(war, "it ended in 1763").correct
    assert not grade(war, "it was abolished in 1763").correct
    city = _short("On what date did Constantinople fall to the Ottomans?", "29 May 1453")
    assert grade(city, "it fell on 29 May 1453").correct
    assert not grade(city, "it fell on 30 May 1453").correct


def test_the_person_the_question_names_is_not_the_answer():
    father = _short("Who was Bernardo O'Higgins's father, according to the calendarz article?", "Ambrosio O'Higgins", "Ambrose O'Higgins")
    assert not grade(father, "Bernardo O'Higgins").correct
    assert grade(father, "Ambrosio O'Higgins").correct
    assert grade(father, "Ambrose O'Higgins").correct


def test_a_bare_figure_for_an_accepted_figure_with_its_side():
    longitude = _numeric("What is the longitude of Trafalgar in decimal degrees, with west as negative?", "-6.255", "degrees")
    longitude.accept = ("6.255\u00b0W", "6.255 W")
    assert not grade(longitude, "6.255").correct  # east of Greenwich, as typed
    assert grade(longitude, "6.255 W").correct
    assert grade(longitude, "6.255 west").correct
    assert grade(longitude, "-6.255").correct
