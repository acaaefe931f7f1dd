"""Thirty-sixth session: rules taken from blind files already scored and frozen (rounds 700-975).

Each right phrasing comes from such a file; each wrong one is the near miss a guard must keep wrong.
"""

from __future__ import annotations

from test_grading_round16 import _numeric, _short

from studyapp.grading import grade
from studyapp.grading.holidays import restate


def test_a_named_day_beside_its_date_is_that_date():
    landing = _short("On which date did Roger Casement land at Banna Strand?", "21 April 1916")
    assert grade(landing, "Good Friday, 21 April 1916").correct  # Easter 1916 fell on 23 April
    assert grade(landing, "I think Good Friday, 21 April 1916").correct
    release = _numeric("On what date in 1936 was Chiang Kai-shek released?", "25 December 1936", "")
    assert grade(release, "Christmas Day, 25 Dec 1936").correct
    armistice = _short("From which date were Alsace and Lorraine restored to French sovereignty?", "11 November 1918")
    assert grade(armistice, "Armistice Day, 11 Nov 1918").correct
    republic = _short("On what date did the Constitution of India come into force?", "26 January 1950")
    assert grade(republic, "Republic Day 1950, 26 January").correct  # the year beside the name, the day after it
    assert grade(_short("When did the strike begin?", "26 December 1899"), "Boxing Day 1899").correct
    rebels = _short("On what date was the massacre?", "16 April 1525")
    assert grade(rebels, "Easter Sunday, 16 April 1525").correct  # before 1753 the Julian Easter is the sources' too


def test_a_named_day_that_is_another_day_is_wrong():
    release = _short("On what date was he released?", "25 December 1936")
    verdict = grade(release, "Christmas Eve, 25 December 1936")
    assert not verdict.correct and "24 December" in verdict.detail
    assert not grade(_short("On which date did he land?", "21 April 1916"), "Good Friday, 22 April 1916").correct
    assert not grade(_short("On what date was the massacre?", "16 April 1525"), "Easter 1525").correct  # a season, vaguer than the day
    assert not grade(_short("When did the war end?", "January 1915"), "Boxing Day 1914").correct


def test_named_days_that_are_not_dates_are_left_alone():
    assert restate("the 1916 Easter Rising") is None
    assert restate("Christmas Island, 1888") is None
    assert restate("Ukraine Independence Day, 24 August 2025") is None  # whose day, with no date of ours to check it by
    assert restate("Independence Day 2021") is None
    assert restate("Good Friday, 14 April") is None  # Easter moves: no year, nothing to check
    assert restate("Boxing Day 1899") == ("26 December 1899", "")


def test_a_count_of_days_with_the_days_it_spans():
    session = _numeric("Over how many days did the League's session at Lahore in March 1940 run?", "3", "days")
    verdict = grade(session, "it lasted 3 days, 22 to 24 March")
    assert verdict.correct and "22 to 24 March is 3 days" in verdict.detail
    assert grade(_numeric("Over how many days was the battle fought?", "5", "days"), "5 days, 26 to 30 August").correct
    assert grade(_numeric("How many days did the strike last?", "9", "days"), "it lasted nine days, from 4 to 12 May").correct


def test_a_count_of_days_whose_days_say_otherwise_stays_wrong():
    session = _numeric("Over how many days did the session run?", "3", "days")
    assert not grade(session, "3 days, 22 to 28 March").correct  # seven days named
    assert not grade(session, "4 days, 22 to 25 March").correct  # the span agrees with itself, not with the answer
    assert not grade(session, "it lasted 3 weeks, 22 to 24 March").correct


def test_a_place_with_a_region_no_table_has():
    town = _short("In which town were the marchers allowed to use heated municipal baths?", "Barnsley")
    assert grade(town, "Barnsley, Yorkshire").correct
    died = _short("In which town did Stakhanov die in 1977?", "Torez")
    assert grade(died, "Torez, Donetsk oblast").correct  # renamed since: the tables know neither
    assert grade(_short("In which town did the SA parade them?", "Norden"), "in Norden, East Frisia").correct


def test_a_region_a_table_knows_is_still_checked():
    town = _short("In which town were the marchers allowed to use heated municipal baths?", "Barnsley")
    assert not grade(town, "Barnsley, Scotland").correct
    assert not grade(_short("In which city is the Kremlin?", "Moscow"), "Moscow, Ukraine").correct
    assert not grade(_short("In which province is Calgary?", "Alberta"), "Alberta, Maritime province").correct
    assert not grade(_short("Who was Foreign Secretary?", "Lord Hankey"), "Lord Hankey, Lord Halifax").correct
    assert not grade(_short("Which companies bid?", "Trafigura, Vecturis"), "Trafigura, Vecturis, Glencore").correct


def test_the_letter_that_says_which_one_is_not_an_article():
    group = _short("Which German army group crossed the Meuse to capture Sedan in May 1940?", "Army Group A", "Heeresgruppe A")
    verdict = grade(group, "Army Group")
    assert not verdict.correct and "'A'" in verdict.detail
    assert grade(group, "army group a").correct
    assert grade(group, 'Army Group "A"').correct


def test_the_same_number_in_another_series_is_another_thing():
    bill = _short("What bill number was the Lend-Lease bill given in the House?", "H.R. 1776", "HR 1776", "1776")
    verdict = grade(bill, "S. 1776")
    assert not verdict.correct and "'S.'" in verdict.detail and "'H.R.'" in verdict.detail
    assert grade(bill, "HR 1776").correct
    assert grade(bill, "1776").correct
    assert grade(bill, "No. 1776").correct  # a number sign, no series


def test_a_unit_written_out_without_the_answers_scale_is_another_amount():
    rice = _numeric("What was the output of rice in Bengal in 1941?", "6.8", "million tonnes")
    assert not grade(rice, "6.8 tonnes").correct
    assert grade(rice, "6.8 million tonnes").correct
    assert grade(rice, "6.8").correct  # the bare figure, read in the answer's scale as before


def test_a_coordinate_on_the_other_side_is_wrong():
    site = _numeric("What is the latitude of the attack site in decimal degrees (north positive)?", "35.71944", "degrees")
    assert not grade(site, "35.71944 S").correct
    assert grade(site, "35.71944 N").correct
    assert grade(site, "35.71944").correct


def test_a_rate_by_another_measure_is_another_rate():
    price = _numeric("What was the price of rice in Kolkata in May 1942, per maund?", "Rs. 6.25", "rupees per maund")
    verdict = grade(price, "Rs 6.25 per kg")
    assert not verdict.correct and "per kg" in verdict.detail
    assert grade(price, "Rs 6.25 per maund").correct
    assert grade(_numeric("How fast did it go?", "20", "km/h"), "20 km per hour").correct  # the same measure, spelled out


def test_german_ranks_before_a_whole_name_are_harmless():
    panzer = _short("Which general led the 2nd Panzer Group toward Moscow?", "Heinz Guderian")
    assert grade(panzer, "Generaloberst Heinz Guderian").correct
    assert grade(_short("Who commanded the police units in Wola?", "Heinz Reinefarth"), "SS-Gruppenführer Reinefarth").correct
    assert not grade(panzer, "Generaloberst Erich Hoepner").correct


def test_other_words_for_the_things_counted():
    assert grade(_numeric("How many reporters attended?", "50", "journalists"), "about fifty reporters").correct
    assert grade(_numeric("How many alternatives did the ultimatum give?", "4", "alternatives"), "four options").correct
    assert not grade(_numeric("How many troops were there?", "2200", "troops"), "2,200 tanks").correct


def test_people_for_the_things_that_carried_them_are_another_count():
    planes = _numeric("Some how many aircraft carried airborne troops into Normandy early on 6 June 1944?", "1,200", "aircraft")
    verdict = grade(planes, "1,200 paratroopers")
    assert not verdict.correct and "paratroopers" in verdict.detail
    assert grade(planes, "about 1,200 planes").correct


def test_a_formation_without_its_kind_is_another_formation():
    army = _short("Which German army attacked the Kursk bulge from the south on 5 July 1943?", "4th Panzer Army", "Fourth Panzer Army")
    assert not grade(army, "4th Army").correct
    assert grade(army, "the Fourth Panzer Army").correct
    guards = _short("Which Soviet army led the Western Front assault in Operation Kutuzov?", "11th Guards Army")
    assert not grade(guards, "11th Army").correct



def test_a_higher_grade_of_the_rank_asked_for():
    moscow = _short("Which Soviet general directed the counter-offensive launched outside Moscow on 5 December 1941?", "Georgy Zhukov", "Zhukov")
    assert grade(moscow, "Marshal Zhukov").correct  # a general made marshal is the general asked for
    model = _short("Which German general commanded the 9th Army on the northern side of the Kursk salient?", "Walter Model", "Model")
    assert grade(model, "Field Marshal Walter Model").correct
    assert not grade(model, "Colonel Walter Model").correct  # a lower rank is another claim


def test_a_hedge_around_the_rest_of_the_answer():
    code = _short("What was the conference's code name?", "Sextant")
    verdict = grade(code, "it was called Sextant I think")
    assert verdict.correct and "hedged" in verdict.detail
    assert grade(_short("What did the Germans call the street fighting?", "Rattenkrieg"), "I think they called it Rattenkrieg").correct
    assert not grade(_short("Which plan was adopted?", "Plan A"), "I think Plan B").correct
