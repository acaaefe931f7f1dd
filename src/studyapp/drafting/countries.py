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
