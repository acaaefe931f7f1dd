"""Who holds or held which office: "Finance Minister Piyush Goyal" names an office he never held.

A fair examiner who asks "Who signed the CEPA for India?" accepts "Commerce Minister Piyush Goyal" and refuses
"Finance Minister Piyush Goyal": the title is a claim, and a wrong one. The question rarely names the office,
so the grader needs to know the office holders this field keeps meeting. The table lists each person's
country and the offices they held (any time: the question's date is not known, so a title they once held
is not refused). Only a title that matches none of them, or a country that is not theirs, is a claim against
the answer. Anyone not in the table is judged as before: a title beside the name is taken as a description.
Brief acting charges are left out (Piyush Goyal's interim Finance portfolio), as a fair examiner would.
"""

from __future__ import annotations

import re
from functools import lru_cache

from studyapp.grading import names
from studyapp.grading.text import lazy_re, normalise

_TABLE = """
Narendra Modi | Modi: IN | prime minister; chief minister of gujarat
Droupadi Murmu | Murmu: IN | president; governor of jharkhand
Ram Nath Kovind | Kovind: IN | president; governor of bihar
Pranab Mukherjee: IN | president; finance minister; external affairs minister; defence minister
Manmohan Singh: IN | prime minister; finance minister; governor of the reserve bank of india; rbi governor
Atal Bihari Vajpayee | Vajpayee: IN | prime minister; external affairs minister
Jawaharlal Nehru | Nehru: IN | prime minister; external affairs minister
Indira Gandhi: IN | prime minister; external affairs minister; defence minister
Rajiv Gandhi: IN | prime minister
M Venkaiah Naidu | Venkaiah Naidu: IN | vice president; urban development minister; information and broadcasting minister; parliamentary affairs minister
Jagdeep Dhankhar | Dhankhar: IN | vice president; governor of west bengal
Rajnath Singh: IN | defence minister; home minister; chief minister of uttar pradesh; raksha mantri
S Jaishankar | Subrahmanyam Jaishankar | Jaishankar: IN | external affairs minister; foreign secretary; ambassador; high commissioner
Ajit Doval | Doval: IN | national security adviser; director of the intelligence bureau
Amit Shah: IN | home minister; cooperation minister
Nirmala Sitharaman | Sitharaman: IN | finance minister; defence minister; commerce and industry minister; corporate affairs minister
Piyush Goyal: IN | commerce and industry minister; railways minister; coal minister; power minister; consumer affairs food and public distribution minister; textiles minister
Sarbananda Sonowal | Sonowal: IN | ports shipping and waterways minister; chief minister of assam; sports minister; ayush minister
Hardeep Singh Puri: IN | petroleum and natural gas minister; housing and urban affairs minister; civil aviation minister; permanent representative to the united nations; ambassador
Pralhad Joshi: IN | coal minister; mines minister; parliamentary affairs minister; consumer affairs food and public distribution minister; new and renewable energy minister
Dharmendra Pradhan: IN | education minister; petroleum and natural gas minister; skill development minister; steel minister
Ashwini Vaishnaw: IN | railways minister; electronics and information technology minister; communications minister; information and broadcasting minister
Sushma Swaraj: IN | external affairs minister; health minister; information and broadcasting minister; chief minister of delhi
Arun Jaitley: IN | finance minister; defence minister; corporate affairs minister; law minister
Manohar Parrikar: IN | defence minister; chief minister of goa
Vikram Misri | Misri: IN | foreign secretary; deputy national security adviser; ambassador
Vinay Mohan Kwatra | Vinay Kwatra | Kwatra: IN | foreign secretary; ambassador
Harsh Vardhan Shringla | Shringla: IN | foreign secretary; ambassador; high commissioner
Anil Chauhan: IN | chief of defence staff; eastern army commander; director general of military operations; general
Bipin Rawat: IN | chief of defence staff; chief of army staff; general
Manoj Pande: IN | chief of army staff; general
Upendra Dwivedi: IN | chief of army staff; general
R Hari Kumar | Hari Kumar: IN | chief of naval staff; admiral
Dinesh K Tripathi | Dinesh Kumar Tripathi: IN | chief of naval staff; admiral
Rajesh Kumar Singh: IN | defence secretary
Giridhar Aramane: IN | defence secretary
Joe Biden | Biden: US | president; vice president; senator
Donald Trump | Trump: US | president
Barack Obama | Obama: US | president; senator
Kamala Harris: US | vice president; senator
Antony Blinken | Blinken: US | secretary of state; deputy secretary of state
Marco Rubio | Rubio: US | secretary of state; national security adviser; senator
Lloyd Austin: US | defence secretary; general; commander of central command
Pete Hegseth | Hegseth: US | defence secretary; war secretary
Jake Sullivan: US | national security adviser
Gina Raimondo | Raimondo: US | commerce secretary; governor of rhode island
Mike Pompeo | Pompeo: US | secretary of state; director of the cia
John Adams: US | president; vice president
George W Bush | George W. Bush: US | president; governor of texas
George H W Bush | George H. W. Bush | George HW Bush: US | president; vice president; director of the cia
John Quincy Adams | J Q Adams | JQ Adams: US | president; secretary of state
Justin Trudeau | Trudeau: CA | prime minister
Mark Carney | Carney: CA | prime minister; governor of the bank of canada; governor of the bank of england
Stephen Harper: CA | prime minister
Mélanie Joly | Melanie Joly | Joly: CA | foreign minister; industry minister; tourism minister; canadian heritage minister; economic development minister
Anita Anand: CA | foreign minister; defence minister; president of the treasury board; transport minister; industry minister; public services and procurement minister
Bill Blair: CA | defence minister; public safety minister; emergency preparedness minister; high commissioner
Harjit Sajjan | Sajjan: CA | defence minister; international development minister; emergency preparedness minister
Chrystia Freeland | Freeland: CA | deputy prime minister; finance minister; foreign minister; international trade minister; transport minister
Mary Ng: CA | international trade minister; small business minister; export promotion minister; economic development minister
Anthony Albanese | Albanese: AU | prime minister
Richard Marles | Marles: AU | deputy prime minister; defence minister
Penny Wong: AU | foreign minister; finance minister; senator
Scott Morrison: AU | prime minister; treasurer
Linda Reynolds: AU | defence minister; senator
Rishi Sunak | Sunak: GB | prime minister; chancellor of the exchequer
Keir Starmer | Starmer: GB | prime minister
David Lammy | Lammy: GB | foreign secretary; deputy prime minister; justice secretary
Emmanuel Macron | Macron: FR | president
Sébastien Lecornu | Sebastien Lecornu | Lecornu: FR | armed forces minister; prime minister
Jean-Yves Le Drian | Le Drian: FR | foreign minister; defence minister
Olaf Scholz | Scholz: DE | chancellor; finance minister
Friedrich Merz | Merz: DE | chancellor
Boris Pistorius | Pistorius: DE | defence minister
Giorgia Meloni | Meloni: IT | prime minister
Vladimir Putin | Putin: RU | president; prime minister
Dmitry Medvedev | Dmitri Medvedev | Medvedev: RU | president; prime minister
Luiz Inacio Lula da Silva | Lula da Silva | Lula: BR | president
Thabo Mbeki | Mbeki: ZA | president; deputy president
Sergey Lavrov | Sergei Lavrov | Lavrov: RU | foreign minister
Andrey Belousov | Andrei Belousov | Belousov: RU | defence minister; first deputy prime minister
Sergei Shoigu | Sergey Shoigu | Shoigu: RU | defence minister; secretary of the security council
Xi Jinping | Xi: CN | president; general secretary; chairman of the central military commission
Wang Yi: CN | foreign minister; director of the central foreign affairs commission office
Li Qiang: CN | premier
Shinzo Abe | Abe: JP | prime minister
Fumio Kishida | Kishida: JP | prime minister; foreign minister
Shigeru Ishiba | Ishiba: JP | prime minister; defence minister
Sanae Takaichi | Takaichi: JP | prime minister; internal affairs minister; economic security minister
Yoko Kamikawa | Kamikawa: JP | foreign minister; justice minister
Ferdinand Marcos Jr | Ferdinand Marcos | Bongbong Marcos: PH | president; senator
Delfin Lorenzana | Lorenzana: PH | defence secretary
Gilberto Teodoro: PH | defence secretary
Prabowo Subianto | Prabowo: ID | president; defence minister
Joko Widodo | Jokowi: ID | president; governor of jakarta
Anwar Ibrahim: MY | prime minister; deputy prime minister; finance minister
Lawrence Wong: SG | prime minister; deputy prime minister; finance minister
Ng Eng Hen: SG | defence minister
Vivian Balakrishnan: SG | foreign minister
Sonexay Siphandone | Siphandone: LA | prime minister
Paetongtarn Shinawatra: TH | prime minister
Pham Minh Chinh: VN | prime minister
Sheikh Hasina | Hasina: BD | prime minister
Muhammad Yunus | Yunus: BD | chief adviser
Shehbaz Sharif | Shahbaz Sharif: PK | prime minister; chief minister of punjab
Nawaz Sharif: PK | prime minister
Imran Khan: PK | prime minister
Asim Munir: PK | chief of army staff; field marshal; chief of defence forces; general
Ishaq Dar: PK | foreign minister; deputy prime minister; finance minister
Mohamed Muizzu | Muizzu: MV | president
Ibrahim Mohamed Solih | Solih: MV | president
Ranil Wickremesinghe | Wickremesinghe: LK | president; prime minister
Maithripala Sirisena | Sirisena: LK | president
Anura Kumara Dissanayake | Dissanayake: LK | president
Ali Sabry: LK | foreign minister; justice minister; finance minister
KP Sharma Oli | K P Sharma Oli | Oli: NP | prime minister
Sitiveni Rabuka | Rabuka: FJ | prime minister
James Marape | Marape: PG | prime minister
Bob Dadae | Dadae: PG | governor general
Cyril Ramaphosa | Ramaphosa: ZA | president; deputy president
Dilma Rousseff | Rousseff: BR | president; president of the new development bank
Nursultan Nazarbayev | Nazarbayev: KZ | president
Mohammed bin Salman: SA | crown prince; prime minister; defence minister
Benjamin Netanyahu | Netanyahu: IL | prime minister
Yair Lapid | Lapid: IL | prime minister; foreign minister
Recep Tayyip Erdogan | Erdogan: TR | president; prime minister
Volodymyr Zelensky | Zelensky | Zelenskyy: UA | president
Antonio Guterres | Guterres: UN PT | secretary general; prime minister of portugal
Ban Ki-moon: UN KR | secretary general; foreign minister
Jens Stoltenberg | Stoltenberg: NATO NO | secretary general; prime minister of norway
Mark Rutte | Rutte: NATO NL | secretary general; prime minister of the netherlands
Ursula von der Leyen | von der Leyen: EU DE | president of the european commission; defence minister
Charles Michel: EU BE | president of the european council; prime minister of belgium
Mohammad Khatami | Khatami: IR | president
Abbas Araghchi | Araghchi: IR | foreign minister
Huawei | Huawei Technologies: CN |
ZTE: CN |
ANTRIX | Antrix Corporation | Antrix Corporation Limited: IN |
ISRO | Indian Space Research Organisation | Indian Space Research Organization: IN |
DRDO | Defence Research and Development Organisation: IN |
HAL | Hindustan Aeronautics Limited | Hindustan Aeronautics: IN |
Mazagon Dock | Mazagon Dock Shipbuilders | Mazagon Dock Shipbuilders Limited | MDL: IN |
Operation UNIFIER | UNIFIER: CA UA |
Operation FREQUENCE | FREQUENCE: CA |
Operation NANOOK | NANOOK: CA |
Operation REASSURANCE | REASSURANCE: CA |
Operation IMPACT: CA |
Operation Sindoor | Sindoor: IN |
Operation Kaveri: IN |
Operation Ajay: IN |
Operation Ganga: IN |
EUMAM | European Union Military Assistance Mission | EUMAM Ukraine: EU UA |
NORAD | North American Aerospace Defense Command | North American Aerospace Defence Command: CA US |
Naval Group | DCNS: FR |
Dassault Aviation | Dassault: FR |
Rosatom: RU |
Rosoboronexport: RU |
Lockheed Martin: US |
Boeing: US |
General Atomics: US |
"""

_PHRASES = (
    (r"\bminister of (?:national )?defen[cs]e\b|\barmed forces minister\b|\bminister of the armed forces\b|\braksha mantri\b|\brm\b", "defence minister"),
    (r"\bsecretary of defen[cs]e\b|\bdefen[cs]e secretary\b|\bsecretary of war\b|\bwar secretary\b", "defence secretary"),
    (r"\bdefense\b", "defence"),
    (r"\bminister of foreign affairs\b|\bforeign affairs minister\b|\bexternal affairs minister\b|\beam\b|\bvidesh mantri\b", "foreign minister"),
    (r"\bnational security advis[eo]r\b|\bnsa\b", "nsa"),
    (r"\bpm\b|\bpradhan mantri\b", "prime minister"),
    (r"\bcds\b", "chief of defence staff"),
    (r"\bcoas\b|\barmy chief\b|\bchief of (?:the )?army staff\b", "chief of army staff"),
    (r"\bcns\b|\bnavy chief\b|\bnaval chief\b|\bchief of (?:the )?naval staff\b", "chief of naval staff"),
    (r"\bair chief\b|\bchief of (?:the )?air staff\b", "chief of air staff"),
    (r"\bsecretary[- ]general\b|\bun chief\b|\bunsg\b", "secretarygeneral"),
    (r"\bgovernor[- ]general\b", "governorgeneral"),
    (r"\bmos\b", "minister of state"),
    (r"\bcm\b", "chief minister"),
)
_HEAD_WORDS = frozenset(
    "minister secretary president premier chancellor nsa adviser advisor governor chief ambassador commissioner senator "
    "treasurer director general admiral marshal prince king queen staff prime vice deputy first secretarygeneral governorgeneral".split()
)
_GENERIC = frozenset(
    "nation country republic kingdom company firm agency organisation organization operation mission arm commercial space state owned government corporation group "
    "manufacturer maker military defence defense navy army minister official leader".split()
)
_RELATIONS = frozenset("with against from than between partner partners ally allies rival rivals by versus vs outside not but".split())
_RANKS = frozenset("general gen admiral adm marshal field lieutenant lt major maj brigadier commodore captain colonel air vice rear".split())
_IDLE = frozenset(
    "the a an of for and s union cabinet former then ex late current serving hon honourable honorable shri sri smt dr mr ms mrs "
    "his her excellency sir dame to in at as was is".split()
)
_EXTRA_DEMONYMS = {"lao": "LA", "fijian": "FJ", "thai": "TH", "filipino": "PH", "philippine": "PH", "samoan": "WS", "nepali": "NP",
                   "nepalese": "NP", "sri lankan": "LK", "maldivian": "MV", "bangladeshi": "BD", "png": "PG", "us": "US", "uk": "GB",
                   "saudi": "SA", "emirati": "AE", "turkish": "TR", "brazilian": "BR", "kazakh": "KZ", "singaporean": "SG",
                   "indonesian": "ID", "malaysian": "MY", "vietnamese": "VN", "south african": "ZA", "italian": "IT", "european": "EU",
                   "eu": "EU", "europe": "EU", "un": "UN", "nato": "NATO", "united nations": "UN", "european union": "EU"}


@lru_cache(maxsize=1)
def _people() -> dict[str, tuple[int, str, tuple[str, ...]]]:
    """Each name a person goes by (normalised) -> (the person's row, their country code, their offices in canonical words)."""
    table: dict[str, tuple[int, str, tuple[str, ...]]] = {}
    for row, line in enumerate(_TABLE.strip().splitlines()):
        who, _, rest = line.partition(":")
        country, _, offices = rest.partition("|")
        canonical = tuple(_office(o) for o in offices.split(";") if o.strip())  # none for a body or an operation
        for name in who.split("|"):
            table[normalise(name.strip())] = (row, country.strip(), canonical)
    return table


def is_known_person(name: str) -> bool:
    """A person the table knows, by any name they go by (and not a body or an operation, which have no offices)."""
    entry = _people().get(normalise(name))
    return entry is not None and bool(entry[2])


_BY_EPITHET = """
maulana azad | abul kalam azad | abul kalam ghulam muhiyuddin
pandit nehru | jawaharlal nehru
sardar patel | vallabhbhai patel | vallabhbhai jhaverbhai patel
netaji | netaji bose | subhas chandra bose | subhash chandra bose
lokmanya tilak | bal gangadhar tilak
mahatma gandhi | mohandas karamchand gandhi
babasaheb ambedkar | bhimrao ramji ambedkar
deshbandhu das | chittaranjan das
gurudev tagore | rabindranath tagore
quaid e azam | muhammad ali jinnah | mohammad ali jinnah
bangabandhu | sheikh mujibur rahman | sheikh mujib
frederick the great | frederick ii | frederick ii of prussia
peter the great | peter i | pyotr alexeyevich
catherine the great | catherine ii | yekaterina alexeyevna
alexander the great | alexander iii of macedon
akbar the great | jalal ud din muhammad akbar | akbar
alfred the great | alfred
ivan the terrible | ivan iv | ivan iv vasilyevich
suleiman the magnificent | suleiman i
mehmed the conqueror | mehmed ii
william the conqueror | william i
richard the lionheart | richard i
the great elector | frederick william | frederick william of brandenburg
the sun king | louis xiv
the iron chancellor | otto von bismarck | bismarck
"""
"""Names the public gives one person ("Maulana Azad", "Frederick the Great") and the names that person goes by: said for
an answer that is someone else with the same surname or first name (Ghulam Nabi Azad, Frederick William I), the
epithet names that other person, whatever its words share with the answer."""


@lru_cache(maxsize=1)
def _epithets() -> dict[str, frozenset[str]]:
    """The epithet (each line's first form) -> every word of every name that person goes by."""
    table: dict[str, frozenset[str]] = {}
    for line in _BY_EPITHET.strip().splitlines():
        forms = [f.strip() for f in line.split("|")]
        table[forms[0]] = frozenset(w for f in forms for w in f.split())
    return table


_HEDGE_OR_THE = lazy_re(r"^(?:i think|probably|maybe)\s+|^the\s+")


def _named_by_epithet(typed: str) -> frozenset[str] | None:
    """The words of the person an epithet names, hedge and article aside ("I think Frederick the Great")."""
    said = _HEDGE_OR_THE.sub("", normalise(typed))
    return _epithets().get(said) or _epithets().get(f"the {said}")


def _that_persons(answer: str, words: frozenset[str]) -> list[str] | None:
    """The answer's words when every one is a name of that person (initials for given names), else None."""
    tokens = [w for w in normalise(answer).split() if w not in ("the", "of", "a")]
    return tokens if all(w in words or len(w) == 1 and any(o[0] == w for o in words) for w in tokens) else None


def another_by_epithet(typed: str, answers: tuple[str, ...]) -> bool:
    """"Maulana Azad" for Ghulam Nabi Azad: the typed name is what the public calls one person, and the answer has a
    name of its own that person does not go by (a surname alone, or the epithet's own words, are that person's)."""
    words = _named_by_epithet(typed)
    return words is not None and all(_that_persons(answer, words) is None for answer in answers)


def by_epithet(typed: str, answers: tuple[str, ...]) -> str | None:
    """The answer that is the very person the typed epithet names: "Frederick the Great" for Frederick II of Prussia,
    "Mahatma Gandhi" for M. K. Gandhi; a bare regnal name ("Frederick II") is also an emperor and a Danish king."""
    words = _named_by_epithet(typed)
    if words is None:
        return None
    for answer in answers:
        tokens = _that_persons(answer, words)
        if tokens and len(tokens) >= 2 and not (len(tokens) < 3 and any(re.fullmatch(r"[ivx]+", w) for w in tokens)):
            return answer
    return None


def another_known_person(typed: str, answer: str) -> bool:
    """"John Adams" for John Quincy Adams: both in the table, as two people ("Ajit Doval" for Ajit Kumar Doval is his)."""
    table = _people()
    meant = table.get(normalise(answer))
    if meant is None:
        return False  # the answer is nobody the table knows: what was typed is not looked up
    said = table.get(normalise(typed))
    return said is not None and bool(said[2]) and meant[0] != said[0]


def _office(text: str) -> str:
    said = " " + normalise(text.replace("-", " ")) + " "
    for pattern, canonical in _PHRASES:
        said = re.sub(pattern, f" {canonical} ", said)
    said = re.sub(r"\bminister (?:of|for) (?!state\b)(.+)$", r"\1 minister", said.strip())  # "minister of commerce" = commerce minister
    return " ".join(w for w in said.split() if w not in _IDLE and w != "and")


def office_words(text: str) -> frozenset[str]:
    """The words of the offices a text names, in canonical form ("Pradhan Mantri" is the prime minister)."""
    return frozenset(_office(text).split())


def _country_of(word: str) -> str | None:
    if word in _EXTRA_DEMONYMS:
        return _EXTRA_DEMONYMS[word]
    if word in names.DEMONYMS:
        return names.country_code(names.DEMONYMS[word]) or _EXTRA_DEMONYMS.get(names.DEMONYMS[word])
    code = names.country_code(word)
    if code is None and word.endswith("s") and len(word) > 3:
        return _country_of(word[:-1])  # "India's", normalised to "indias"
    return code


def _service(office: str) -> str | None:
    """The service a military rank belongs to: admirals are naval, air marshals air force, generals army."""
    words = set(office.split())
    if words & {"admiral", "adm", "commodore"}:
        return "navy"
    if "marshal" in words and "air" in words:
        return "air"
    if words & {"general", "gen", "brigadier", "colonel", "marshal"} and not words & {"secretary", "governor", "director", "attorney"}:
        return "army"
    return None


def _matches(typed: str, held: str) -> bool:
    """The typed office is one they held: the same head ("minister", "prime minister", "defence secretary"'s
    "secretary"), and the typed field inside theirs ("Commerce Minister" for the Commerce and Industry Minister)."""
    t, h = typed.split(), held.split()
    heads_t, heads_h = {w for w in t if w in _HEAD_WORDS}, {w for w in h if w in _HEAD_WORDS}
    return heads_t == heads_h and set(t) - heads_t <= set(h) - heads_h


@lru_cache(maxsize=64)  # one entry per question's answers
def _items_of(candidates: tuple[str, ...]) -> tuple[str, ...]:
    """Every item of the answers' lists: read once per question, not on every claim a response is checked for."""
    from studyapp.grading.claims import ITEM_SPLIT

    return tuple(i for c in candidates for i in ITEM_SPLIT.split(c) if i)


def office_claim(response: str, candidates: list[str]) -> str | None:
    """A reason when the response gives a known person an office or country that is not theirs, else None.
    In a list ("Foreign Minister Rajnath Singh and Sébastien Lecornu"), each person is judged on their own."""
    from studyapp.grading.claims import ITEM_SPLIT

    items = _items_of(tuple(candidates))
    if len(items) > len(candidates):
        for part in ITEM_SPLIT.split(response):
            if part and (claim := _claim(part, list(items))) is not None:
                return claim
        return None
    return _claim(response, candidates)


def _claim(response: str, candidates: list[str]) -> str | None:
    verdict = _judge(response, candidates)
    return verdict[1] if verdict is not None and not verdict[0] else None


def without_verified_title(response: str, candidates: list[str]) -> str | None:
    """The name alone where the title beside it is one the person held, in their country ("Fiji PM Sitiveni
    Rabuka", "Admiral Hari Kumar, Chief of the Naval Staff"); None where the table cannot say."""
    verdict = _judge(response, candidates)
    return verdict[1] if verdict is not None and verdict[0] else None


@lru_cache(maxsize=64)  # one entry per question's answers
def _judged(candidates: tuple[str, ...]) -> bool:
    """Whether any answer is a person in the table or a country: :func:`_judge` finds nothing to judge otherwise."""
    people = _people()
    return any(normalise(c) in people or names.country_code(normalise(c)) is not None for c in candidates)


def _judge(response: str, candidates: list[str]) -> tuple[bool, str] | None:
    """(True, the name as typed) for a title they held; (False, the reason) for one they did not; None when
    the person is not in the table or the words beside the name are more than a title and a country."""
    if not _judged(tuple(candidates)):
        return None  # no answer is a person the table knows or a country: nothing to judge a title against
    people = _people()
    said = normalise(response)
    person = next((people[n] for c in candidates if (n := normalise(c)) in people and (n in said or set(n.split()) & set(said.split()))), None)
    if person is None:
        typed = set(said.split())
        country = next((c for c in candidates if names.country_code(normalise(c)) is not None and set(normalise(c).split()) <= typed), None)
        if country is None or len({names.country_code(normalise(c)) for c in candidates} - {None}) > 1:
            return None  # a list of countries: "India-USA" names two of them
        person = (-1, names.country_code(normalise(country)) or "", ())  # "Latvia (Russian)": a country is its own, as a person is of theirs
    if person[0] == -1:
        own = set(normalise(country).split())
        left = [w for w in normalise(response.replace("-", " ")).split() if w not in own]
        codes = [_country_of(w) for w in left if w not in _IDLE]
        rest = [w for w in left if w not in _IDLE and _country_of(w) is None]
        if any(codes) and all(w in _GENERIC for w in rest) and any(c and c != person[1] and c not in ("NATO", "EU", "UN") for c in codes) and not any(
            w in _RELATIONS for w in left
        ):  # a grouping it may belong to is no other country ("Latvia (NATO)")
            return False, f"'{response}': {candidates[0]} is not {' '.join(w for w in left if w not in _IDLE)}"
        return None
    row, country, offices = person
    tokens = normalise(response.replace("-", " ")).split()
    own = {w for name, entry in people.items() if entry[0] == row for w in name.replace("-", " ").split()}
    left = [w for w in tokens if w not in own]
    if not left:
        return None
    theirs = set(country.split())
    if not offices or not any(w in _HEAD_WORDS or w in ("pm", "eam", "nsa", "cds", "coas", "cns", "mos", "cm", "rm", "unsg") for w in left):
        codes = [_country_of(w) for w in left if w not in _IDLE and w != "minister"]
        related = any(w in _RELATIONS for w in left)  # "Mexico, a partner of the US": another country named as another party
        if any(codes) and not related and len(left) <= 5 and any(c and c not in theirs for c in codes):
            return False, f"'{response}': {candidates[0]} is not of {' '.join(w for w in left if w not in _IDLE)}"  # "Huawei, US company"
        rest = [w for w in left if w not in _IDLE and _country_of(w) is None]
        if any(codes) and all(c in theirs for c in codes if c) and all(w in _GENERIC for w in rest):
            return True, " ".join(w for w in tokens if w in own)  # "Mélanie Joly of Canada", "Huawei, a Chinese company"
        return None
    words: list[str] = []
    k = 0
    while k < len(left):
        word, pair = left[k], " ".join(left[k : k + 2])
        code = _country_of(pair) if len(pair.split()) == 2 else None
        width = 2 if code else 1
        code = code or _country_of(word)
        if code is None and k + 2 < len(left):
            code, width = _country_of(" ".join(left[k : k + 3])), 3
            if code is None:
                width = 1
        if code is not None:
            posted = k > 0 and left[k - 1] in ("to", "in", "at")  # "Ambassador to the US": where he was sent
            if not posted and code not in theirs:
                return False, f"'{response}': {candidates[0]} holds no office of {' '.join(left[k : k + width])}"
            k += width
            continue
        words.append(word)
        k += 1
    typed = _office(" ".join(words))
    if not typed or any(w not in _vocabulary() for w in typed.split()):
        return None  # words beyond an office: other rules judge them
    name = " ".join(w for w in tokens if w in own)
    ranked = _service(typed)
    if ranked is not None:  # "General R Hari Kumar": an admiral is no general
        held = {_service(o) for o in offices} - {None}
        if not held:
            return None
        if ranked not in held:
            return False, f"'{response}' gives {candidates[0]} a rank of another service"
        typed = " ".join(w for w in typed.split() if w not in _RANKS)
        if not typed:
            return True, name
    if not any(w in _HEAD_WORDS for w in typed.split()):
        return None
    if any(_matches(typed, held) for held in offices):
        return True, name
    if typed in ("chief", "head") and any(w in _HEAD_WORDS for held in offices for w in held.split()):
        return True, name  # "UN chief Antonio Guterres": the body said, and "chief" for whatever heads it
    field = set(typed.split()) - {"chief", "head"}
    if typed.split()[-1] in ("chief", "head") and field and any(field <= set(_SPELLED.get(held, held).split()) for held in offices):
        return True, name  # "India's security chief" for the National Security Adviser: the field of an office held
    return False, f"'{response}' gives {candidates[0]} an office they did not hold"


_SPELLED = {"nsa": "national security adviser", "secretarygeneral": "secretary general", "governorgeneral": "governor general"}
"""Offices the table keeps as one word, spelled out to find their field."""


@lru_cache(maxsize=1)
def _vocabulary() -> frozenset[str]:
    """Every word of an office in the table or its spellings: other words make the title something else."""
    found = {w for _, _, offices in _people().values() for o in offices for w in o.split()}
    found |= {"minister", "secretary", "president", "prime", "vice", "deputy", "foreign", "defence", "home", "finance", "trade",
              "commerce", "interior", "intelligence", "security", "army", "navy", "air", "naval", "state", "general", "chief"}
    return frozenset(found)
