"""Drafts an author can use as they stand: context resolved or dropped, whole names, no answer in the prompt.

Each sentence here is (or is cut down from) a real article of the genre the drafter
met in its second blind round (bench/draft_eval/verdicts_heldout2_frozen.yaml), where
the same sentence gave an unusable or needs-edit draft.
"""

from __future__ import annotations

import json
import re

from draft_helpers import drafts, gaps
from studyapp.drafting import draft_questions, parse_document


def bodies(questions: list[dict]) -> list[str]:
    return [q.get("text") or q.get("prompt") or "" for q in questions]


def test_a_sentence_whose_subject_points_back_is_dropped_or_its_exercise_named():
    questions = drafts(
        "Next month, the two navies along with warships from Australia and Japan will conduct the Malabar series in the Bay of Bengal in 2024.",
        "The leaders condemned China’s actions in the South China Sea in the strongest terms.",
        "The previous edition was held at Tangail in Dhaka last year.",
    )
    assert questions == []  # which navies, which leaders, which edition: not in the sentence
    # an opening clause that leans is cut off; the rest stands alone
    [milan] = [q for q in drafts("After the exercise concluded, the Halsey relocated Monday to Visakhapatnam, India, to join the Milan exercise.")
               if "Milan" in gaps([q])]  # fmt: skip
    assert milan["text"].startswith("The Halsey relocated to") and "Monday" not in milan["text"]
    # a document about one exercise: "the joint military exercise" is that exercise
    questions = drafts(
        "A brigade of the Australian Army has arrived. This is the first exercise in the series of AUSTRA HIND with all arms.",
        "The joint military exercise by the Indian and Australian armed forces will start from November 28, 2022 at Mahajan.",
    )
    assert any(b.startswith("The joint military exercise AUSTRA HIND by") for b in bodies(questions))
    # "The edition of" which? Not said: the exercise is what the sentence is about
    edition = drafts("The edition of the ‘Ajeya Warrior’ exercise between India and the UK began at Chaubatia in 2021.")
    assert edition and all("The edition" not in b and "The ‘" in b for b in bodies(edition))


def test_who_said_it_is_cut_off_and_a_first_person_quotation_is_not_asked():
    questions = drafts("India and the UK kickstarted a two-week staff course at Chaubatia in Uttarakhand, the Indian Army said on Thursday.")
    assert not [b for b in bodies(questions) if "said" in b or "Thursday" in b]
    assert "Indian Army" not in gaps(questions)  # the speaker is not the fact
    [weeks] = [q for q in questions if q["type"] == "numeric"]  # "two-week", though "two" is elsewhere too
    assert weeks["answer"] == 2 and weeks["prompt"].startswith("How many weeks?")
    quoted = drafts('"The U.S. 7th Fleet takes regular steps to advance our interoperability with allies and partners, as we did during '
                    'the bilateral operation with our French Navy allies," Vice Adm. Fred Kacher, the commander of the Seventh Fleet, said.')  # fmt: skip
    assert quoted == []  # someone's words, with "our" and "we"
    # an abbreviated title does not end the sentence: "Lt. Luka Bakic told ..." is not a sentence of its own
    told = drafts("The Milan training with more than 50 countries runs until 2024, 7th Fleet spokesman Lt. Luka Bakic told Stars and Stripes by email.")
    assert told and not [b for b in bodies(told) if "Bakic" in b]


def test_a_long_sentence_is_cut_to_the_clause_that_holds_the_fact():
    sentence = ("The land forces from India and the USA began their counter-terrorism drill as part of the 'Exercise Yudh Abhyas' at the Mahajan "
                "field firing range in Rajasthan as F-16s and A-10s of the US Air Force took to the skies at India’s first multi-country air "
                "exercise 'Tarang Shakti' at the Jodhpur Air Station in 2024.")  # fmt: skip
    questions = drafts(sentence)
    by_gap = {g: b for q, b in zip(questions, bodies(questions)) for g in gaps([q])}
    assert by_gap["Tarang Shakti"].startswith("F-16s and A-10s of the US Air Force took")
    assert by_gap["Yudh Abhyas"].endswith("in Rajasthan.")
    assert "Mahajan field firing range" in by_gap and "Mahajan" not in by_gap  # the whole name, not half of it
    assert {"F-16", "A-10"} <= set(by_gap)
    assert all(len(b.split()) <= 45 for b in bodies(questions))


def test_whole_names_once_and_no_answer_in_the_prompt():
    questions = drafts(
        "Mohammed bin Ahmed Al Bowardi, Minister of State for Defence Affairs, and Gürsediin Saikhanbayar, Minister of Defence of Mongolia, "
        "signed a Memorandum of Understanding (MoU) on the sidelines of the 16th edition of the International Defence Exhibition (IDEX 2023) "
        "and the 7th edition of the Maritime Defence Exhibition (NAVDEX 2023).",
        "The activities involved the USS Dewey, an Arleigh Burke-class guided-missile destroyer from the US Navy, in 2024.",
        "Dato Seri Hishamuddin bin Tun Hussein inked the deal at the 42nd meeting of the General Border Committee Malaysia – Indonesia in 2022.",
        "Rajnath Singh held bilateral meetings with his counterparts from Malaysia, Lao PDR, China, New Zealand, Republic of Korea and Japan in 2024.",
    )
    found = gaps(questions)
    assert "Arleigh Burke-class" in found and "Burke-class" not in found
    assert not {"NAVDEX 2023", "IDEX 2023", "Border Committee Malaysia", "Lao PDR", "Republic of Korea"} & set(found)
    [mou] = [q for q in questions if "Memorandum of Understanding" in gaps([q])]
    assert "(MoU)" not in mou["text"] and "MoU" in mou["text"]  # the acronym is accepted, not shown
    exhibitions = [q for q in questions if q["category"] == "operation" and "Exhibition" in q.get("text", "")]
    assert exhibitions and not [q for q in questions if q["category"] in ("agreement", "concept") and "Exhibition}}" in q.get("text", "")]
    assert not [q for q in questions if q["category"] == "place" and q["type"] == "truefalse"]  # a swapped place is too often absurd


def test_a_date_without_its_year_takes_the_year_nearest_the_documents_date():
    post = {"title": {"rendered": "MoU"}, "date": "2023-01-05T10:00:00", "content": {"rendered": (
        "<p>Indonesia and Malaysia on August 9 signed a Memorandum of Understanding on defence cooperation in Kuala Lumpur.</p>"
        "<p>The Varuna exercise between India and France began on January 3 off Goa.</p>")}}  # fmt: skip
    dated = {g: q["text"] for q in draft_questions(parse_document(json.dumps([post]), "p.json")) for g in gaps([q]) if q["category"] == "date"}
    assert "{{August 9}}, 2022, signed" in dated["August 9"]  # last August, not next
    assert "{{January 3}}, 2023, off Goa" in dated["January 3"]
    plain = drafts("Indonesia and Malaysia on August 9 signed a Memorandum of Understanding on defence cooperation in Kuala Lumpur.")
    assert not [q for q in plain if re.search(r"\d{4}", q.get("text", ""))]  # no date, no year made up


def test_a_date_without_its_year_gets_the_year_the_page_prints():
    # round nine: blind judges marked 22 date drafts of rounds 3-8 "edit: no year"; the page's own date line gives it
    text = "Exercise news\n\nOctober 5, 2023\n\nDefense Minister Kihara and Defense Secretary Austin met in Washington on October 4 to discuss the alliance.\n\n" \
           "Japan will hold the election on September 27 this year, the ministry said.\n"
    document = parse_document(text, "t.txt")
    assert document.date == "2023-10-05"
    texts = bodies(draft_questions(document, with_context=True))
    assert any("on {{October 4}}, 2023" in t for t in texts)
    assert any("{{September 27}}, 2023." in t and "this year" not in t for t in texts)  # "this year" said once, as a year
    # a date inside the article is not the page's date line
    assert parse_document("Title\n\nThe ministers met on October 4, 2023 in Washington to discuss the alliance and trade.\n", "t.txt").date == ""


def test_an_acronym_gap_loses_the_expansion_beside_it():
    # round nine (h4-07, h8-07, h8-11): "the {{ASEAN}} (Association of Southeast Asian Nations)" gives the answer away
    texts = bodies(drafts("Initially known as BIST-EC (Bangladesh-India-Sri Lanka-Thailand Economic Cooperation), the grouping was renamed BIMSTEC in 1997."))
    gapped = [t for t in texts if "{{BIST-EC}}" in t]
    assert gapped and all("Economic Cooperation" not in t for t in gapped)


def test_a_line_without_a_verb_is_not_a_statement_to_ask():
    # round nine: headings, captions, lists and the site's links (16 blind-judged bad, 7 edit, 0 ok in rounds 3-8)
    questions = drafts(
        "Bung Tomo, KRI Malahayati, and Maritime Patrol and Reconnaissance Aircraft CN-235.",
        "READ|List of top 10 Intercontinental Ballistic Missiles (2022)",
        "Prime Minister Narendra Modi with Philippines President Ferdinand Marcos Jr during meeting at Hyderabad House in New Delhi.",
    )
    assert questions == []
    # a note's clause keeps its fact ("signed in 2010"), and a subject makes a clause though no verb is tagged finite
    notes = drafts("Civil Nuclear Cooperation: Nuclear Cooperation Agreement signed in 2010, operational since 2013.")
    assert any(q.get("answer") == 2010 or "2010" in gaps([q]) for q in notes)


def test_the_exercise_a_sentence_leaves_unnamed_is_named_when_the_article_is_about_one():
    # round nine: "the exercise" not named was the blind judges' most common reason for "edit" (rounds 3-8)
    questions = drafts(
        "India and the US will hold the fourth edition of Exercise Tiger Triumph on the Eastern Seaboard in April 2025.",
        "As per the Indian Navy, during the exercise, a joint command centre would be established at the Kakinada Naval Enclave.",
    )
    kakinada = [b for b in bodies(questions) if "{{Kakinada Naval Enclave}}" in b]
    assert kakinada and "during the exercise Tiger Triumph, a joint command centre" in kakinada[0]
    # two exercises and none standing out: which one is not guessed
    two = drafts(
        "India and Malaysia held Exercise Harimau Shakti in December 2024.",
        "India and Singapore held Exercise Agni Warrior in November 2024.",
        "During the exercise, troops trained at the Bentong Camp in Pahang.",
    )
    assert not any("exercise Harimau Shakti," in b or "exercise Agni Warrior," in b for b in bodies(two))


def test_a_sentence_cut_after_an_abbreviation_keeps_one_full_stop_and_a_named_exercise_is_not_named_twice():
    deal = drafts("Poland signed a deal worth about US$6.5 billion to purchase K2 tanks from South Korean defense contractor Hyundai Rotem Co., Seoul's defense ministry said.")
    assert deal and all(b.rstrip('"').endswith("Rotem Co.") or b.endswith("Co}}.") for b in bodies(deal)), bodies(deal)
    started = drafts("The exercise AUSTRAHIND was started in 2022 in Rajasthan and has since then become an annual event.")
    assert started and all("AUSTRAHIND AUSTRAHIND" not in b for b in bodies(started))
    assert any("The exercise AUSTRAHIND was started in 2022 in {{Rajasthan}}" in b for b in bodies(started))


def test_a_wire_dateline_with_a_region_is_cut_and_its_day_dates_the_weekday_it_names():
    line = ("Shillong (Meghalaya) [India], November 21 : The 14th edition of the Indo-US exercise Vajra Prahar commenced at the Joint Training"
            " Node, Umroi, on Tuesday, informed the Ministry of Defence.")  # fmt: skip
    document = parse_document("Article\n\n" + line + "\n", "t.txt")
    document.date = "2023-11-21"  # a Tuesday
    questions = draft_questions(document, with_context=True)
    texts = bodies(questions)
    assert texts and not any("Shillong" in t or "Ministry" in t for t in texts), texts
    assert any("on {{November 21, 2023}}" in t for t in texts)
    umroi = next(q for q in questions if "{{Umroi}}" in q.get("text", ""))
    assert umroi["category"] == "place"  # "at the Joint Training Node, {{Umroi}}": where, not who
    document = parse_document("Article\n\n" + line.replace("Tuesday", "Monday") + "\n", "t.txt")
    document.date = "2023-11-21"  # the dateline's day is no Monday: the weekday is dropped, not dated
    assert not any("November 21" in t for t in bodies(draft_questions(document, with_context=True)))


def test_a_sentence_the_excerpt_cuts_off_at_its_end_is_not_asked():
    text = ("Article\n\nPoland signed a deal worth about $6.5 billion for 180 K2 tanks in Gliwice on Friday, April 4, 2025.\n\n"
            "Ahn also invited his Polish counterpart to Seoul, to which Kosin\n")  # fmt: skip
    texts = bodies(draft_questions(parse_document(text, "t.txt"), with_context=True))
    assert texts and not any("Kosin" in t for t in texts), texts
    whole = text.replace("to which Kosin", "which Kosiniak-Kamysz accepted in March 2025.")
    assert any("{{Seoul}}" in t for t in bodies(draft_questions(parse_document(whole, "t.txt"), with_context=True)))


def test_a_relative_time_and_a_date_without_its_year_take_the_pages_date():
    # round twelve: "last year", "this year", "today" and a date without its year outside the gap were blind judges'
    # reasons for "edit" in every round (h3-11, h9-07, h10-01, h10-08); the page's date resolves them
    text = ("Chabahar deal\n\nMay 14, 2024\n\n"
            "The clearance came after PM Narendra Modi met President Ebrahim Raisi in Johannesburg on the sidelines of the BRICS Summit last year.\n\n"
            "In December last year, General MM Naravane visited the United Arab Emirates for talks on defence cooperation.\n\n"
            "The third edition of the exercise AUSTRAHIND commenced at the Foreign Training Node in Pune on November 8.\n\n"
            "The Defence Secretary John Healey and his counterpart Tore Sandvik today signed the historic agreement in Oslo.\n\n"
            "Greek Prime Minister Kyriakos Mitsotakis is on a two-day state visit to India starting today (May 14).\n\n"
            "The five Type 26 frigates will be delivered by next year to the Royal Norwegian Navy at Haakonsvern.\n")  # fmt: skip
    texts = bodies(draft_questions(parse_document(text, "t.txt"), with_context=True))
    assert any("{{Johannesburg}} on the sidelines of the BRICS Summit in 2023." in t for t in texts), texts
    assert any(t.startswith("In December 2023, General {{MM Naravane}}") for t in texts), texts
    assert any("in {{Pune}} on November 8, 2023." in t for t in texts), texts  # the November nearest the page's May
    assert any("on May 14, 2024 signed the historic agreement in" in t for t in texts), texts
    assert any("visit to India starting on May 14, 2024." in t for t in texts), texts
    assert any("delivered by 2025 to the Royal Norwegian Navy" in t for t in texts), texts
    assert not any(re.search(r"last year|today(?! \(\{\{)", t) for t in texts), texts  # "today ({{May 14}}, 2024)": the date is the gap
    # shapes that stay: someone's words, "over the last year", a short year already there, and no page date at all
    kept = ("Ministry update\n\nMay 14, 2024\n\n"
            "\u201cWe signed it today, and it matters,\u201d the Australian Prime Minister Anthony Albanese told the Parliament in Canberra.\n\n"
            "Over the last year, the Indian Navy has deployed the frigate INS Talwar to the Gulf of Aden on anti-piracy patrols.\n\n"
            "The exercise Indra was held from 28 to 30 March 25 in Chennai and from 31 March to 02 April 25 in the Bay of Bengal.\n")  # fmt: skip
    texts = bodies(draft_questions(parse_document(kept, "t.txt"), with_context=True))
    assert any("today" in t for t in texts) and any("Over the last year" in t for t in texts), texts
    assert not any("2024" in t or "2025" in t for t in texts if "Indra" in t), texts
    undated = bodies(drafts("The third edition of the exercise AUSTRAHIND commenced at the Foreign Training Node in Pune on November 8 last year."))
    assert undated and not any(re.search(r"\d{4}", t) for t in undated)  # no page date, no year made up


def test_their_exercise_and_a_countrys_exercise_are_named_and_a_ship_does_not_name_it():
    # round twelve (h9-07, h4-03, h4-04): "India and Australia's joint military exercise", "the exercise" beside a ship's name
    questions = drafts(
        "India and Australia will hold Exercise AUSTRAHIND in Pune in November 2024.",
        "The third edition of India and Australia's joint military exercise commenced at the Foreign Training Node in Pune.",
        "During the exercise, the Indian Navy deployed the warship INS Kochi and two Sea King helicopters.",
    )
    texts = bodies(questions)
    assert any("India and Australia's joint military exercise AUSTRAHIND commenced" in t for t in texts), texts
    assert any("During the exercise AUSTRAHIND, the Indian Navy deployed the warship {{INS Kochi" in t for t in texts), texts
    # unchanged: an exercise already named in the sentence, and two exercises with none standing out
    named = bodies(drafts("India and Australia will hold Exercise AUSTRAHIND in Pune in November 2024.",
                          "Their joint military exercise AUSTRAHIND will include counter-terrorism drills in semi-desert terrain near Pune."))
    assert not any("AUSTRAHIND AUSTRAHIND" in t for t in named)
    two = bodies(drafts("India and Malaysia held Exercise Harimau Shakti in December 2024.", "India and Singapore held Exercise Agni Warrior in November 2024.",
                        "Their joint military exercise included jungle drills at the Bentong Camp in Pahang."))
    assert not any("exercise Harimau Shakti included" in t or "exercise Agni Warrior included" in t for t in two), two
