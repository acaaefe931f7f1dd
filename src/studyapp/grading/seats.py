"""Where the bodies this field keeps meeting are based: "NCPOR, Goa", "ISRO (Bengaluru)", "the Eastern Naval
Command, Visakhapatnam".

A fair examiner knows that ISRO sits in Bengaluru and NCPOR in Goa, so a learner who adds the seat has said
something true; the question rarely says so. Like the office holders in ``people``, this is a table, kept
short and to bodies with one seat: a body not in it is judged as before, and a seat that is not the table's
is never taken on trust. Each seat lists the city, its other names and the state or country it lies in.
"""

from __future__ import annotations

from functools import lru_cache

from studyapp.grading.text import normalise

_TABLE = """
national centre for polar and ocean research | ncpor | national center for polar and ocean research: goa | vasco da gama | vasco
indian space research organisation | isro | indian space research organization: bengaluru | bangalore | karnataka
antrix | antrix corporation | antrix corporation limited: bengaluru | bangalore | karnataka
hindustan aeronautics limited | hal | hindustan aeronautics: bengaluru | bangalore | karnataka
bharat electronics limited | bel | bharat electronics: bengaluru | bangalore | karnataka
mazagon dock shipbuilders limited | mazagon dock | mazagon docks | mazagon dock limited | mdl: mumbai | bombay | maharashtra
garden reach shipbuilders and engineers | grse: kolkata | calcutta | west bengal
cochin shipyard | cochin shipyard limited | csl: kochi | cochin | kerala
goa shipyard | goa shipyard limited | gsl: vasco da gama | vasco | goa
eastern naval command: visakhapatnam | vizag | vishakhapatnam | andhra pradesh
western naval command: mumbai | bombay | maharashtra
southern naval command: kochi | cochin | kerala
andaman and nicobar command: port blair | sri vijaya puram | andaman and nicobar islands
defence research and development organisation | drdo: new delhi | delhi
international solar alliance | isa: gurugram | gurgaon | haryana
indian ocean rim association | iora: ebene | mauritius
bimstec secretariat | bimstec: dhaka | bangladesh
saarc secretariat | saarc: kathmandu | nepal
asean secretariat: jakarta | indonesia
shanghai cooperation organisation | sco | shanghai cooperation organization: beijing | china
new development bank | ndb: shanghai | china
asian infrastructure investment bank | aiib: beijing | china
international atomic energy agency | iaea: vienna | wien | austria
world trade organization | wto | world trade organisation: geneva | geneve | switzerland
world health organization | who | world health organisation: geneva | geneve | switzerland
international court of justice | icj: the hague | hague | den haag | netherlands
international criminal court | icc: the hague | hague | den haag | netherlands
permanent court of arbitration | pca: the hague | hague | den haag | netherlands
peace palace: the hague | hague | den haag | netherlands
nato | north atlantic treaty organization | north atlantic treaty organisation: brussels | bruxelles | belgium
united nations | un | united nations headquarters: new york | new york city | nyc | us | united states
oecd | organisation for economic co-operation and development: paris | france
norad | north american aerospace defense command | north american aerospace defence command: colorado springs | colorado | us | united states
"""


@lru_cache(maxsize=1)
def _seats() -> dict[str, frozenset[str]]:
    table: dict[str, frozenset[str]] = {}
    for line in _TABLE.strip().splitlines():
        bodies, _, seat = line.partition(":")
        names = frozenset(normalise(s) for s in seat.split("|"))
        for body in bodies.split("|"):
            table[normalise(body)] = names
    return table


def seat_of(body: str) -> frozenset[str] | None:
    """The names of the place a known body is based in; None for a body the table does not know."""
    norm = normalise(body)
    return _seats().get(norm) or _seats().get(norm.removeprefix("the "))


def based_in(body: str, place: str) -> bool | None:
    """True where the table puts the body there, False where it puts it elsewhere, None where it does not know."""
    seat = seat_of(body)
    if seat is None:
        return None
    return normalise(place).removeprefix("the ") in {s.removeprefix("the ") for s in seat}
