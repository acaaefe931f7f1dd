"""Thirty-second session: rules taken from blind files already scored and frozen (rounds 764-826).

Each right phrasing comes from such a file; each wrong one is the near miss a guard must keep wrong.
"""

from __future__ import annotations

from test_grading_round16 import _numeric, _short

from studyapp.grading import grade


def test_a_town_in_a_state_of_a_country_the_question_does_not_name():
    dresden = _short("Where did Napoleon win his last great victory in Germany in August 1813?", "Dresden")
    assert grade(dresden, "Dresden, Saxony").correct
    assert grade(dresden, "Dresden, in Saxony").correct
    assert not grade(dresden, "Dresden, Bavaria").correct  # another state of the same country: a claim that is wrong
    cortona = _short("In which town was the painter born?", "Cortona")
    assert grade(cortona, "Cortona, in Tuscany").correct
    punjab = _short("Where was the battle fought?", "Sobraon")
    assert not grade(punjab, "Sobraon, Punjab").correct  # Punjab is a state of India and a province of Pakistan: undecided


def test_an_answer_near_a_place_is_the_answer():
    palace = _short("From which place did Maria Theresa date her letter of 17 September 1772?", "Laxenburg")
    assert grade(palace, "Laxenburg, near Vienna").correct
    assert grade(palace, "Laxenburg near Vienna").correct
    assert not grade(palace, "near Vienna").correct  # only where it is, not what
    assert not grade(palace, "Schönbrunn, near Vienna").correct  # another place, near the same city
    hotel = _short("In which hotel did they meet?", "Mena House")
    assert not grade(hotel, "a hotel near the pyramids").correct


def test_two_words_that_trade_places_describe_other_things():
    emblem = _short("Which emblem did the 1864 Geneva Convention adopt?", "a red cross on a white field")
    assert not grade(emblem, "a white cross on a red field").correct  # the Swiss flag
    assert grade(emblem, "a red cross on a white field").correct
    battery = _short("Which battery lost two guns at Maiwand?", "E Battery, B Brigade")
    assert not grade(battery, "B Battery, E Brigade").correct
    assert grade(_short("Where?", "Iraq and Syria"), "Syria and Iraq").correct  # a list in another order
    assert grade(_short("What?", "cultural and economic exchanges"), "economic and cultural exchanges").correct
    assert grade(_short("What?", "Global Alliance against Hunger and Poverty"), "global alliance against poverty and hunger").correct
    assert grade(_short("Which units?", "20th and 24th Madras Infantry"), "the 24th and 20th Madras Infantry").correct


def test_a_title_of_another_rank_of_peerage_over_the_holders_name():
    peerage = _short("What peerage was Robert Napier given in 1868?", "Baron Napier of Magdala", "Lord Napier of Magdala")
    assert not grade(peerage, "Earl of Magdala").correct
    assert grade(peerage, "Lord Napier of Magdala").correct


def test_a_title_before_a_first_name_is_whoever_goes_by_it():
    justice = _short("Who was Chief Justice when the case was decided?", "Warren E. Burger", "Warren Burger", "Burger")
    assert not grade(justice, "Earl Warren").correct  # another Chief Justice
    assert not grade(justice, "Chief Justice Warren").correct
    assert grade(justice, "Chief Justice Burger").correct
    prince = _short("Which general commanded the imperial army at Zenta?", "Prince Eugene of Savoy", "Eugene of Savoy")
    assert grade(prince, "Prince Eugene").correct  # a royal title goes with the first name


def test_other_words_for_the_people_counted():
    landing = _numeric("How many men did Garibaldi bring with him when he crossed to the mainland?", "4200", "men")
    assert grade(landing, "roughly 4200 volunteers").correct
    flight = _numeric("With how many followers did Tantia Topi leave Kalpi?", "900", "followers")
    assert grade(flight, "900 men").correct
    males = _numeric("Of the post-war population, how many were male?", "28,000", "males")
    assert grade(males, "28 thousand men").correct
    assert not grade(males, "28 thousand people").correct  # women are people too
    village = _numeric("How many people lived in the camp?", "7000", "people")
    assert not grade(village, "7000 warriors").correct  # that all of them fought is a claim
    assert grade(village, "7000 people including warriors").correct
    army = _numeric("How many people did the army lose in the assault?", "500", "people")
    assert grade(army, "500 soldiers").correct  # the question says who they were


def test_count_nouns_the_question_names_for_another_thing():
    oxen = _numeric("How many yokes of oxen pulled the cannon?", "13", "yokes")
    assert not grade(oxen, "13 oxen").correct  # a yoke is a pair
    guns = _numeric("How many pieces of artillery were taken in the pursuit?", "25", "pieces")
    assert grade(guns, "twenty-five guns").correct
    war = _short("China's defeat in which war led to the reform?", "First Sino-Japanese War")
    assert not grade(war, "First Opium War").correct  # two wars, the same head noun


def test_lengths_of_the_age_of_sail_and_counts_said_in_full():
    depth = _numeric("In how many fathoms of water did the ship go down?", "200", "fathoms")
    assert grade(depth, "1200 feet").correct
    assert not grade(depth, "200 feet").correct
    artists = _numeric("How many artists worked on the panorama?", "13", "artists")
    assert grade(artists, "13 artists in total").correct
    crew = _numeric("How many men were on board the ship when she was rammed?", "550", "men")
    assert grade(crew, "there were 550 men aboard").correct


def test_a_regnal_number_written_as_an_ordinal():
    emperor = _short("Which emperor was killed at Gallabat?", "Yohannes IV")
    assert grade(emperor, "Yohannes the 4th").correct
    assert grade(emperor, "Yohannes 4th").correct
    assert not grade(emperor, "Yohannes 5th").correct


def test_a_town_under_its_other_accepted_name():
    port = _short("At which port were the elephants loaded?", "Bombay", "Mumbai", "Bombay (Mumbai)")
    assert grade(port, "Bombay, India").correct
    assert not grade(port, "Bombay, Pakistan").correct


def test_guards_found_while_these_rules_were_checked_against_every_tracked_answer():
    kin = _short("How is the speaker related to the chief?", "great-great-grandson")
    assert not grade(kin, "great-grandson").correct  # a generation fewer
    city = _short("Where did the band cross the river?", "Arkansas City")
    assert not grade(city, "Arkansas").correct  # the state, not the city
    general = _short("Which US Army lieutenant general signed the armistice?", "William Harrison Jr.", "William K. Harrison", "William Harrison")
    assert not grade(general, "William Henry Harrison").correct  # another middle name: the president
    assert grade(general, "William K Harrison").correct
    emperor = _short("Which French emperor surrendered at Sedan?", "Napoleon III", "Louis Napoleon")
    assert not grade(emperor, "Napoleon I").correct
    wagons = _numeric("How many wagons of munitions were taken?", "70", "munitions wagons")
    assert grade(wagons, "70 ammunition wagons").correct
    guns = _numeric("How many anti-aircraft guns defended the city?", "500", "anti-aircraft guns")
    assert grade(guns, "around 500 AA guns").correct


def test_a_middle_initial_the_answer_does_not_give():
    meade = _short("Which Union general commanded the army at Gettysburg?", "George Meade", "Meade")
    assert grade(meade, "George G. Meade").correct
    assert grade(meade, "General George G. Meade").correct
    napier = _short("Who conquered Sind in 1843?", "Sir Charles Napier")
    assert not grade(napier, "Sir G. Napier").correct  # a title, then another man's initial
    buchanan = _short("Who commanded the Virginia on 8 March 1862?", "Franklin Buchanan")
    assert grade(buchanan, "Flag Officer Franklin Buchanan").correct


def test_the_deaths_asked_with_the_wounded_beside_them():
    losses = _numeric("How many of the Boers were killed at Talana?", "92", "killed")
    assert grade(losses, "92 killed, 134 wounded").correct
    assert grade(losses, "about 92 killed and 134 wounded").correct
    assert not grade(losses, "134 killed and 92 wounded").correct  # the figures the other way round
    corral = _short("What were the dimensions of the corral?", "30 by 70 feet", "30' by 70'")
    assert not grade(corral, "30 by 70 metres").correct
    assert grade(corral, "30 by 70 feet").correct
