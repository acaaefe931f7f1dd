"""The last pass over the drafts: what a reviewer deletes goes, what they would only edit is repaired.

Each sentence is (or is cut down from) a real article of the genre, most from the
drafter's third blind round, where the same draft was judged unusable or needing an
edit (bench/draft_eval/verdicts_heldout3_frozen.yaml); each rule has a draft it must
drop (or repair) and a draft of the same shape it must keep.
"""

from __future__ import annotations

from studyapp.drafting import draft_document
from studyapp.drafting.worth import judged, worth_asking


def cloze(text: str, category: str, qid: str = "q") -> dict:
    return {"id": qid, "type": "cloze", "category": category, "text": text, "explanation": "The document says: \"" + text.replace("{{", "").replace("}}", "") + '"'}


def numeric(prompt: str, answer, category: str = "figure", qid: str = "q") -> dict:
    return {"id": qid, "type": "numeric", "category": category, "prompt": prompt, "answer": answer}


def swap(statement: str, original: str, category: str = "person", qid: str = "q") -> dict:
    return {"id": qid, "type": "truefalse", "category": category, "prompt": statement, "answer": False, "explanation": f'The document says: "{original}"'}


def reason(question: dict) -> str | None:
    [(_, why)] = judged([question])
    return why


def test_a_fact_in_a_credit_line_or_dateline_is_dropped_and_the_line_cut_from_good_drafts():
    line = "(MENAFN- NewsIn) Colombo, August 25: The 10th edition of annual bilateral Exercise MITRA SHAKTI was conducted at Maduru Oya, Sri Lanka."
    assert reason(cloze(line.replace("August 25", "{{August 25}}"), "date")) == "credit line"
    assert reason(cloze(line.replace("(MENAFN- NewsIn)", "({{MENAFN- NewsIn}})"), "organisation")) == "credit line"
    kept = cloze(line.replace("MITRA SHAKTI", "{{MITRA SHAKTI}}"), "operation")
    assert reason(kept) is None
    assert kept["text"] == "The 10th edition of annual bilateral Exercise {{MITRA SHAKTI}} was conducted at Maduru Oya, Sri Lanka."
    assert kept["explanation"] == 'The document says: "The 10th edition of annual bilateral Exercise MITRA SHAKTI was conducted at Maduru Oya, Sri Lanka."'
    caption = "Prime Minister Narendra Modi and Ursula von der Leyen ahead of their meeting at Hyderabad House in New Delhi. (HT Photo/ajay Aggarwal)"
    assert reason(cloze(caption.replace("Aggarwal", "{{Aggarwal}}"), "organisation")) == "credit line"
    house = cloze(caption.replace("Hyderabad House", "{{Hyderabad House}}"), "place")
    assert reason(house) is None and house["text"].endswith("in New Delhi.")
    # a colon after a name is not a dateline unless it opens a credit line or the document
    heading = cloze("Exercise Shakti: the Indian Army and the French Army train together in {{Meghalaya}}.", "place")
    assert reason(heading) is None and heading["text"].startswith("Exercise Shakti:")


def test_the_trip_to_an_exercise_is_not_worth_asking_but_where_a_ship_arrives_is():
    trip = "Indian contingent arrived from Jodhpur to Mattala Rajapaksa International Airport on 12 August 2024 by Indian Air Force IL-76."
    assert reason(cloze(trip.replace("Jodhpur", "{{Jodhpur}}"), "place")) == "the trip, not the event"
    assert reason(cloze(trip.replace("IL-76", "{{IL-76}}"), "operation")) == "the trip, not the event"
    assert reason(cloze(trip.replace("Indian Air Force", "{{Indian Air Force}}"), "organisation")) == "the trip, not the event"
    assert reason(cloze(trip.replace("Mattala Rajapaksa International Airport", "{{Mattala Rajapaksa International Airport}}"), "organisation")) == "arrival airport"
    assert reason(cloze("The deployment will include HMAS Success and HMAS Parramatta which will arrive in {{Chennai}} on March 28.", "place")) is None


def test_news_outlets_counts_of_papers_and_currency_conversions_are_not_worth_asking():
    assert reason(cloze("The foreign minister told the {{Financial Times}} that Ottawa is committing to new military assets.", "organisation")) == "news outlet"
    assert reason(cloze("{{Kuwait News Agency}} reported that the two ministers signed the pact.", "organisation")) is None
    papers = 'How many records? "A virtual reading of the RAA main text, Agreed Minutes, and ____ records of discussions was conducted on June 11."'
    assert reason(numeric(papers, 2)) == "count of papers or days"
    assert reason(numeric('How many days? "Marles is on a ____-day visit to India to strengthen the bilateral defence ties."', 4)) == "count of kit, days or phases"
    assert reason(numeric('How many days? "The main aim of this ____-day exercise is to bolster military interoperability."', 10)) == "an exercise's length"
    conversion = 'How much? "Ottawa is investing C$400mn (____) in military aid for the Indo-Pacific region."'
    assert reason(numeric(conversion, "US$298 million")) == "currency conversion"
    assert reason(numeric('How much? "India inks ____ deal with the US to procure 31 Predator drones."', "$4 billion")) is None


def test_generic_words_an_embassy_in_a_capital_and_the_service_left_in_a_list_are_dropped():
    assert reason(cloze("The {{Joint Statement}} released by the ministries of both countries stressed on their shared values.", "agreement")) == "generic words, not a name"
    assert reason(cloze("The contract is an important step for {{Government of India}}'s policy of promoting defence exports.", "organisation")) == "generic words, not a name"
    assert reason(cloze("Rajnath Singh concluded the 5th {{Annual Defence Dialogue}} between India and France.", "agreement")) is None
    assert reason(cloze("Indonesia and Malaysia signed a {{Memorandum of Understanding}} on defence cooperation in Kuala Lumpur.", "agreement")) is None
    assert reason(cloze("Greece opened its embassy in {{Delhi}} in 1950.", "place")) == "embassy in the capital"
    assert reason(cloze("The fourth in-person Quad leaders' summit was held in {{Wilmington}}, Delaware.", "place")) is None
    listed = "15 Sea Guardian drones for the Indian Navy, and eight Sky Guardian drones each for the {{Indian Army}} and Air Force."
    assert reason(cloze(listed, "organisation")) == "service given by the sentence"
    assert reason(cloze("The deployment will include the {{Royal Australian Navy}} ships HMAS Success and HMAS Parramatta.", "organisation")) == "2.5 a party's own service"  # since round fourteen (WORTH_ASKING.md 2.5)


def test_an_ordinal_of_an_unnamed_edition_is_dropped_but_not_of_a_named_exercise():
    assert reason(cloze("The {{second}} edition took place in September 2022 with India’s two ministers meeting with Prime Minister Fumio Kishida.", "figure")) == "ordinal of an unnamed thing"
    assert reason(cloze("On August 20, 2024 the {{third}} edition of the dialogue was held in New Delhi.", "figure")) == "ordinal of an unnamed thing"
    assert reason(cloze("India and Australia will deepen ties with the {{third}} edition of the biennial, bilateral exercise AUSINDEX.", "figure")) is None
    assert reason(cloze("Varuna will be the {{23rd}} edition of the bilateral exercise.", "figure")) is None


def test_an_answer_the_question_gives_away_is_dropped():
    assert reason(cloze("The MQ-9B, a variant of the {{MQ-9}} Reaper, is armed with Hellfire missiles.", "operation")) == "answer in the question"
    assert reason(cloze("According to the Ministry of Foreign Affairs ({{MEA}}), relations between Greece and India are based on shared values.", "organisation")) == "expansion in the question"
    assert reason(cloze("The {{Cabinet Committee on Security}} cleared the deal; the CCS had approved the drones last week.", "organisation")) == "acronym in the question"
    assert reason(cloze("Australia, UK and US ({{AUKUS}}) will announce the optimal pathway for Canberra to acquire submarines.", "organisation")) is None
    assert reason(cloze("The MQ-9B is a variant of the {{Reaper}}, built by General Atomics.", "operation")) is None
    prompt = 'Which organisation completes the sentence? "The deal was signed by ____ in Quezon City."'
    twin = {"id": "q", "type": "choice", "category": "organisation", "prompt": prompt, "answer": "BrahMos", "choices": ["BrahMos", "BrahMos Aerospace", "Safran", "HAL"]}
    assert reason(twin) == "answer in the choices"
    assert reason(dict(twin, choices=["BrahMos", "Dassault", "Safran", "HAL"])) is None


def test_half_a_name_is_widened_to_the_whole_name_or_dropped():
    su30 = cloze("The contingent will be operating the formidable {{Su-30}} MKI multirole fighters.", "operation")
    assert reason(su30) is None and "{{Su-30 MKI}}" in su30["text"]
    leyen = cloze("Prime Minister Narendra Modi and President of the European Commission Ursula von der {{Leyen}} met in New Delhi.", "person")
    assert reason(leyen) is None and "{{Ursula von der Leyen}}" in leyen["text"]
    dates = cloze("Exercise MITRA SHAKTI was conducted at Maduru Oya, Sri Lanka from 12-25 {{August 2024}}.", "date")
    assert reason(dates) is None and "from {{12-25 August 2024}}." in dates["text"]
    assert reason(cloze("Canada vowed to push back against unilateral actions in the Taiwan Strait, as well as the {{East}} and South China Seas.", "place")) == "half a name"
    assert reason(cloze("An IAF contingent landed at the {{Royal Australian Air Force}} Base Darwin, Australia for Exercise Pitch Black 2024.", "organisation")) == "half a name"
    assert reason(cloze("Prime {{Minister Narendra Modi and European Commission}} President Ursula von der Leyen met.", "organisation")) == "junk gap"
    assert reason(cloze("The US contingent is from the {{Alaska}}-based 11th Airborne Division of the US Army.", "place")) is None
    assert reason(cloze("The 10th edition of Exercise {{MITRA SHAKTI}} was conducted at Maduru Oya.", "operation")) is None


def test_an_absurd_or_still_true_swap_becomes_a_cloze_of_the_documents_sentence():
    original = "The US and India would swap host years, providing an opportunity for Prime Minister Narendra Modi to host Quad leaders."
    titled = swap(original.replace("Narendra Modi", "Anthony Albanese"), original)
    assert reason(titled) is None
    assert titled["type"] == "cloze" and titled["text"] == original.replace("Narendra Modi", "{{Narendra Modi}}") and "answer" not in titled
    kono = ("In November 2019, India and Japan held their first 2+2 meeting between Defense Minister Taro Kono, "
            "Minister of External Affairs, S. Jaishankar, and Minister of Defence, Rajnath Singh.")  # fmt: skip
    still_true = swap(kono.replace("Defense Minister Taro Kono, ", "").replace("Rajnath Singh", "Taro Kono"), kono)
    assert reason(still_true) is None and still_true["text"].endswith("Minister of Defence, {{Rajnath Singh}}.")
    place = "Exercise MITRA SHAKTI was conducted at Training School, Maduru Oya, Sri Lanka from 12-25 August 2024."
    country = swap(place.replace("Sri Lanka", "Hon'ble Premitha"), place)
    assert reason(country) is None and country["category"] == "place" and "{{Sri Lanka}}" in country["text"]
    capital = "Greek Prime Minister Kyriakos Mitsotakis met Narendra Modi during his visit."
    city = cloze("Mitsotakis will also visit {{Mumbai}}.", "place", "city")
    assert [q["type"] for q in worth_asking([city, swap(capital.replace("Narendra Modi", "Mumbai"), capital)])] == ["cloze", "cloze"]
    fair = "The Varuna exercise between India and France was held in the Arabian Sea."
    untouched = swap(fair.replace("Varuna", "Shakti"), fair, "operation")
    assert reason(untouched) is None and untouched["type"] == "truefalse"


def test_the_same_fact_asked_twice_keeps_the_fuller_draft():
    short = cloze("The deal was signed by {{BrahMos Aerospace}} in Quezon City.", "organisation", "short")
    full = cloze("{{BrahMos Aerospace Private Limited}} signed a contract with the Philippines on January 28, 2022.", "organisation", "full")
    month = cloze("Canada's warships sailed through the Taiwan Strait in {{September}}.", "date", "month")
    day = cloze("On {{Sept. 20}}, the USS Higgins and HMCS Vancouver conducted a routine transit.", "date", "day")
    arrival = cloze("Indian contingent arrived at Mattala on {{12 August 2024}}.", "date", "arrival")
    span = cloze("Exercise MITRA SHAKTI was conducted at Maduru Oya from {{12-25 August 2024}}.", "date", "span")
    other = cloze("The previous edition was held in Pune on {{13 August 2023}}.", "date", "other")
    assert [q["id"] for q in worth_asking([short, full, month, day, arrival, span, other])] == ["full", "day", "span", "other"]


def test_drafting_a_document_with_a_dateline_never_asks_the_dateline():
    text = ("India inks deal for drones\n\nNew Delhi: India signed a $4 billion deal to procure 31 Predator drones from "
            "US-based defence manufacturer General Atomics on October 15, 2024.\n")  # fmt: skip
    questions = draft_document(text, "t.txt")
    bodies = [q.get("text") or q.get("prompt") or "" for q in questions]
    assert questions and not any("New Delhi:" in body or "{{New Delhi}}" in body for body in bodies)


def test_who_hosted_an_exercise_is_not_taken_for_the_trip():
    hosted = cloze("The exercise returned to Darwin after two years, hosted by the {{Royal Australian Air Force}}.", "organisation")
    assert reason(hosted) == "2.5 a party's own service"  # since round fourteen (WORTH_ASKING.md 2.5)


def test_kit_in_an_exercise_participant_list_is_trivia_but_its_ships_and_other_kit_are_not():
    kit = "In addition, INS Kiltan, INS Savitri, a Dornier maritime surveillance aircraft and a Chetak helicopter of the Indian Navy joined the maritime exercise."
    assert reason(cloze(kit.replace("Chetak", "{{Chetak}}"), "organisation")) == "equipment trivia"
    assert reason(cloze(kit.replace("INS Savitri", "{{INS Savitri}}"), "operation")) is None
    assert reason(cloze(kit.replace("Indian Navy", "{{Indian Navy}}"), "organisation")) == "service given by the ship"
    classes = "Warships from the Republic of Singapore Navy taking part in the exercise include the two {{Formidable-class}} frigates RSS Stalwart and RSS Tenacious."
    assert reason(cloze(classes, "operation")) == "equipment trivia"
    assert reason(cloze("Australia will buy three {{Virginia-class}} submarines from the US under AUKUS.", "operation")) is None
    count = 'How many Sea King MK? "During the exercise, the Indian Navy deployed warship INS Kochi and ____ Sea King MK 42B helicopters."'
    assert reason(numeric(count, 2)) == "count of kit, days or phases"
    assert reason(numeric('How many submarines? "Australia will buy ____ Virginia-class submarines from the US."', 3)) is None


def test_answers_given_by_a_capital_a_list_a_rank_and_junk_gaps_are_dropped():
    assert reason(cloze("The announcement was made in Saudi capital {{Riyadh}} where Prime Minister Modi paid a visit.", "place")) == "capital given by its country"
    assert reason(cloze("The two-day summit began in the {{Kazakh}} capital Astana.", "place")) == "capital given by its country"
    assert reason(cloze("The summit began in {{Astana}} on July 3.", "place")) is None
    listed = 'How many countries? "Initially, it consisted of ____ countries: Russia, Kazakhstan, Kyrgyzstan, China, Tajikistan, and Uzbekistan."'
    assert reason(numeric(listed, 6)) == "count given by its list"
    assert reason(numeric('How many dialogue partners? "There are ____ dialogue partners, including Türkiye."', 14)) is None
    assert reason(cloze("The exercise came a week after Chief of Air Staff {{Air Chief Marshal}} RKS Bhadauria's visit.", "person")) == "a rank, not a name"
    assert reason(cloze("RSN's Fleet Commander Colonel ({{COL}}) Kwan Hon Chuong unveiled the logo.", "term")) == "junk gap"
    assert reason(cloze('A number of other {{MoUs}} will be signed for partnerships.', "organisation")) == "junk gap"
    assert reason(cloze("In {{December}} last year, General MM Naravane visited the UAE.", "date")) == "a month without its day or year"
    assert reason(cloze("The 24th Summit concluded in Astana with the adoption of the {{Astana Declaration}}.", "agreement")) == "answer in the question"
    assert reason(cloze("The {{Ganga Water Treaty}} was signed on December 12, 1996.", "agreement")) is None
    assert reason(numeric('In which year? "Published - October 29, ____ 11:12 pm IST - NEW DELHI"', 2019, "date")) == "credit line"


def test_a_head_of_government_in_his_post_is_asked_once_and_a_true_restatement_of_a_cloze_goes():
    first = cloze("Prime Minister {{Narendra Modi}} announced the formation of the India-Saudi Strategic Partnership Council.", "person", "a")
    again = cloze("The projects further Prime Minister {{Narendra Modi}}'s vision of Make in India.", "person", "b")
    other = cloze("The treaty was signed by then Indian Prime Minister {{H.D. Deve Gowda}} in 1996.", "person", "c")
    assert [why for _, why in judged([first, again, other])] == [None, "a post that names its holder", None]
    sentence = "Indian Air Force and French Air and Space Force have held six editions of Air Exercises named 'Garuda'."
    true = {"id": "t", "type": "truefalse", "category": "operation", "prompt": sentence, "answer": True, "_fact": "Garuda"}
    gap = cloze(sentence.replace("Garuda", "{{Garuda}}"), "operation", "g")
    assert [why for _, why in judged([gap, true])] == [None, "true statement of a cloze's sentence"]


# -- round seven: the families of round six's blind verdicts (bench/draft_eval/verdicts_heldout6_frozen.yaml) --------------


def test_a_capital_standing_for_its_country_is_dropped_but_a_venue_is_kept():
    assert reason(cloze("{{Seoul}}’s arms procurement agency said the deal was signed.", "place")) == "a capital standing for its country"
    assert reason(cloze("{{Washington}} and Manila have deepened their defence cooperation.", "place")) == "a capital standing for its country"
    assert reason(cloze("The 15th edition was conducted in Mongolia's {{Ulaanbaatar}}.", "organisation")) == "capital given by its country"
    assert reason(cloze("India and Japan held their first 2+2 meeting in {{New Delhi}} in November 2019.", "place")) is None
    assert reason(cloze("In {{Berlin}}, Canada and Germany signed a Joint Declaration of Intent.", "place")) is None
    assert reason(cloze("Exercise Malabar was held off {{Sydney}} and Jervis Bay.", "place")) is None  # no capital


def test_a_figure_converted_into_another_unit_or_currency_is_dropped():
    assert reason(numeric('How many miles? "Less than 300 kilometers (____ miles) from Taiwan, there will be drills."', 180)) == "currency conversion"
    assert reason(numeric('How much? "The deal is worth 2 to 3 billion euros ($____ – $3.5 billion), people said."', "2.3")) == "currency conversion"
    assert reason(numeric('How much? "South Korean media estimated the deal at up to 20 trillion won (____)."', "$15 billion")) == "currency conversion"
    assert reason(numeric('How many kilometres? "The range of the missile is ____ kilometres (180 miles)."', 300)) is None


def test_junk_gaps_across_two_things_are_dropped():
    assert reason(cloze("India's Ambassador to {{Mongolia Atul Malhari Gotsurve}} also attended the meeting.", "organisation")) == "junk gap"
    text = "The meeting was co-chaired by {{Ministry of Defence Amitabh Prasad and State}} Secretary of Mongolia Gankhuyag Davagdorj."
    assert reason(cloze(text, "organisation")) == "junk gap"
    assert reason(cloze("The exercise will involve {{Indian Naval Ships Rana}}, Kuthar and a P8I aircraft.", "organisation")) == "junk gap"
    assert reason(cloze("Japan clinched a landmark {{AU}}$10 billion deal to build Australia's warships.", "organisation")) == "junk gap"
    assert reason(cloze("The {{Sri Lanka Navy}} hosted SLINEX-23 off Colombo.", "organisation")) == "2.5 a party's own service"  # since round fourteen (WORTH_ASKING.md 2.5)
    assert reason(cloze("The {{Ministry of External Affairs}} and State Secretary met in Delhi.", "organisation")) == "2.5 a party's own ministry"  # not junk; since round fourteen (WORTH_ASKING.md 2.5)


def test_the_second_of_two_drafts_of_one_figure_and_an_earlier_edition_beside_the_current_one_go():
    questions = [
        numeric('How many French frigates? "The pact provides for the acquisition of ____ French frigates and Rafale jets."', 3, qid="a"),
        numeric('How many Belh@rra frigates? "Greece will also immediately receive ____ + 1 Belh@rra frigates with air defence."', 3, qid="b"),
        cloze("The {{16th}} edition of Joint Military Exercise 'Nomadic Elephant' will be held in Umroi.", "figure", qid="c"),
        cloze("The {{15th}} edition of the Joint Military Exercise 'Nomadic Elephant' was held in Mongolia.", "figure", qid="d"),
        cloze("The {{30th}} edition of SIMBEX began in the South China Sea.", "figure", qid="e"),
    ]
    reasons = {q["id"]: why for q, why in judged(questions)}
    assert reasons == {"a": None, "b": "same figure twice", "c": None, "d": "an earlier edition beside the current one", "e": None}


def test_delegation_sizes_pairs_and_the_dates_of_one_phase_are_not_asked():
    assert reason(numeric('How many members? "A ____-member delegation from the Russian Army visited Pune."', 6)) == "size of a delegation"
    assert reason(numeric('How many contracts? "The Ministry of Defence signed ____ contracts worth ₹2,867 crore."', 2)) == "a pair, not worth asking"
    assert reason(numeric('How many weeks? "India and the UK kickstarted a ____-week staff course at Chaubatia."', 2)) is None  # an exercise's length goes (round eight)
    assert reason(numeric('How many members? "Von der Leyen travelled with 22 of the ____ members of the College of Commissioners."', 27)) is None
    text = "The exercise is conducted in two phases: the Harbour phase from {{28 to 30 March}} in Chennai and the Sea phase later."
    assert reason(cloze(text, "date")) == "dates of one phase"
    assert reason(cloze("Exercise Indra will be held from {{28 March to 2 April 2025}} in Chennai.", "date")) is None


def test_protocol_statement_dates_press_offices_siblings_and_designators_go():
    text = "At the Royal Court, the Crown Prince received the PM, and a guard of honor was presented by the {{Saudi Armed Forces}}."
    assert reason(cloze(text, "organisation")) == "protocol, not the event"
    assert reason(cloze("A Pentagon statement issued on {{2 July}} confirmed the discussions on defence cooperation.", "date")) == "date of a statement"
    assert reason(cloze("The pact was signed on {{2 July}} in Kuala Lumpur.", "date")) is None
    assert reason(cloze("{{Additional Directorate General of Public Information}} said the exercise begins today.", "organisation")) == "press office"
    text = "Hyundai Rotem will ship tanks, and Hanwha Defense, the defence unit of {{Hanwha Corp}}, will send K9 howitzers."
    assert reason(cloze(text, "organisation")) == "name given by its sibling"
    text = "Hyundai Rotem will ship tanks, and {{Hanwha Defense}}, the defence unit of Hanwha Corp, will send K9 howitzers."
    assert reason(cloze(text, "organisation")) is None  # the first of the two names stays
    assert reason(cloze("Hyundai Rotem will ship K2 {{Black Panther}} tanks to Poland.", "operation")) == "half a name"
    assert reason(cloze("A parade will mark the 80th anniversary of {{World War II}}'s end.", "agreement")) == "history, not these ties"


def test_an_agreement_named_inside_a_longer_one_is_the_same_name():
    questions = [
        cloze('The US and Vietnam agreed to elevate their relations to a "{{comprehensive strategic partnership}}".', "agreement", qid="a"),
        cloze('The upgrade skipped the "{{strategic partnership}}" phase.', "agreement", qid="b"),
    ]
    assert {q["id"]: why for q, why in judged(questions)} == {"a": None, "b": "same name twice"}


def test_a_conversion_right_after_a_sum_is_cut_from_the_question():
    question = numeric('How much? "Ottawa is investing ____ (US$298 million) in military aid for the Indo-Pacific region."', "C$400mn")
    assert reason(question) is None
    assert question["prompt"] == 'How much? "Ottawa is investing ____ in military aid for the Indo-Pacific region."'
    kept = numeric('How many? "The Indian Navy (IN) will buy ____ ships (two destroyers and a tanker)."', 3)  # bought (1.6); kit fielded in a drill goes (2.2)
    assert reason(kept) is None and "(two destroyers and a tanker)" in kept["prompt"]


def test_half_a_title_and_an_acronym_spelt_out_beside_it_go():
    text = "The agreement was signed by Saudi Crown {{Prince Mohammed bin Salman}} and Prime Minister Shehbaz Sharif."
    assert reason(cloze(text, "person")) == "half a name"
    assert reason(cloze("The agreement was signed by Crown Prince {{Mohammed bin Salman}} in Riyadh in 2025.", "person")) is None
    assert reason(cloze("The Sri Lanka–India Naval Exercise ({{SLINEX}}) -23 concluded in Colombo.", "organisation")) == "expansion in the question"


def test_a_country_named_by_its_capital_or_its_ships_and_a_capital_by_its_country_go():
    assert reason(cloze("In Berlin, Canada and {{Germany}} signed a Joint Declaration of Intent.", "place")) == "country given by its capital"
    assert reason(cloze("{{Australia}} is fielding destroyer HMAS Brisbane and landing ship HMAS Choules.", "place")) == "country given by its ships"
    assert reason(cloze("The UK and the US blamed Iran for the attack, a charge denied by {{Tehran}}.", "place")) == "capital given by its country"
    assert reason(cloze("Malabar now includes Japan and {{Australia}} as regular participants.", "place")) is None
    assert reason(cloze("India and Japan held their first 2+2 meeting in {{Tokyo}} in 2019.", "place")) is None  # a venue


def test_a_town_after_its_state_is_filed_as_a_place():
    question = cloze("The exercise will be conducted in Meghalaya's {{Umroi}} from July 3-16, 2024.", "organisation")
    assert reason(question) is None and question["category"] == "place"
    body = cloze("The exercise was planned by Meghalaya's {{Assam Rifles}} in July 2024.", "organisation")
    assert reason(body) is None and body["category"] == "organisation"


def test_a_place_in_someones_quoted_words_goes_but_a_quoted_title_stays():
    text = "“Ten K2 tanks will arrive here, in {{Morag}} later this year,” Polish Defence Minister Mariusz Blaszczak said."
    assert reason(cloze(text, "place")) == "a place in someone's words"
    assert reason(cloze("Blaszczak signed the deal at the army base in {{Morag}} in August 2022.", "place")) is None
    assert reason(cloze("The exercise “Desert Knight” was held at Air Force Station {{Jodhpur}} in 2021.", "place")) is None


def test_the_learners_own_service_an_exercises_length_the_un_of_a_stock_phrase_and_common_word_names_go():
    """Round eight (D8): what every strict blind judge deleted from exercise reports (rounds three to seven)."""
    pair = "The maiden Joint Exercise Cyclone between Special Forces of Indian Army and Egypt Army commenced in Rajasthan."
    assert reason(cloze(pair.replace("Indian Army", "{{Indian Army}}"), "organisation")) == "the learner's own service"
    assert reason(cloze(pair.replace("Egypt Army", "{{Egypt Army}}"), "organisation")) == "2.5 a party's own service"  # since round fourteen (WORTH_ASKING.md 2.5)
    assert reason(cloze("An {{IAF}} contingent landed at Darwin for Exercise Pitch Black.", "organisation")) == "the learner's own service"
    assert reason(numeric('How many days? "Held at Devlali, this ____-day exercise featured 182 Singaporean personnel."', 3)) == "an exercise's length"
    assert reason(numeric('How many weeks? "The exercise Khanjar was held for ____ weeks."', 2)) == "an exercise's length"
    assert reason(numeric('How many years? "The exercise is held every ____ years in the Arabian Sea."', 2)) is None
    assert reason(numeric('How many days? "The ____-day dialogue ended with a joint statement."', 2)) is None  # not an exercise
    assert reason(cloze("An Indo-UK exercise in humanitarian assistance under the {{United Nations}} mandate has begun at Secunderabad.", "organisation")) == "the UN of a stock phrase"
    assert reason(cloze("Both sides called for reform of the {{United Nations}} to reflect today's world.", "organisation")) is None
    assert reason(cloze("The exercise will culminate in a {{Counter-Terrorism Operation}} by troops of both armies.", "organisation")) == "generic words, not a name"
    assert reason(cloze("The {{Garud Commando Force}} is a special force that operates under the Air Force.", "organisation")) is None



def test_where_a_country_lies_the_pair_itself_a_contingents_size_and_one_word_people_go():
    """Round eight (D8): trivial places, the two sides as a gap, a contingent's size, a single word taken for a person."""
    assert reason(cloze("Kyrgyzstan is located in {{Central Asia}}.", "place")) == "where a country lies"
    assert reason(cloze("Oman is among the first {{Gulf}} countries with which India has held joint exercises.", "place")) == "where a country lies"
    assert reason(cloze("Chabahar is a hub connecting India with {{Central Asia}} and Afghanistan.", "place")) is None
    assert reason(cloze("The navies will hold drills in the {{Indian Ocean}} region next month.", "place")) is None
    assert reason(cloze("As part of the ongoing {{India Bangladesh}} bilateral defence cooperation, Ex Sampriti began.", "place")) == "the two countries, given away"
    assert reason(cloze("Exercise {{Sampriti}} between India and Bangladesh began at Jashore.", "operation")) is None
    size = 'How many personnel? "Held at Devlali, the exercise featured a contingent of ____ Singaporean personnel."'
    assert reason(numeric(size, 182)) == "size of a delegation"
    assert reason(numeric('How many personnel? "Pitch Black 2024 involves ____ military personnel from 20 countries."', 4400)) == "2.2 a count of people or kit"  # since round fourteen (WORTH_ASKING.md 2.2)
    assert reason(cloze("Indian Naval ships have regularly visited {{Muscat}} since 2015.", "person")) == "one word, not a person's name"
    assert reason(cloze("Canadian Prime Minister Carney and German Chancellor {{Merz}} discussed Ukraine.", "person")) is None


def test_a_countrys_generic_body_named_by_the_country_after_it_and_the_learners_armed_forces_go():
    """Round eight (D8): "the {{Royal Army}} of Oman" is a common noun until its country is read; a firm's name is not."""
    assert reason(cloze("Indian Air Force and {{Royal Air Force}} of Oman have held joint exercises since 2009.", "organisation")) == "a country's body, named by its country"
    assert reason(cloze("BrahMos signed a contract with the {{Department of National Defence}} of the Republic of the Philippines.", "organisation")) == "a country's body, named by its country"
    assert reason(cloze("The second contract, worth ₹877 crore, is with {{Naval Group}} of France.", "organisation")) is None
    assert reason(cloze("For instance, {{Para Special Forces}} of the Indian Army are trained in counter-terrorism.", "organisation")) is None
    assert reason(cloze("The {{Indian Armed Forces}} have served in peacekeeping missions for over five decades.", "organisation")) == "the learner's own service"


def test_an_exercise_swapped_for_the_two_countries_or_two_names_is_repaired_and_a_date_filed_as_one_goes():
    """Round eight (D8): "the COVID-19 Maritime bilateral exercise" (for "India-Japan") was a true/false item."""
    original = "On July 20, the joint naval exercise North/Interaction – 2023 kicked off in the Sea of Japan."
    bad = swap(original.replace("Interaction – 2023", "Admiral Panteleyev"), original, "operation")
    assert reason(bad) is None and bad["type"] == "cloze" and "exercise {{North/Interaction – 2023}} kicked off" in bad["text"]
    dated = "The contingent departed by road for the exercise location on 4 Jun 2022."
    assert reason(swap(dated.replace("Jun 2022", "SAMPRITI"), dated, "operation")) == "a date filed as an exercise"
    fair = "India and Australia also kicked off the 4th edition of their naval drills Ausindex off Darwin."
    assert reason(swap(fair.replace("Ausindex", "Malabar"), fair, "operation")) is None


def test_a_contingents_units_go_but_a_service_stays():
    line = "The Australian Army contingent comprising 120 personnel will be represented by the 13th Light Horse Regiment of the 10th Brigade of 2nd Division."
    for unit in ("13th Light Horse Regiment", "10th Brigade", "2nd Division"):
        assert reason(cloze(line.replace(unit, "{{" + unit + "}}"), "organisation")) == "a contingent's unit"
    assert reason(cloze("Forty-five personnel from {{Gorkha Rifles}} of the Indian Army are taking part in LAMITYE.", "organisation")) == "a contingent's unit"
    assert reason(cloze("The exercise was held with the {{US Marine Corps}} off Okinawa in March 2024.", "organisation")) == "2.5 a party's own service"  # since round fourteen (WORTH_ASKING.md 2.5)


def test_a_ship_named_after_its_type_without_its_prefix_goes_but_a_prefixed_one_is_left_to_the_older_rules():
    line = "The Indian Navy is to deploy guided missile corvette {{Khukri}} and anti-submarine warfare corvette Kiltan."
    assert reason(cloze(line, "operation")) == "a ship in a participant list"
    assert reason(cloze("Japanese Maritime Self Defence Force Ship {{JS Makinami}} is on a visit to Mumbai.", "operation")) is None


def test_a_contingents_head_count_goes_but_an_exercises_size_in_thousands_stays():
    line = 'How many personnel? "The Australian Army contingent comprising ____ personnel will be represented by an infantry battalion."'
    assert reason(numeric(line, 120)) == "a contingent's head count"
    soldiers = 'How many soldiers? "With ____ soldiers from each side participating, the exercise DUSTLIK promoted camaraderie."'
    assert reason(numeric(soldiers, 45)) == "a contingent's head count"
    size = 'How many troops? "Talisman Sabre 2025 kicked off in Sydney, bringing together ____ troops from Australia, the US and 17 other nations."'
    assert reason(numeric(size, 35000)) == "2.2 a count of people or kit"  # since round fourteen (WORTH_ASKING.md 2.2)


def test_the_press_office_that_said_it_goes_but_an_organisation_that_acts_stays():
    assert reason(cloze('"Malaysia and Vietnam will also attend as observers," said the {{US Embassy}} in Australia.', "organisation")) == "the press office that said it"
    assert reason(cloze("The {{Chinese Defense Ministry}} stated that the 2025 edition aims to deepen the partnership.", "organisation")) == "the press office that said it"
    assert reason(cloze("The exercise was planned by the {{Eastern Naval Command}} of the Indian Navy in Visakhapatnam.", "organisation")) is None
    assert reason(cloze("The UK {{Ministry of Defence}} notes that the treaty was signed one year after GCAP was launched.", "organisation")) == "the press office that said it"
    assert reason(cloze("India informed the {{IAEA}} of the test in March 2024.", "organisation")) is None  # informed whom: no attribution
    assert reason(cloze("Quad leaders announced the {{Indo-Pacific Partnership}} in Tokyo in May 2022.", "organisation")) is None


def test_an_exercises_year_beside_its_name_goes_but_the_year_of_an_event_stays():
    assert reason(numeric('In which year? "LAMITYE ____ was launched at the Seychelles Defence Academy on Ile Du Port."', 2024, "date")) == "an exercise's year beside its name"
    garuda = 'In which year? "The United States and Indonesia launched the ____ Super Garuda Shield exercise on August 26 at Surabaya."'
    assert reason(numeric(garuda, 2024, "date")) == "an exercise's year beside its name"
    assert reason(numeric('In which year? "The first edition of the exercise was conducted in India in ____ at Belagavi."', 2010, "date")) is None


def test_a_gap_across_a_bracket_or_a_rank_cut_in_two_goes():
    hural = "Opening remarks were given by S. Byambatsogtu, Member of the {{State Great Hural (Parliament}}) of Mongolia."
    assert reason(cloze(hural, "organisation")) == "a gap across a bracket"
    assert reason(cloze("Remarks were given by the Chief of General Staff, Maj. {{Gen. S. Ganbyamba}}, at the opening.", "person")) == "a rank cut in two"
    assert reason(cloze("Remarks were given by the Chief of General Staff, Maj. Gen. {{S. Ganbyamba}}, at the opening.", "person")) is None


def test_a_statements_item_leaves_out_a_contingents_head_count():
    from studyapp.drafting import draft_questions, parse_document

    text = ("Article\n\nThe exercise AUSTRAHIND was started in 2022 in Rajasthan and has since then become an annual event.\n\n"
            "For the 2024 exercise, the Indian contingent comprising 140 personnel will be represented by a battalion.\n\n"
            "The Australian Army contingent comprising 120 personnel will be represented by an infantry regiment.\n\n"
            "The first edition of the exercise in 2022 cost about $40 million, the Army said in 2023.\n\n"
            "Australia bought 12 frigates in 2019 for $5 billion from a French firm.\n")  # fmt: skip
    questions = draft_questions(parse_document(text, "t.txt"), with_context=True)
    statements = [s["text"] for q in questions if q["type"] == "statements" for s in q["statements"]]
    assert statements and not any("personnel" in s for s in statements), statements


def test_the_un_of_un_mandates_and_of_a_charter_chapter_goes_but_a_un_body_that_acts_stays():
    assert reason(cloze("The focus will be on subconventional operations under {{UN}} mandates in semi-urban terrain.", "organisation")) == "the UN of a stock phrase"
    chapter = "Given the exercise's mandate under the Chapter VII of the {{United Nations}}, it also focuses on peace-keeping."
    assert reason(cloze(chapter, "organisation")) == "the UN of a stock phrase"
    assert reason(cloze("The {{United Nations}} sent a mission to Haiti in October 2023 to oversee the elections.", "organisation")) is None


def test_the_day_an_exercise_ends_a_communiques_source_and_a_ministry_cut_before_its_of_go():
    assert reason(cloze("The military drills Sada Tanseeq will last till {{February 10}}, 2024.", "date")) == "the day an exercise ends"
    assert reason(cloze("The military drills Sada Tanseeq began on {{January 28}}, 2024.", "date")) is None
    assert reason(cloze("The deal will last till {{February 10}}, 2030 under the new terms.", "date")) is None  # no exercise: not its end day
    source = 'According to a communique from the {{Indian High Commission}}, "the two sides addressed the gathering."'
    assert reason(cloze(source, "organisation")) == "the press office that said it"
    assert reason(cloze("The {{Australian Ministry}} of Defence said that Talisman Sabre 2025 will be the largest.", "organisation")) == "half a name"
    assert reason(cloze("The {{Australian Ministry of Defence}} signed the contract with Hanwha in July 2024.", "organisation")) == "2.5 a party's own ministry"  # since round fourteen (WORTH_ASKING.md 2.5)


# -- round fourteen: the written standard (bench/draft_eval/WORTH_ASKING.md, section 2) ----------------------------


def test_a_partys_own_service_or_ministry_goes_but_a_named_body_that_is_not_a_service_stays():
    """2.5: "the {{Sri Lanka Air Force}}", "the {{Royal Australian Navy}}", "the {{Ministry of Defence}}" (h9-11, h6-05, h5-08)."""
    assert reason(cloze("In addition to ground forces, 20 personnel from the Indian Air Force and 10 from the {{Sri Lanka Air Force}} are part of the exercise Mitra Shakti.", "organisation")) == "2.5 a party's own service"
    assert reason(cloze("Under the agreement, Mitsubishi Heavy Industries will supply the {{Royal Australian Navy}} with upgraded Mogami-class frigates from 2029.", "organisation")) == "2.5 a party's own service"
    assert reason(cloze("The {{Vietnam People’s Army}} has deployed troops for the drill VINBAX.", "organisation")) == "2.5 a party's own service"
    assert reason(cloze("The {{Ministry of Defence}} has taken a big step to strengthen India’s submarine fleet by signing two contracts worth ₹2,867 crore.", "organisation")) == "2.5 a party's own ministry"
    # shapes that stay: a grouping, a company, a service named by no country
    assert reason(cloze("The Charter was signed at the {{Colombo Security Conclave}} in Colombo on August 30, 2024.", "organisation")) is None
    assert reason(cloze("{{Naval Group}} will build six Scorpene submarines at Mazagon Dock under Project-75.", "organisation")) is None
    assert reason(cloze("The Combined Maritime Forces and the {{Japan Coast Guard Academy}} signed a training MoU in 2023.", "organisation")) is None


def test_an_official_below_minister_or_chief_goes_but_a_minister_or_a_service_chief_stays():
    """2.3: a contingent's commander, a spokesperson, an envoy, a CEO; not a partner's minister, not a service chief."""
    assert reason(cloze("Forty-five personnel from the Gorkha Rifles led by Major {{Akshay Prakashrao Potraje}} are participating alongside 45 participants from the SDF in LAMITYE 2024.", "person")) == "2.3 a minor official"
    assert reason(cloze("JCS spokesperson Col. {{Lee Sung-jun}} said the allies' training in Freedom Shield 2025 would focus on North Korea's nuclear threats.", "person")) == "2.3 a minor official"
    assert reason(cloze("U.S. Ambassador {{Glyn Davies}} said at the Cobra Gold 2019 ceremony in Phitsanulok that the aim was readiness.", "person")) == "2.3 a minor official"
    assert reason(cloze("Swedish Defence Minister {{Pål Jonson}} signed the agreement with his US counterpart in Washington in December 2023.", "person")) is None
    assert reason(cloze("Chief of Army Staff General {{Manoj Pande}} reviewed Exercise Shakti at Umroi in Meghalaya in May 2021.", "person")) is None


def test_a_count_of_people_or_kit_and_an_events_length_go_but_what_a_deal_buys_and_how_many_nations_stay():
    """2.2 beside 1.6: troops, personnel, agencies and hours go; platforms bought, nations taking part, editions and money stay."""
    assert reason(numeric('How many troops? "South Korea will deploy ____ troops for the exercise Freedom Shield in March 2025."', 19000)) == "2.2 a count of people or kit"
    assert reason(numeric('How many hours? "The exercise Garuda Shakti will culminate in a ____-hour long validation exercise."', 48)) == "2.2 an event's length"
    assert reason(numeric('How many K2 tanks? "Under the deal signed in 2022, Poland will be supplied with ____ K2 tanks by Hyundai Rotem."', 180)) is None
    assert reason(numeric('How many nations? "____ nations take part in Cobra Gold 2019 in Thailand."', 29)) is None
    assert reason(numeric('What percentage? "A unique feature of the 2024 programme is that ____ of delegates are women officials."', 70)) is None


def test_an_instruments_type_alone_and_a_background_name_go_but_a_named_instrument_and_an_acting_body_stay():
    """2.8: "signed an {{MoU}}", "{{NATO}} member Poland", "as per mandate of {{UN}}"; not the NATO-EU declaration's NATO."""
    assert reason(cloze("Poland and South Korea signed a memorandum of understanding, or {{MOU}}, in Seoul in June 2023.", "agreement")) == "2.8 an instrument's type alone"
    assert reason(cloze("{{NATO}} member Poland has vowed to boost military spending to 3% of gross domestic product in 2023.", "organisation")) == "2.8 a background name"
    assert reason(cloze("The third joint declaration was signed by {{NATO}} and the EU in Brussels on January 10, 2023.", "organisation")) is None
    assert reason(cloze("India and Vietnam signed the {{Joint Vision Statement on Defence Partnership towards 2030}} in Hanoi in June 2022.", "agreement")) is None


def test_the_coarser_place_of_a_town_another_draft_asks_goes_but_not_after_a_building_or_in_a_list():
    """3.1: "Belagavi, {{Karnataka}}" beside "{{Belagavi}}" is one fact asked twice; the town stays."""
    town = cloze("India and Sri Lanka began Mitra Shakti 2025 at {{Belagavi}}, Karnataka, on November 10.", "place", "a")
    state = cloze("India and Sri Lanka began Mitra Shakti 2025 at Belagavi, {{Karnataka}}, on November 10.", "place", "b")
    assert {q["id"]: why for q, why in judged([town, state])} == {"a": None, "b": "3.1 the coarser place of a place asked"}
    alone = cloze("India and Sri Lanka began Mitra Shakti 2025 at Belagavi, {{Karnataka}}, on November 10.", "place", "b")
    assert reason(alone) is None  # no draft asks the town: the state is the place asked
    area = cloze("Garuda Shakti 2022 is being held at {{Sangga Buana Training Area}}, Karawang.", "place", "a")
    after_area = cloze("Garuda Shakti 2022 is being held at Sangga Buana Training Area, {{Karawang}}.", "place", "b")
    assert {q["id"]: why for q, why in judged([area, after_area])} == {"a": None, "b": None}  # the town after a building stays


def test_a_date_range_gapped_whole_asks_its_start_and_the_start_is_not_half_a_range():
    """3.3 and 2.6: "from {{December 2 to December 15}}" -> "from {{December 2}} to December 15"; "{{August 1}}-13" stays."""
    whole = cloze("Harimau Shakti 2024 will be held between India and Malaysia from {{December 2 to December 15}} at Bentong.", "date")
    assert reason(whole) is None
    assert whole["text"] == "Harimau Shakti 2024 will be held between India and Malaysia from {{December 2}} to December 15 at Bentong."
    dash = cloze("The drill INDRA-2021 will be held at Prudboi in the Volgograd Region from {{August 1-13}}, 2021.", "date")
    assert reason(dash) is None and "from {{August 1}}-13, 2021." in dash["text"]
    same_month = cloze("Tiger Triumph 2024 will take place on the Eastern Seaboard from {{April 1 to April 13}}, 2024.", "date")
    assert reason(same_month) is None and "{{April 1}} to April 13" in same_month["text"]  # "April 13" does not give "April 1" away
    # shapes that stay: a range without a whole start date, and the end half of a range
    ordinal = cloze("The exercise Hand in Hand 2018 will take place at Chengdu, China from {{10th to 23rd December}}.", "date")
    assert reason(ordinal) is None and "{{10th to 23rd December}}" in ordinal["text"]
    half = cloze("The exercise Yudh Abhyas will be held from 12-25 {{August 2024}} in Alaska.", "date")
    assert reason(half) is None and "{{12-25 August 2024}}" in half["text"]  # widened whole, as before (no whole start date to ask)
