"""Is a name a country? (pycountry's ISO 3166 list, already a dependency for grading.)"""

from __future__ import annotations

from functools import lru_cache


@lru_cache(maxsize=2048)
def is_country(name: str) -> bool:
    import pycountry

    clean = name.strip().removeprefix("the ").strip()
    if len(clean) < 4:
        return clean in {"USA", "UAE", "UK", "US"}
    try:
        pycountry.countries.lookup(clean)
    except LookupError:
        return False
    return True


# adjective -> country, to tell which countries a document names ("Greek Prime Minister ..." names Greece)
DEMONYMS = {
    "Indian": "India", "Japanese": "Japan", "French": "France", "Greek": "Greece", "Australian": "Australia", "American": "the US",
    "British": "the UK", "German": "Germany", "Canadian": "Canada", "Chinese": "China", "Russian": "Russia", "Italian": "Italy",
    "Philippine": "the Philippines", "Filipino": "the Philippines", "Indonesian": "Indonesia", "Malaysian": "Malaysia",
    "Bangladeshi": "Bangladesh", "Vietnamese": "Vietnam", "Spanish": "Spain", "Israeli": "Israel", "Egyptian": "Egypt",
    "Saudi": "Saudi Arabia", "Emirati": "the UAE", "Iranian": "Iran", "Singaporean": "Singapore", "Thai": "Thailand",
    "Mongolian": "Mongolia", "Omani": "Oman", "Nepalese": "Nepal", "Brazilian": "Brazil", "Kenyan": "Kenya", "Polish": "Poland",
    "Dutch": "the Netherlands", "Sri Lankan": "Sri Lanka", "South Korean": "South Korea", "New Zealand": "New Zealand",
}  # fmt: skip
_SPELLINGS = (("US", "U.S.", "USA", "United States", "United States of America", "America", "American"),
              ("UK", "U.K.", "Britain", "United Kingdom", "Great Britain", "British"))  # fmt: skip


def spellings(country: str) -> set[str]:
    """The ways a document may name a country: "United States", "US", "American"; "India", "Indian"."""
    plain = country.removeprefix("the ")
    for group in _SPELLINGS:
        if plain in group:
            return set(group)
    return {plain, *(adjective for adjective, name in DEMONYMS.items() if name.removeprefix("the ") == plain)}


_CAPITAL_SPELLINGS = {"Ulaanbaatar": "Mongolia", "Delhi": "India", "Washington DC": "United States", "Washington, D.C.": "United States",
                      "Kiev": "Ukraine", "Naypyidaw": "Myanmar", "Nay Pyi Taw": "Myanmar", "The Hague": "Netherlands"}  # fmt: skip


@lru_cache(maxsize=1)
def _capitals() -> dict[str, str]:
    """National capital -> its country, from countrystatecity-countries' offline table (already a dependency for grading)."""
    from studyapp.grading.gazetteer import _root

    root = _root()
    found: dict[str, str] = {}
    if root is not None:
        import json

        try:
            records = json.loads((root.parent / "countries.json").read_text(encoding="utf-8"))
        except (OSError, ValueError):
            records = []
        found = {str(r["capital"]): str(r["name"]) for r in records if r.get("capital") and r.get("name") and r["capital"] != r["name"]}
    return {**found, **_CAPITAL_SPELLINGS}


def capital_of(name: str) -> str | None:
    """The country whose capital a name is ("Tokyo" -> "Japan"), or None."""
    return _capitals().get(name.strip())
