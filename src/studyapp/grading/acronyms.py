"""What the well-known acronyms of this field stand for: "Agence France-Presse" answers AFP, "SCO" answers
the Shanghai Cooperation Organisation.

A fair examiner knows these; a pack rarely lists them. Without the table the grader can only accept an
expansion whose initials spell the acronym, and writers of wrong answers love exactly that trap ("North
Atlantic Trade Organization"), so initials alone are never enough: only the expansions below count. An
acronym with two common meanings in this field (PTI: the news agency and the Pakistani party; MP; CM) is
left out, as is anything a question might use for another body.
"""

from __future__ import annotations

from functools import lru_cache

from studyapp.grading.text import normalise

_TABLE = """
ACSA: Acquisition and Cross-Servicing Agreement
ADMM: ASEAN Defence Ministers' Meeting | ASEAN Defence Ministers Meeting
AFP: Agence France-Presse
AIIB: Asian Infrastructure Investment Bank
ANI: Asian News International
APEC: Asia-Pacific Economic Cooperation
ARF: ASEAN Regional Forum
ASEAN: Association of Southeast Asian Nations | Association of South-East Asian Nations
AU: African Union
AUKUS: Australia, the United Kingdom and the United States
BECA: Basic Exchange and Cooperation Agreement
BIMSTEC: Bay of Bengal Initiative for Multi-Sectoral Technical and Economic Cooperation
BIST-EC: Bangladesh-India-Sri Lanka-Thailand Economic Cooperation
BRICS: Brazil, Russia, India, China and South Africa
CAATSA: Countering America's Adversaries Through Sanctions Act
CANZUK: Canada, Australia, New Zealand and the United Kingdom
CBI: Central Bureau of Investigation
CDS: Chief of Defence Staff
CECA: Comprehensive Economic Cooperation Agreement
CEPA: Comprehensive Economic Partnership Agreement
COMCASA: Communications Compatibility and Security Agreement
CPEC: China-Pakistan Economic Corridor
CTBT: Comprehensive Nuclear-Test-Ban Treaty | Comprehensive Test Ban Treaty
DRDO: Defence Research and Development Organisation | Defence Research and Development Organization
DTTI: Defence Technology and Trade Initiative
EAEU: Eurasian Economic Union
EAS: East Asia Summit
ECOWAS: Economic Community of West African States
ECTA: Economic Cooperation and Trade Agreement
EEZ: Exclusive Economic Zone
EFTA: European Free Trade Association
EU: European Union
FAO: Food and Agriculture Organization | Food and Agriculture Organisation
FATF: Financial Action Task Force
FICCI: Federation of Indian Chambers of Commerce and Industry
FTA: Free Trade Agreement
GCC: Gulf Cooperation Council
GDP: Gross Domestic Product
GSOMIA: General Security of Military Information Agreement
HAL: Hindustan Aeronautics Limited
IAEA: International Atomic Energy Agency
ICC: International Criminal Court
ICJ: International Court of Justice
IDEX: Innovations for Defence Excellence | Innovation for Defence Excellence
ILO: International Labour Organization | International Labour Organisation
IMEC: India-Middle East-Europe Economic Corridor | India-Middle East-Europe Corridor
IMF: International Monetary Fund
IMO: International Maritime Organization | International Maritime Organisation
INSTC: International North-South Transport Corridor
IORA: Indian Ocean Rim Association
IPCC: Intergovernmental Panel on Climate Change
IPEF: Indo-Pacific Economic Framework | Indo-Pacific Economic Framework for Prosperity
IPOI: Indo-Pacific Oceans Initiative | Indo-Pacific Oceans' Initiative
ISA: International Solar Alliance
ISRO: Indian Space Research Organisation | Indian Space Research Organization
JIMEX: Japan-India Maritime Exercise | Japan India Maritime Exercise
LAC: Line of Actual Control
LEMOA: Logistics Exchange Memorandum of Agreement
LoC: Line of Control
MAHASAGAR: Mutual and Holistic Advancement for Security and Growth Across Regions
MARCOS: Marine Commando Force | Marine Commandos
MEA: Ministry of External Affairs
MERCOSUR: Southern Common Market | Mercado Común del Sur
MGC: Mekong-Ganga Cooperation
MLSA: Mutual Logistics Support Arrangement | Mutual Logistics Support Agreement
MRO: maintenance, repair and overhaul | maintenance, repair and operations
MTCR: Missile Technology Control Regime
NAM: Non-Aligned Movement
NATO: North Atlantic Treaty Organisation | North Atlantic Treaty Organization
NCQG: New Collective Quantified Goal
NDB: New Development Bank
NORAD: North American Aerospace Defense Command | North American Aerospace Defence Command
NPT: Treaty on the Non-Proliferation of Nuclear Weapons | Non-Proliferation Treaty | Nuclear Non-Proliferation Treaty
NSG: Nuclear Suppliers Group
OECD: Organisation for Economic Co-operation and Development | Organization for Economic Cooperation and Development
OIC: Organisation of Islamic Cooperation | Organization of Islamic Cooperation
OPEC: Organization of the Petroleum Exporting Countries | Organisation of the Petroleum Exporting Countries
OSCE: Organization for Security and Co-operation in Europe | Organisation for Security and Co-operation in Europe
OTH: over-the-horizon | over the horizon
QUAD: Quadrilateral Security Dialogue
RBI: Reserve Bank of India
RCEP: Regional Comprehensive Economic Partnership
RHIB: rigid-hulled inflatable boat | rigid hull inflatable boat | rigid-hull inflatable boat
SAARC: South Asian Association for Regional Cooperation
SAGAR: Security and Growth for All in the Region
SCO: Shanghai Cooperation Organisation | Shanghai Cooperation Organization
SIPRI: Stockholm International Peace Research Institute
UAE: United Arab Emirates
UK: United Kingdom
UN: United Nations
UNCLOS: United Nations Convention on the Law of the Sea | UN Convention on the Law of the Sea
UNDP: United Nations Development Programme | UN Development Programme
UNEP: United Nations Environment Programme | UN Environment Programme
UNESCO: United Nations Educational, Scientific and Cultural Organization
UNFCCC: United Nations Framework Convention on Climate Change | UN Framework Convention on Climate Change
UNGA: United Nations General Assembly | UN General Assembly
UNHRC: United Nations Human Rights Council | UN Human Rights Council
UNIFIL: United Nations Interim Force in Lebanon | UN Interim Force in Lebanon
UNSC: United Nations Security Council | UN Security Council
UNODC: United Nations Office on Drugs and Crime | UN Office on Drugs and Crime
US: United States | United States of America
USA: United States of America
USGS: United States Geological Survey | US Geological Survey
WHO: World Health Organization | World Health Organisation
WTO: World Trade Organization | World Trade Organisation
"""


@lru_cache(maxsize=1)
def _expansions() -> dict[str, tuple[str, ...]]:
    table: dict[str, tuple[str, ...]] = {}
    for line in _TABLE.strip().splitlines():
        short, _, long = line.partition(":")
        table[short.strip().casefold()] = tuple(x.strip() for x in long.split("|"))
    return table


@lru_cache(maxsize=1)
def _shorts() -> dict[str, str]:
    return {normalise(long): short for short, longs in _expansions().items() for long in longs}


def other_forms(candidate: str) -> tuple[str, ...]:
    """The expansions of a known acronym, or the acronym of a known expansion; () for anything else."""
    key = candidate.strip().casefold().removeprefix("the ")
    if key in _expansions():
        return _expansions()[key]
    short = _shorts().get(normalise(candidate).removeprefix("the "))
    return (short.upper(),) if short else ()
