"""Thirty-fifth session: rules taken from blind files already scored and frozen (rounds 700-936).

Each right phrasing comes from such a file; each wrong one is the near miss a guard must keep wrong.
"""

from __future__ import annotations

from test_grading_round16 import _numeric, _short

from studyapp.grading import grade, grade_text


def test_a_source_with_a_comma_in_it_still_asks_who():
    corps = _short("According to the Long, Long Trail, who commanded the Cavalry Corps at Amiens?", "Kavanagh")
    assert grade(corps, "General Kavanagh").correct  # a rank before the man asked for
    assert not grade(corps, "General Rawlinson").correct
    country = "According to the Long, Long Trail, which army, whose commander was Rawlinson, attacked at Amiens?"
    assert not grade_text("General Fourth Army", "Fourth Army", prompt=country).correct  # "whose" after "which": no person asked


def test_words_the_explanation_puts_around_the_answer_are_harmless():
    editor = "Who was the editor of the British Gazette during the General Strike of 1926?"
    why = "Chancellor of the Exchequer Winston Churchill, a former journalist, was appointed the paper's editor."
    verdict = grade_text("Chancellor of the Exchequer Winston Churchill", "Winston Churchill", ["Churchill"], prompt=editor, explanation=why)
    assert verdict.correct and "Chancellor of the Exchequer Winston Churchill" in verdict.detail
    col = "What is the name of India's northernmost point in the Siachen Glacier?"
    place = "Approximately 50 km north of India's northernmost point, Indira Col in the Siachen Glacier."
    assert grade_text("Indira Col in the Siachen Glacier", "Indira Col", prompt=col, explanation=place).correct
    gibraltar = "Whom did Prince George of Hesse-Darmstadt appoint governor of Gibraltar?"
    adjutant = "The Prince of Hessen-Darmstadt appointed his adjutant, Count Nugent, as governor of Gibraltar."
    assert grade_text("his adjutant, Count Nugent", "Count Nugent", ["Nugent"], prompt=gibraltar, explanation=adjutant).correct


def test_words_the_explanation_does_not_put_there_are_still_claims():
    editor = "Who was the editor of the British Gazette during the General Strike of 1926?"
    why = "Chancellor of the Exchequer Winston Churchill, a former journalist, was appointed the paper's editor."
    assert not grade_text("Home Secretary Winston Churchill", "Winston Churchill", prompt=editor, explanation=why).correct
    both = "Which countries' border did the strike cross? Syria and Iraq both claimed the town."
    assert not grade_text("Syria and Iraq", "Syria", prompt="Which country claimed the town first?", explanation=both).correct
    pair = "Winston Churchill and J. C. C. Davidson ran the paper; Churchill edited it."
    assert not grade_text("Winston Churchill and J. C. C. Davidson", "Winston Churchill", prompt=editor, explanation=pair).correct


def test_the_surname_after_von_names_the_man():
    spee = _short("Which German vice-admiral led the East Asia Squadron at Coronel?", "Maximilian von Spee")
    assert grade(spee, "Spee").correct  # "vice-admiral" asks for a person as "admiral" does
    assert grade(spee, "Admiral Spee").correct
    hipper = _short("Which fleet commander retired on hearing of the fleet's fate?", "Franz Ritter von Hipper")
    assert grade(hipper, "Hipper").correct
    bismarck = _short("Which statesman organised the Berlin Conference of 1884-85?", "Otto von Bismarck")
    assert grade(bismarck, "Bismarck").correct and grade(bismarck, "Otto v. Bismarck").correct
    assert not grade(bismarck, "Herbert Bismarck").correct  # his son
    assert not grade(bismarck, "Bismarck and Gladstone").correct
    assert not grade(bismarck, "Gladstone").correct
    reuter = _short("Which admiral ordered the scuttling at Scapa Flow, leaving von Reuter's flagship last?", "Ludwig von Reuter")
    assert not grade(reuter, "Reuter").correct  # the question says the surname itself


def test_a_whole_number_and_a_fraction_with_a_slash():
    weight = _numeric("What was Gandhi's weight on the seventh day of the fast?", "93.5", "pounds")
    assert grade(weight, "93 1/2 pounds").correct and grade(weight, "93-1/2 lb").correct
    assert not grade(weight, "93 1/4 pounds").correct
    assert not grade(weight, "93 pounds").correct


def test_a_time_shortly_after_the_hour():
    alarm = _short("At about what time on the evening of the fire did the first alarm call come?", "shortly after 9:00 p.m.")
    for typed in ("just after 9 pm", "shortly after 21:00", "a little after nine in the evening", "9 pm"):
        assert grade(alarm, typed).correct, typed
    for typed in ("just before 9 pm", "shortly after 9 am", "10 pm"):
        assert not grade(alarm, typed).correct, typed


def test_another_province_of_one_country_is_no_slip():
    end = _short("In which province did the Long March end, according to the article?", "Shensi (Shaanxi)", "Shaanxi", "Shensi")
    assert not grade(end, "Shanxi").correct  # two provinces of China, though the question does not name it
    assert grade(end, "Shaanxy").correct


def test_count_nouns_for_the_same_people():
    militia = _numeric("How many Ethiopian militia arrived near Walwal?", "1000", "militia")
    assert grade(militia, "one thousand men").correct
    deaths = _numeric("Of the 384 deaths, how many were caused by Falangists?", "61", "deaths")
    assert grade(deaths, "61 killings").correct
    assert not grade(deaths, "61 wounded").correct


def test_the_day_alone_where_the_question_gives_the_month():
    phone = _short("On what day in June 1934 did Hitler phone Röhm to gather the SA leaders at Bad Wiessee?", "28 June")
    assert grade(phone, "on the 28th").correct
    assert not grade(phone, "the 27th").correct
    assert not grade(phone, "28").correct  # a bare number may count anything
    session = _short("On which date in December 1920 was the Congress session held in Nagpur?", "26 December 1920")
    assert grade(session, "the 26th").correct
    undated = _short("On which date was the Congress session held in Nagpur?", "26 December 1920")
    assert not grade(undated, "the 26th").correct  # the question does not give the month
    two = _short("Between June and July 1934, on what day did Hitler phone Röhm?", "28 June")
    assert not grade(two, "the 28th").correct  # two months named: which one is not said


def test_an_accomplice_or_an_attacker_is_a_person_asked_for():
    hanged = _short("Which accomplice was tried and hanged together with Otto Planetta on 31 July 1934?", "Franz Holzweber")
    assert grade(hanged, "Holzweber").correct
    assert not grade(hanged, "Planetta").correct
    life = _short("Which of the Chancellery attackers was sentenced to life in prison rather than death?", "Paul Hudl")
    assert grade(life, "Hudl").correct


def test_a_party_rank_before_the_name_and_a_denial_after_it_was():
    saar = _short("Whom did Germany appoint in March 1935 as Reich Commissioner for the Saarland?", "Josef Bürckel", "Bürckel")
    assert grade(saar, "Gauleiter Josef Bürckel").correct
    assert not grade(saar, "Gauleiter Willi Stöhr").correct
    chancellor = _short("Who succeeded Engelbert Dollfuss as Chancellor of Austria?", "Kurt Schuschnigg")
    assert grade(chancellor, "it was not Starhemberg but Schuschnigg").correct
    assert not grade(chancellor, "it was not Schuschnigg but Starhemberg").correct


def test_a_who_after_the_question_proper_is_a_relative_clause():
    kin = _short("According to the article, how is Lino Spotted Elk, who supplied the artifacts, related to Big Foot?", "great-great-grandson")
    assert not grade(kin, "great-grandson").correct


def test_a_whole_date_must_fall_in_the_part_of_the_month_the_answer_gives():
    deadline = _short("By when did the decree oblige Ukraine to complete the grain plan?", "the end of January 1933", "January 1933")
    assert not grade(deadline, "January 1, 1933").correct
    assert grade(deadline, "January 28, 1933").correct and grade(deadline, "late January 1933").correct
    assert grade(deadline, "January 1933").correct


def test_a_prefect_is_a_person_and_a_last_letter_as_another_language_writes_it():
    prefect = _short("Which anti-communist Paris Prefect of Police did Édouard Daladier dismiss?", "Jean Chiappe")
    assert grade(prefect, "Chiappe").correct and not grade(prefect, "Daladier").correct
    guard = _short("What was the surname of Kirov's chief bodyguard, who was absent when he was shot?", "Borisov")
    assert grade(guard, "Borisow").correct
    assert not grade(guard, "Borisenko").correct
    village = _short("In which village was Wilhelm Frick born?", "Alsenz")
    assert grade(village, "Alsens").correct


def test_forms_of_address_and_a_scale_said_without_its_article():
    leader = _short("Who succeeded Kirov as First Secretary of the Leningrad Regional Committee?", "Andrei Zhdanov", "Zhdanov")
    assert grade(leader, "Comrade Andrei Zhdanov").correct and not grade(leader, "Comrade Sergei Kirov").correct
    centre = _short("Which Centre Party leader backed the Enabling Act?", "Ludwig Kaas")
    assert grade(centre, "Monsignor Ludwig Kaas").correct
    crowd = _numeric("How many people filed past Kirov's coffin?", "250000", "people")
    assert grade(crowd, "a quarter million people").correct and not grade(crowd, "a half million").correct


def test_the_things_that_carried_them_and_a_word_in_the_place_of_a_country():
    trucks = _numeric("About how many German troops in trucks were moving towards Vienna?", "1,000", "men")
    assert not grade(trucks, "1,000 trucks").correct and grade(trucks, "1000 troops").correct
    words = _short("With what final words did Schuschnigg step down, according to the House of Austrian History?", "God save Austria")
    assert not grade(words, "God save the Emperor").correct
    assert grade(words, "God save Austria").correct


def test_a_king_before_his_regnal_name():
    regnal = _short("Under what regnal name did Prince Albert, Duke of York, succeed Edward VIII?", "George VI")
    assert grade(regnal, "King George VI").correct and grade(regnal, "King George the Sixth").correct
    assert not grade(regnal, "King George V").correct and not grade(regnal, "King Edward VIII").correct
