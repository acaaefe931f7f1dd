"""Chemical elements by their symbols: "Li and Co" for lithium and cobalt, "REEs" aside.

Critical-minerals diplomacy is a staple of the paper, and a learner who writes a metal's
symbol knows the metal. The table is the periodic table's 118 names and symbols (fixed
data; no library is worth its install for it), used only for answers that name elements.
"""

from __future__ import annotations

from functools import lru_cache

from studyapp.grading.text import normalise

_TABLE = (
    "H hydrogen He helium Li lithium Be beryllium B boron C carbon N nitrogen O oxygen F fluorine Ne neon Na sodium "
    "Mg magnesium Al aluminium Si silicon P phosphorus S sulfur Cl chlorine Ar argon K potassium Ca calcium Sc scandium "
    "Ti titanium V vanadium Cr chromium Mn manganese Fe iron Co cobalt Ni nickel Cu copper Zn zinc Ga gallium "
    "Ge germanium As arsenic Se selenium Br bromine Kr krypton Rb rubidium Sr strontium Y yttrium Zr zirconium "
    "Nb niobium Mo molybdenum Tc technetium Ru ruthenium Rh rhodium Pd palladium Ag silver Cd cadmium In indium Sn tin "
    "Sb antimony Te tellurium I iodine Xe xenon Cs caesium Ba barium La lanthanum Ce cerium Pr praseodymium Nd neodymium "
    "Pm promethium Sm samarium Eu europium Gd gadolinium Tb terbium Dy dysprosium Ho holmium Er erbium Tm thulium "
    "Yb ytterbium Lu lutetium Hf hafnium Ta tantalum W tungsten Re rhenium Os osmium Ir iridium Pt platinum Au gold "
    "Hg mercury Tl thallium Pb lead Bi bismuth Po polonium At astatine Rn radon Fr francium Ra radium Ac actinium "
    "Th thorium Pa protactinium U uranium Np neptunium Pu plutonium Am americium Cm curium Bk berkelium Cf californium "
    "Es einsteinium Fm fermium Md mendelevium No nobelium Lr lawrencium Rf rutherfordium Db dubnium Sg seaborgium "
    "Bh bohrium Hs hassium Mt meitnerium Ds darmstadtium Rg roentgenium Cn copernicium Nh nihonium Fl flerovium "
    "Mc moscovium Lv livermorium Ts tennessine Og oganesson"
)
_OTHER_SPELLINGS = {"aluminum": "aluminium", "cesium": "caesium", "sulphur": "sulfur"}


@lru_cache(maxsize=1)
def _symbols() -> dict[str, str]:
    parts = _TABLE.split()
    table = {name: symbol.casefold() for symbol, name in zip(parts[::2], parts[1::2])}
    table.update({other: table[name] for other, name in _OTHER_SPELLINGS.items()})
    return table


def symbol_forms(forms: list[str], prompt: str) -> list[str]:
    """Each form that names elements, with every element written as its symbol: "lithium and cobalt" -> "li and co".
    Only forms made of element names and joining words (a metal inside another name, "Gold Coast", is no symbol), and
    none where the question shows a symbol itself ("Which metal is Co?")."""
    table = _symbols()
    asked = set(normalise(prompt).split())
    out: list[str] = []
    for form in forms:
        words = normalise(form).split()
        elements = [w for w in words if w in table]
        if not elements or any(w not in table and w not in ("and", "the", "or") for w in words):
            continue
        if any(table[w] in asked for w in elements):
            continue
        variant = " ".join(table.get(w, w) for w in words)
        if len(variant) == 1:
            continue  # "H" alone would read as an initial: "helium" would contain it
        if variant not in out and variant not in forms:
            out.append(variant)
    return out
