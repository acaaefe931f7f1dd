"""Twenty-ninth session: counts and money in the words a learner uses, and dates with two-digit years.

Each right phrasing comes from a blind file already scored and frozen (rounds 507-574); each wrong one is the
near miss a guard must keep wrong.
"""

from __future__ import annotations

from types import SimpleNamespace

from studyapp.grading import grade


def _numeric(prompt: str, answer: str, unit: str) -> SimpleNamespace:
    return SimpleNamespace(
        type="numeric", prompt=prompt, answer=answer, accept=(), unit=unit, tolerance=None, gaps=(), choices=(), items=(),
        text="", category=None, explanation="",
    )


def _short(prompt: str, answer: str) -> SimpleNamespace:
    return SimpleNamespace(type="short", prompt=prompt, answer=answer, accept=(), unit=None, tolerance=None, explanation="", category=None)


def _right(question: SimpleNamespace, *responses: str) -> None:
    for response in responses:
        verdict = grade(question, response)
        assert verdict.correct, (response, verdict.detail)


def _wrong(question: SimpleNamespace, *responses: str) -> None:
    for response in responses:
        verdict = grade(question, response)
        assert not verdict.correct, (response, verdict.detail)


def test_a_coin_with_or_without_its_metal_is_the_same_coin_and_another_metal_is_not():
    rubles = _numeric('How many "metal rubles" was the Chinese government to pay Russia?', "9000000", "rubles")
    _right(rubles, "nine million silver roubles", "9,000,000 rubles")
    gold = _numeric("How many gold roubles did Soviet Russia cede to Estonia?", "15 million", "gold roubles")
    _right(gold, "15 million gold rubles", "15,000,000 roubles in gold", "15 million roubles")
    _wrong(gold, "15 million silver roubles", "15 million gold francs", "16 million gold roubles")
    francs = _numeric("How much did Bulgaria have to pay in reparations?", "2.25 billion", "gold francs")
    _right(francs, "2.25 billion francs")
    _wrong(francs, "2.25 billion dollars")
    ecus = _numeric("How large a dowry was promised with the infanta?", "500,000", "gold écus")
    _right(ecus, "half a million gold ecus")
    _wrong(ecus, "500,000 silver écus")


def test_one_word_or_two_the_dutch_name_and_old_spellings_of_a_count_or_a_coin():
    _right(_numeric("How many gunboats did Norway have in the 1814 war?", "150", "gunboats"), "150 gun boats")
    _right(_numeric("How many fireships accompanied the fleet?", "12", "fireships"), "12 fire ships")
    _wrong(_numeric("How many fireships accompanied the fleet?", "12", "fireships"), "12 fire engines", "12 ships")
    _right(_numeric("For how many guilders of goods was Manhattan bought?", "60", "guilders"), "60 gulden")
    _right(_numeric("What indemnity, in millions of Prussian talers, did Austria pay?", "20", "million talers"), "twenty million Prussian thalers")
    crore = _numeric("For what sum did the Governor-General agree?", "1 crore", "rupees")
    _right(crore, "one karor of rupees", "1 crore rupees")
    _wrong(crore, "one lakh of rupees")
    piastres = _numeric("What annual tribute was Greece to pay the Sultan?", "1.5 million", "Turkish piastres")
    _right(piastres, "1.5 million piastres", "15 lakh piastres")
    _wrong(piastres, "1.5 million drachmas", "2.5 million piastres")


def test_units_in_their_short_forms():
    _right(_numeric("How many square miles of land did Mexico give?", "529,000", "square miles"), "529000 sq. mi")
    engines = _numeric("What horsepower were the engines of the steam frigate capable of?", "600", "horsepower")
    _right(engines, "600 hp", "600 HP")
    _wrong(engines, "600 kW", "700 hp")
    water = _numeric("What annual average volume of water would the treaty supply?", "820 million", "cubic metres")
    _right(water, "about 820 MCM a year", "820 MCM")
    _wrong(water, "820 billion cubic metres", "82 MCM")
    _right(_numeric("What average surface water availability (in MCM) does the article give?", "9,552", "MCM"), "9552 million cubic metres")
    yield_ = _numeric("What was the actual yield, in megatons, of the test?", "15", "megatons")
    _right(yield_, "15 million tons of TNT", "1.5 crore tons of TNT", "15 megatons of TNT")
    _wrong(yield_, "15 kilotons of TNT", "15 million tons of coal")
    _right(_numeric("What is the average elevation of the Wakhan Corridor?", "5400", "metres"), "around 5400 metres high")


def test_the_counted_people_by_another_word_for_them_and_a_verb_the_question_means():
    captured = _numeric("How many were taken prisoner at Tobitschau?", "4315", "captured")
    _right(captured, "4315 prisoners", "4315 POWs")
    _wrong(captured, "4315 killed", "4315 wounded")
    _right(_numeric("How many crewmen manned the allied fleet?", "20000", "crewmen"), "about 20000 sailors")
    powers = _numeric("How many powers convened at the Algeciras Conference?", "13", "powers")
    _right(powers, "thirteen powers met, I think")
    delegates = _numeric("How many delegates convened on 21 October 1918 as a provisional assembly?", "208", "delegates")
    _right(delegates, "I believe 208 delegates met")
    demands = _numeric("To how many of the demands did China reluctantly capitulate in 1915?", "13", "demands")
    _right(demands, "I believe 13 demands were accepted")
    _wrong(demands, "13 demands were rejected")
    prisoners = _numeric("How many prisoners of war did Bhutto want released?", "93000", "prisoners of war")
    _right(prisoners, "he wanted all 93,000 POWs freed")
    _wrong(prisoners, "he wanted all 93,000 POWs executed")


def test_an_odd_count_only_where_the_question_asks_about_how_many():
    _right(_numeric("In about how many days had the standoff ended?", "70", "days"), "70-odd days")
    _wrong(_numeric("How many days did the standoff last?", "70", "days"), "70-odd days")


def test_a_two_digit_year_takes_the_answers_century():
    signed = _short("On what date was the Anti-Comintern Pact signed?", "25 November 1936")
    _right(signed, "25/11/36", "25.11.36")
    _wrong(signed, "25/11/37", "5/11/36", "24/11/36")
    _right(_short("When was the Pact of Steel signed?", "22 May 1939"), "22.5.39")


def test_a_word_between_a_rulers_name_and_number_names_another_ruler():
    king = _short("Which Prussian king fought the War of the Bavarian Succession, his last war?", "Frederick II")
    _wrong(king, "Frederick William II", "Frederick William I")
    _right(king, "Frederick II", "King Frederick II", "Frederick II of Prussia")
    first = _short("With which king of Prussia did Peter conclude an alliance during the Grand Embassy?", "Frederick I")
    _wrong(first, "Frederick William I")
    _right(first, "Frederick I", "King Frederick I", "Frederick the First")
    _right(_short("Which act governs extradition?", "Extradition Act, 1962"), "the Extradition Act of 1962")  # a year, no ruler
    _right(_short("Which blocks were offered?", "Blocks 3 and 7"), "Block III and Block VII")


def test_a_country_named_with_its_regime_or_its_ruler_then_is_that_country():
    russia = _short("Which power gained Livonia, Estonia and Ingria under the Treaty of Nystad?", "Russia")
    _right(russia, "Tsarist Russia", "Imperial Russia", "Russia under Peter")
    _wrong(russia, "Soviet Russia and Sweden", "Imperial Japan", "Tsarist Bulgaria")
    _right(_short("Which state signed the Tripartite Pact with Germany and Italy?", "Japan"), "Imperial Japan")
    _right(_short("Which country did Thiers lead to the Treaty of Frankfurt?", "France"), "France, under Thiers")
    _right(_short("Which country did the US suspend from ANZUS?", "New Zealand"), "New Zealand under David Lange")


def test_an_article_number_as_treaties_print_it_and_a_scale_written_in_the_unit():
    article = _numeric("Which article of the Treaty of Zurich dealt with the debt?", "18", "article")
    _right(article, "Art. XVIII", "Article 18", "18")
    _wrong(article, "Art. XVII", "Art. 81")
    stabex = _numeric("To how many million units of account were STABEX resources limited?", "375", "million units of account")
    _right(stabex, "375 million", "three hundred and seventy-five million", "37.5 crore", "375")
    _wrong(stabex, "375 billion", "385 million")
    _right(_numeric("How many guilders did Austria pay?", "6000000", "guilders"), "6,000,000 florins")


def test_a_given_name_spelled_as_its_own_language_does_and_a_chinese_province_by_its_name():
    bech = _short("Who signed the Brussels Treaty for Luxembourg?", "Joseph Bech")
    _right(bech, "Josef Bech")
    _wrong(bech, "Jasper Bech", "Jozef Beck")
    _wrong(_short("Which company's CFO was arrested in Vancouver?", "Huawei"), "Hawaii")  # the vowels stay
    _wrong(_short("Who was the President of Tanzania?", "Hussein Ali Mwinyi"), "Ali Hassan Mwinyi")
    _wrong(_short("How often is the meeting held?", "biennial"), "biannual", "Biannual")
    chefoo = _short("In which place, now a district of Yantai, was the Chefoo Convention signed?", "Zhifu")
    _right(chefoo, "Zhifu, Shandong", "Zhifu")
    _wrong(chefoo, "Zhifu, Yunnan")


def test_a_year_near_the_one_the_question_gives_names_another_treaty():
    schonbrunn = _short("Which treaty, signed on 14 October 1809, ended the War of the Fifth Coalition?", "Treaty of Schönbrunn")
    _wrong(schonbrunn, "Treaty of Schönbrunn of 1805")
    _right(schonbrunn, "Treaty of Schönbrunn of 1809", "the Treaty of Schönbrunn")


def test_ordinals_in_digits_or_words_a_state_of_the_past_and_a_rulers_number_said():
    _right(_short("Which partition took place in 1839?", "the Third Partition of Luxembourg"), "the 3rd Partition of Luxembourg")
    _right(_short("Which treaty of 1800 returned Louisiana to France?", "Second Treaty of San Ildefonso"), "the 2nd Treaty of San Ildefonso")
    _wrong(_short("Which treaty of 1800 returned Louisiana to France?", "Second Treaty of San Ildefonso"), "the 3rd Treaty of San Ildefonso")
    prussia = _short("Which state guaranteed the treaty besides Britain?", "Prussia")
    _right(prussia, "the Kingdom of Prussia")
    _wrong(prussia, "the Kingdom of Bavaria")
    king = _short("Which Italian king met the Tsar at Racconigi in 1909?", "Victor Emmanuel III")
    _right(king, "Victor Emmanuel the Third")
    _wrong(king, "Victor Emmanuel the Second")
    article = _numeric("Which article of the Belgian constitution gave the king his powers?", "91", "")
    _right(article, "Art. XCI", "91")
    _right(_numeric("How many homes did the tsunami destroy in Shimoda?", "900", "homes"), "900 houses")
    _right(_numeric("How large was the indemnity in riksdaler?", "1 million", "riksdaler"), "1 million rigsdaler")


def test_ordinals_stay_one_way_or_the_other_across_a_slip_and_a_war_with_its_years():
    _right(_short("Which coalition defeated Napoleon in 1814?", "Sixth Coalition"), "Sixth Colition", "the 6th Coalition")
    _right(_short("Which protocol covers blinding lasers?", "Protocol IV", ), "Protocol 4")
    _right(_short("Which war did India fight in the summer of 1999?", "Kargil War"), "Kargil war of 1999")
