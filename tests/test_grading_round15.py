"""Thirtieth session: rules taken from blind files already scored and frozen (rounds 608-627).

Each right phrasing comes from such a file; each wrong one is the near miss a guard must keep wrong.
"""

from __future__ import annotations

from types import SimpleNamespace

from studyapp.grading import grade


def _cloze(text: str, *gaps: str) -> SimpleNamespace:
    return SimpleNamespace(type="cloze", text=text, gaps=tuple((gap,) for gap in gaps), prompt="", accept=())


def test_two_names_in_a_plain_and_may_come_in_either_order():
    forts = _cloze("Before besieging Calais the French captured the outlying forts of {{Nieullay}} and {{Rysbank}}.", "Nieullay", "Rysbank")
    assert grade(forts, ["Rysbank", "Nieullay"]).correct
    assert grade(forts, ["Nieullay", "Rysbank"]).correct
    assert not grade(forts, ["Rysbank", "Calais"]).correct
    fields = _cloze("The project includes the {{Atum}} and {{Golfinho}} natural gas fields.", "Atum", "Golfinho")
    assert grade(fields, ["Golfinho", "Atum"]).correct


def test_a_pair_that_plays_two_parts_or_fixes_its_order_stays_in_its_places():
    pact = _cloze("During the visit a pact was signed between {{India Post}} and {{Saudi Post}}.", "India Post", "Saudi Post")
    assert not grade(pact, ["Saudi Post", "India Post"]).correct
    cable = _cloze("SEA-ME-WE 6 connects India to {{Singapore}} and {{France}} (Marseille).", "Singapore", "France")
    assert not grade(cable, ["France", "Singapore"]).correct
    rivers = _cloze("The name BrahMos is a portmanteau of the {{Brahmaputra}} and {{Moskva}} rivers.", "Brahmaputra", "Moskva")
    assert not grade(rivers, ["Moskva", "Brahmaputra"]).correct
    card = _cloze("The launch of {{UPI}} and {{RuPay}} Card services in Mauritius.", "UPI", "RuPay")
    assert not grade(card, ["RuPay", "UPI"]).correct
    words = _cloze("Member countries pool their {{coal}} and {{steel}} production.", "coal", "steel")
    assert not grade(words, ["steel", "coal"]).correct


def _short(prompt: str, answer: str) -> SimpleNamespace:
    return SimpleNamespace(type="short", prompt=prompt, answer=answer, accept=(), unit=None, tolerance=None, explanation="", category=None)


def test_a_rank_of_nobility_before_a_name_only_describes_the_person():
    commander = _short("According to the article, which Russian commander led the Russo-Cossack army together with Samoylovych in 1677?", "Grigory Romodanovsky")
    assert grade(commander, "Prince Grigory Romodanovsky").correct
    assert not grade(commander, "Prince Vasily Golitsyn").correct
    envoy = _short("Who headed the German Foreign Office's Eastern Division and promoted the Rapallo pact?", "Ago von Maltzan")
    assert grade(envoy, "Baron Ago von Maltzan").correct
    polish = _short("Who commanded the Polish forces at the Battle of Swiecino in 1462?", "Piotr Dunin")
    assert grade(polish, "hetman Piotr Dunin").correct
    assert not grade(polish, "hetman Jan Tarnowski").correct
    assert not grade(polish, "Piotr Dunin-Wasowicz").correct  # another name, not a rank


def test_whose_kin_a_person_was_only_says_who_that_is():
    regent = _short("Who took part in the Augsburg settlement as King of the Romans, acting for Charles V?", "Ferdinand")
    assert grade(regent, "Ferdinand, Charles V's brother").correct
    son = _short("Which son of King John II was captured with him at Poitiers?", "Philip the Bold")
    assert grade(son, "his fourth son, Philip the Bold").correct
    signer = _short("Who signed the Treaty of Amiens on behalf of France?", "Joseph Bonaparte")
    assert grade(signer, "Napoleon's elder brother Joseph Bonaparte").correct
    assert grade(signer, "Joseph Bonaparte, brother of Napoleon").correct
    assert not grade(signer, "Lucien Bonaparte, brother of Napoleon").correct  # another brother
    assert not grade(signer, "Napoleon's brother").correct  # the kinship alone names no one


def test_a_name_and_another_name_in_brackets_each_name_the_answer():
    duke = _short("Which duke led the Lancastrian forces at Tewkesbury, according to the article?", "the Duke of Somerset (Edmund Beaufort)")
    assert grade(duke, "Edmund Beaufort").correct
    assert grade(duke, "the Duke of Somerset").correct
    assert not grade(duke, "Edmund Tudor").correct
    court = _short("To which court did the Earl of Lincoln flee in March 1487?", "Mechelen (Malines)")
    assert grade(court, "Malines").correct
    port = _short("Which port did the fleet sail from?", "Brest (France)")
    assert not grade(port, "France").correct  # the bracket only says where the port lies


def _numeric(prompt: str, answer: str, unit: str) -> SimpleNamespace:
    return SimpleNamespace(
        type="numeric", prompt=prompt, answer=answer, accept=(), unit=unit, tolerance=None, gaps=(), choices=(), items=(),
        text="", category=None, explanation="",
    )


def test_counts_in_the_words_an_older_text_uses():
    infantry = _numeric("How many infantry did the Swiss force at Morat number?", "25000", "infantry")
    assert grade(infantry, "25,000 foot soldiers").correct
    assert grade(infantry, "twenty-five thousand foot").correct
    assert not grade(infantry, "25,000 cavalry").correct
    assert not grade(infantry, "25,000 feet").correct  # a length, whatever the word
    guns = _numeric("How many pieces of artillery did the Swiss take at Grandson?", "400", "pieces of artillery")
    assert grade(guns, "400 cannon").correct
    assert grade(guns, "four hundred guns").correct
    assert not grade(guns, "400 horses").correct
    forts = _numeric("How many fortresses were to be returned to Hungary?", "24", "fortresses")
    assert grade(forts, "24 forts").correct
    assert not grade(forts, "24 castles").correct

    instalments = _numeric("In how many instalments was the ransom to be paid?", "5", "instalments")
    assert grade(instalments, "in five payments").correct
    assert not grade(instalments, "in five years").correct


def test_swiss_groups_of_thousands():
    crowns = _numeric("How many crowns of compensation was France bound to pay?", "400000", "crowns")
    assert grade(crowns, "400'000").correct
    assert grade(crowns, "400’000 crowns").correct
    assert not grade(crowns, "40'000").correct
    assert not grade(crowns, "400'00").correct


def test_the_people_counted_by_the_name_the_question_gives_them():
    wassy = _numeric("How many unarmed Huguenots were killed at Wassy?", "63", "people")
    assert grade(wassy, "I think 63 Huguenots died").correct
    assert not grade(wassy, "63 Catholics died").correct  # a people the question does not name
    hill = _numeric("About how many crusaders were killed in the attack on the Vitkov hill?", "500", "killed")
    assert grade(hill, "roughly 500 crusaders died").correct
    assert not grade(hill, "roughly 500 Hussites died").correct


def test_a_head_noun_counting_another_thing_and_livres_apart_from_pounds():
    battalions = _numeric("Into how many battalions was the Coronela militia organised?", "6", "battalions")
    assert not grade(battalions, "6 companies").correct
    assert grade(battalions, "six battalions").correct
    dunkirk = _numeric("For how much did Charles II sell Dunkirk to Louis XIV?", "5000000", "livres")
    assert not grade(dunkirk, "5 million pounds").correct
    assert grade(dunkirk, "5 million livres").correct
