"""The grader against a fair examiner's labels (tests/grading_eval, docs/grading.md).

Each held-out file was scored once, blind, by the grader of its round, before anyone tuned
on it; those figures are frozen in roundN-*-result.txt (and in the comments below). The
floors here guard against regressions on all of them, now that each is development data.
"""

from __future__ import annotations

import multiprocessing
import os
import sys
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

import pytest

EVAL = Path(__file__).resolve().parent / "grading_eval"
sys.path.insert(0, str(EVAL))
import score as scoring  # noqa: E402

# The red team's false accepts of round 16 still open (see the redteam16.yaml entry in FLOORS)
REDTEAM16_OPEN = (
    "RT16-017", "RT16-019", "RT16-020", "RT16-021", "RT16-034", "RT16-058", "RT16-065", "RT16-069", "RT16-071", "RT16-074",
    "RT16-075", "RT16-097", "RT16-098", "RT16-103", "RT16-104", "RT16-123", "RT16-124", "RT16-126", "RT16-127",
    "RT16-131", "RT16-168", "RT16-169", "RT16-178", "RT16-179", "RT16-180", "RT16-181", "RT16-235", "RT16-250", "RT16-251",
    "RT16-252", "RT16-253", "RT16-259",
)

FLOORS = {
    # file: (least agreement, false accepts allowed), each a floor under today's development figure
    "tune.yaml": (0.98, ()),  # the tuning set from round 1
    "holdout.yaml": (0.975, ()),  # blind in round 1: 90.4%, 1 false accept
    # Q055, Q245 (and N087, N1540 in holdout13): two words of a plain list swapped in a cloze; these two writers label it
    # wrong, seven others label the same swap right (15 cases): the grader follows the majority since the ninth session
    "holdout2.yaml": (0.97, ("Q055", "Q245")),  # blind in round 2: 91.2%, 12
    "holdout3.yaml": (0.985, ()),  # blind in round 3: 96.9%, 2
    "holdout4.yaml": (0.975, ()),  # blind in round 4: 95.5%, 3
    "holdout5.yaml": (0.975, ()),  # blind in round 5: 96.7%, 3
    "holdout6.yaml": (0.965, ()),  # blind in round 6: 95.0%, 2
    "holdout7.yaml": (0.98, ()),  # blind in round 7: 97.4%, 0
    "holdout8.yaml": (0.97, ()),  # blind in round 8: 96.4%, 5
    "holdout9.yaml": (0.965, ()),  # blind in round 9: 96.1%, 0
    "holdout10.yaml": (0.97, ()),  # blind in round 10: 97.1%, 2
    "holdout11.yaml": (0.955, ()),  # blind in round 11: 96.0%, 1
    "holdout12.yaml": (0.94, ()),  # blind in round 12: 94.7%, 4
    # "Indo-Pacific" for "India-Pacific" (N599); who holds which office is known since round 37 (grading/people.py)
    "holdout13.yaml": (0.945, ("N599", "N087", "N1540")),  # blind in round 13: 94.7%, 11
    "holdout14.yaml": (0.95, ()),  # blind in round 14: 95.7%, 2
    "holdout15.yaml": (0.95, ()),  # blind in round 15: 95.6%, 1
    "holdout16.yaml": (0.97, ()),  # blind in round 16: 97.2%, 1
    "holdout17.yaml": (0.96, ()),  # blind in round 17: 96.2%, 4
    "holdout18.yaml": (0.97, ()),  # blind in round 18: 97.5%, 1
    "holdout19.yaml": (0.965, ()),  # blind in round 19: 96.6%, 0
    "holdout20.yaml": (0.975, ()),  # blind in round 20: 97.7%, 3
    "holdout21.yaml": (0.955, ()),  # blind in round 21: 95.8%, 3
    "holdout22.yaml": (0.965, ()),  # blind in round 22: 96.9%, 2
    "holdout23.yaml": (0.95, ()),  # blind in round 23: 95.2%, 1
    "holdout24.yaml": (0.95, ()),  # blind in round 24: 95.4%, 1
    "holdout25.yaml": (0.97, ()),  # blind in round 25: 97.1%, 1 (R541, "22.7.2023" where "22 July 2022" is accepted: fixed in the thirteenth session)
    "holdout26.yaml": (0.97, ()),  # blind in round 26: 97.4%, 2
    "holdout27.yaml": (0.965, ()),  # blind in round 27: 96.9%, 0
    "holdout28.yaml": (0.965, ()),  # blind in round 28: 96.1%, 0
    "holdout29.yaml": (0.975, ()),  # blind in round 29: 97.6%, 0
    "holdout30.yaml": (0.97, ()),  # blind in round 30: 97.0%, 1
    "holdout31.yaml": (0.98, ()),  # blind in round 31: 98.3%, 0
    "holdout32.yaml": (0.975, ()),  # blind in round 32: 97.8%, 1
    "holdout33.yaml": (0.945, ()),  # blind in round 33: 94.9%, 2
    "holdout35.yaml": (0.95, ()),  # blind in round 35: 95.3%, 1
    "holdout36.yaml": (0.965, ()),  # blind in round 36: 96.8%, 1
    "holdout34.yaml": (0.965, ()),  # blind in round 34: 97.2%, 0
    "holdout39.yaml": (0.97, ()),  # blind in round 39: 97.5%, 1 (X39-848 fixed since)
    "holdout45.yaml": (0.94, ("Y45-115",)),  # blind in round 45: 94.7%, 1 (Y45-014: common words swapped in a cloze, refused since)
    # Y45-115, Y50-168: names of one plain list swapped ("the {{Brahmaputra}} and {{Moskva}} rivers"), labelled wrong
    # here and right in 11 cases of five other writers (docs/grading.md, "The fourteenth session")
    # Y47-055: "2024" for a date asked, where the file's accept list ([January 1, 2024] in YAML) names the bare year
    "holdout46.yaml": (0.95, ()),  # blind in round 46: 95.7%, 0
    "holdout47.yaml": (0.92, ("Y47-055",)),  # blind in round 47: 92.7%, 7 (six wrong-year dates against a yearless accept entry: fixed since)
    "holdout48.yaml": (0.95, ()),  # blind in round 48: 95.7%, 0
    "holdout49.yaml": (0.96, ()),  # blind in round 49: 96.6%, 0
    "holdout49b.yaml": (0.9, ()),  # blind in round 49b (the fourteenth session's last grader): 91.8%, 1 ('Not "no"': fixed since)
    "holdout50.yaml": (0.96, ("Y50-168",)),  # blind in round 50: 96.4%, 2 (common words swapped in a cloze, refused since)
    "holdout51.yaml": (0.965, ()),  # blind in round 51: 97.0%, 0
    "holdout52.yaml": (0.96, ("Y52-636",)),  # blind in round 52: 96.5%, 1 (Y52-636: "Ravish Kumar" for Raveesh Kumar, a TV journalist's name; W52 flagged it as disputable)
    "holdout53.yaml": (0.95, ()),  # blind in round 53: 95.4%, 0
    "holdout56.yaml": (0.955, ()),  # blind in round 56: 95.9%, 0
    "holdout57.yaml": (0.975, ()),  # blind in round 57: 97.8%, 1 (the city alone where city and country are asked: fixed since)
    "holdout58.yaml": (0.95, ()),  # blind in round 58: 95.6%, 1 (100 Gb/s for 100 Tb/s: data rates are units since)
    "holdout60.yaml": (0.935, ()),  # blind in round 60: 93.7%, 0
    "holdout61.yaml": (0.955, ()),  # blind in round 61: 95.6%, 2 (Y61-454, "a no-war pact" read as a no: fixed since)
    "holdout63.yaml": (0.97, ()),  # blind in round 63: 97.3%, 1 ("a programme of action": fixed in the fifteenth session)
    "holdout64.yaml": (0.955, ()),  # blind in round 64: 95.9%, 1 (two submarines' names swapped in a cloze list)
    "holdout72.yaml": (0.98, ()),  # blind in round 72 (377bd6d): 98.3%, 0
    "holdout73.yaml": (0.985, ()),  # blind in round 73 (377bd6d): 98.9%, 2 ("Extended Fund" for the Extended Fund Facility, "Nostro" for Vostro: both fixed since)
    "holdout75.yaml": (0.96, ()),  # blind in round 75 (c508312): 96.4%, 0
    "holdout74.yaml": (0.945, ()),  # blind in round 74 (c508312): 94.7%, 0
    "holdout78.yaml": (0.97, ()),  # blind in round 78 (42de6aa): 97.5%, 0
    "holdout76.yaml": (0.975, ()),  # blind in round 76 (42de6aa): 97.9%, 0
    "holdout77.yaml": (0.955, ()),  # blind in round 77 (4fe6aca): 95.9%, 0
    "holdout79.yaml": (0.965, ()),  # blind in round 79 (4fe6aca): 96.7%, 0
    "holdout81.yaml": (0.965, ()),  # blind in round 81 (f5bf81f): 96.7%, 0
    "holdout82.yaml": (0.955, ()),  # blind in round 82 (f5bf81f): 95.8%, 0
    "holdout83.yaml": (0.955, ()),  # blind in round 83 (f5bf81f): 96.0%, 0
    "holdout80.yaml": (0.945, ()),  # blind in round 80 (05d103d): 95.0%, 0
    "holdout84.yaml": (0.935, ()),  # blind in round 84 (05d103d): 93.7%, 1 ("Kochi and Goa" for the three ports: fixed since)
    "holdout85.yaml": (0.94, ()),  # blind in round 85 (05d103d): 94.1%, 1 ("Paktia" for Paktika, a neighbouring province: fixed since)
    "holdout90.yaml": (0.965, ()),  # blind in round 90 (2f7cf77): 97.1%, 1 (two figures of a sentence swapped: fixed since)
    "holdout88.yaml": (0.965, ()),  # blind in round 88 (2f7cf77): 96.8%, 0
    "holdout87.yaml": (0.96, ()),  # blind in round 87 (2f7cf77): 96.3%, 0
    "holdout89.yaml": (0.955, ()),  # blind in round 89 (d0284e2): 95.6%, 0
    "holdout91.yaml": (0.935, ("Y91-531",)),  # blind in round 91 (d0284e2): 94.0%, 1 (the Indian and Russian signatories of a cloze swapped)
    "holdout86.yaml": (0.915, ()),  # blind in round 86 (2f7cf77): 92.0%, 1 (the two numbers of "Article XII(2)" swapped: fixed since)
    "holdout92.yaml": (0.94, ()),  # blind in round 92 (c6cb413): 94.3%, 0
    "holdout93.yaml": (0.96, ()),  # blind in round 93 (c6cb413): 96.3%, 0
    "holdout94.yaml": (0.965, ()),  # blind in round 94 (c6cb413): 96.9%, 0
    "holdout96.yaml": (0.96, ("Y96-523", "Y96-527")),  # blind in round 96 (c6cb413): 96.2%, 2 (Jiangnan and Jiangyin, a shipyard and a port, taken for each other: open)
    "holdout97.yaml": (0.965, ()),  # blind in round 97 (c6cb413): 96.7%, 0
    "holdout95.yaml": (0.95, ()),  # blind in round 95 (c6cb413): 95.4%, 0
    "holdout98.yaml": (0.92, ()),  # blind in round 98 (594a72e): 92.3%, 0
    "holdout99.yaml": (0.97, ()),  # blind in round 99 (594a72e): 97.2%, 0
    "holdout102.yaml": (0.965, ()),  # blind in round 102 (594a72e): 96.7%, 1 (the question's time frame denied beside the figure: fixed since)
    "holdout103.yaml": (0.95, ()),  # blind in round 103 (594a72e): 95.1%, 0
    "holdout100.yaml": (0.925, ("Y100-062",)),  # blind in round 100 (594a72e): 92.7%, 1 ("Bangabhaban" for Ganabhaban, two residences)
    "holdout101.yaml": (0.93, ()),  # blind in round 101 (594a72e): 93.4%, 0
    "holdout106.yaml": (0.96, ()),  # blind in round 106 (0dab0c9): 96.6%, 0
    "holdout104.yaml": (0.955, ()),  # blind in round 104 (0dab0c9): 96.0%, 1 ("from northern Lebanon": fixed since)
    "holdout107.yaml": (0.96, ()),  # blind in round 107 (0dab0c9): 96.6%, 1 ("a surplus" for a deficit given unsigned: fixed since)
    "holdout105.yaml": (0.975, ()),  # blind in round 105 (0dab0c9): 98.0%, 0
    "holdout108.yaml": (0.95, ()),  # blind in round 108 (089bc52): 95.4%, 0
    "holdout109.yaml": (0.96, ()),  # blind in round 109 (089bc52): 96.4%, 0
    "holdout112.yaml": (0.97, ()),  # blind in round 112 (c5098cf, the sixteenth session's start): 97.4%, 0
    "holdout113.yaml": (0.945, ()),  # blind in round 113 (c5098cf): 94.9%, 0
    "holdout115.yaml": (0.945, ()),  # blind in round 115 (c5098cf): 95.2%, 0
    "holdout110.yaml": (0.945, ()),  # blind in round 110 (c5098cf): 95.0%, 0
    "holdout111.yaml": (0.945, ()),  # blind in round 111 (c5098cf): 94.8%, 0
    "holdout114.yaml": (0.92, ("Y114-565",)),  # blind in round 114 (c5098cf): 92.3%, 1 ("5 to 9" for a 9-to-5 tally read as a range)
    "holdout116.yaml": (0.96, ()),  # blind in round 116 (7ab5a3f): 96.7%, 0
    "holdout117.yaml": (0.965, ("Y117-451",)),  # blind in round 117 (7ab5a3f): 97.2%, 1 ("commerce ministers" for commerce and industry ministers)
    "holdout118.yaml": (0.965, ()),  # blind in round 118 (7ab5a3f): 97.1%, 0
    "holdout119.yaml": (0.92, ("Y119-609",)),  # blind in round 119 (7ab5a3f): 92.5%, 1 ("Yangtze", a real river, for the Yangtse area)
    "holdout120.yaml": (0.96, ()),  # blind in round 120 (7ab5a3f): 96.4%, 0
    "holdout121.yaml": (0.96, ()),  # blind in round 121 (7ab5a3f): 96.8%, 0
    "holdout124.yaml": (0.96, ()),  # blind in round 124 (e5a23d1): 96.6%, 0
    "holdout125.yaml": (0.96, ()),  # blind in round 125 (e5a23d1): 96.3%, 0
    "holdout122.yaml": (0.965, ("Y122-125",)),  # blind in round 122 (1d18f0c): 97.1%, 1 ("ODA grant" for an ODA loan: a descriptor in place of the answer's word)
    "holdout126.yaml": (0.95, ()),  # blind in round 126 (1d18f0c): 95.3%, 0
    "holdout127.yaml": (0.95, ()),  # blind in round 127 (1d18f0c): 95.7%, 0
    "holdout123.yaml": (0.965, ()),  # blind in round 123 (8c91b19): 97.2%, 0
    "holdout133.yaml": (0.975, ()),  # blind in round 133 (fa66474): 98.0%, 0
    "holdout130.yaml": (0.965, ()),  # blind in round 130 (fa66474): 97.0%, 0
    "holdout129.yaml": (0.965, ("Y129-187",)),  # blind in round 129 (32bcb46): 97.3%, 1 (two ships of a cloze swapped, the disputed coordinated-names class)
    "holdout128.yaml": (0.945, ()),  # blind in round 128 (bc123b9): 94.8%, 0
    "holdout131.yaml": (0.95, ()),  # blind in round 131 (bc123b9): 95.7%, 0
    "holdout132.yaml": (0.925, ()),  # blind in round 132 (bc123b9): 93.1%, 0
    "holdout137.yaml": (0.96, ()),  # blind in round 137 (a63f6fc): 96.8%, 0
    "holdout134.yaml": (0.945, ("Y134-033", "Y134-039")),  # blind in round 134 (273e85c): 95.1%, 2 (yen and rupees where the question asks in dollars and the answer has no unit)
    "holdout135.yaml": (0.935, ()),  # blind in round 135 (46e73a8): 93.8%, 0
    "holdout136.yaml": (0.94, ("Y136-216",)),  # blind in round 136 (46e73a8): 94.4%, 1 ("Janakpuri", a Delhi suburb, for Janakpur)
    "holdout138.yaml": (0.975, ()),  # blind in round 138 (46e73a8): 98.0%, 0
    "holdout139.yaml": (0.955, ()),  # blind in round 139 (46e73a8, the session's last grader): 96.2%, 0
    "holdout144.yaml": (0.97, ("Y144-028",)),  # blind in round 144 (46e73a8): 97.7%, 1 ("1 AM" for 1 PM)
    "holdout140.yaml": (0.975, ("Y140-308",)),  # blind in round 140 (46e73a8): 97.9%, 1 ("south of Mannar" for north of Mannar)
    "holdout141.yaml": (0.955, ()),  # blind in round 141 (46e73a8): 95.9%, 0
    "holdout143.yaml": (0.97, ()),  # blind in round 143 (46e73a8): 97.4%, 0
    "holdout142.yaml": (0.945, ()),  # blind in round 142 (6772fc1, the session's last grader): 94.9%, 0
    "holdout145.yaml": (0.975, ()),  # blind in round 145 (6772fc1): 97.8%, 0
    "holdout148.yaml": (0.955, ("Y148-324",)),  # blind in round 148 (6772fc1): 95.9%, 1 ("80 percent of the world's uranium" for another share)
    "holdout146.yaml": (0.975, ("Y146-422",)),  # blind in round 146 (6772fc1): 97.9%, 1 ("India did not abstain" for "No, India has always abstained")
    "holdout147.yaml": (0.955, ()),  # blind in round 147 (6772fc1): 95.7%, 0
    "holdout149.yaml": (0.92, ()),  # blind in round 149 (6772fc1): 92.7%, 0
    "holdout150.yaml": (0.96, ()),  # blind in round 150 (6772fc1): 96.6%, 0
    "holdout151.yaml": (0.955, ("Y151-088",)),  # blind in round 151 (6772fc1): 95.8%, 1 (two countries of a cloze swapped, the coordinated-names class)
    "holdout153.yaml": (0.965, ("Y153-100", "Y153-441")),  # blind in round 153 (41f0fca, the seventeenth session's start grader): 97.1%, 2 (a cloze's two numbers swapped; "Saydnaya airbase" for the military prison, the descriptor naming another kind of site)
    "holdout154.yaml": (0.95, ("Y154-256",)),  # blind in round 154 (41f0fca): 95.4%, 1 ("liaison offices" for liaison officers, through a pack's accepted "liaison")
    "holdout158.yaml": (0.965, ()),  # blind in round 158 (41f0fca): 97.3%, 0
    "holdout156.yaml": (0.96, ("Y156-439",)),  # blind in round 156 (41f0fca): 96.7%, 1 ("Idriss Deby", the late father, for Mahamat Idriss Deby Itno)
    "holdout155.yaml": (0.935, ()),  # blind in round 155 (41f0fca): 94.0%, 0
    "holdout152.yaml": (0.955, ()),  # blind in round 152 (41f0fca): 96.0%, 0
    "holdout157.yaml": (0.97, ()),  # blind in round 157 (41f0fca): 97.6%, 0
    "holdout162.yaml": (0.965, ()),  # blind in round 162 (41f0fca): 97.3%, 0
    "holdout159.yaml": (0.96, ()),  # blind in round 159 (b8d2524): 96.8%, 0
    "holdout161.yaml": (0.93, ()),  # blind in round 161 (b8d2524): 93.3%, 0
    "holdout163.yaml": (0.945, ()),  # blind in round 163 (b8d2524): 95.0%, 0
    "holdout160.yaml": (0.955, ()),  # blind in round 160 (1969a43): 96.3%, 0
    "holdout164.yaml": (0.955, ("Y164-292",)),  # blind in round 164 (abe5a8e): 96.1%, 1 ("eighth shortest" for eighth longest, read as a describing word)
    "holdout165.yaml": (0.925, ()),  # blind in round 165 (abe5a8e): 93.2%, 0
    "holdout166.yaml": (0.95, ("Y166-024",)),  # blind in round 166 (abe5a8e): 95.6%, 1 ("they both want decoupling" where the answer is what neither wants)
    "holdout167.yaml": (0.955, ("Y167-136", "Y167-360", "Y167-381")),  # blind in round 167 (abe5a8e): 95.9%, 3 ("authorities" alone; "clade IIb" for clade Ib as a typo; "Republic of the Congo" for the DRC)
    "holdout168.yaml": (0.955, ()),  # blind in round 168 (abe5a8e): 96.3%, 0
    "holdout171.yaml": (0.96, ()),  # blind in round 171 (abe5a8e): 96.7%, 0
    "holdout172.yaml": (0.98, ()),  # blind in round 172 (abe5a8e): 98.5%, 0
    "holdout169.yaml": (0.945, ()),  # blind in round 169 (abe5a8e): 95.0%, 0
    "holdout170.yaml": (0.945, ()),  # blind in round 170 (599f1a2): 94.9%, 0
    "holdout174.yaml": (0.945, ()),  # blind in round 174 (40e7c90): 95.2%, 0
    "holdout175.yaml": (0.95, ()),  # blind in round 175 (40e7c90): 95.6%, 0
    "holdout173.yaml": (0.945, ("Y173-021",)),  # blind in round 173 (b1c3e30): 95.3%, 1 ("$3.33 billion rupees", two currencies at once)
    "holdout176.yaml": (0.965, ()),  # blind in round 176 (b1c3e30): 97.1%, 0
    "holdout177.yaml": (0.945, ("Y177-154", "Y177-212")),  # blind in round 177 (61fb98c): 95.1%, 2 ("IAEA, FAO and WHO" for the IAEA and the FAO; a growth "22,480 MW to 7,480 MW" read as the same range)
    "holdout179.yaml": (0.94, ()),  # blind in round 179 (f836628): 94.3%, 0
    "holdout181.yaml": (0.94, ()),  # blind in round 181 (f836628): 94.2%, 0
    "holdout183.yaml": (0.945, ()),  # blind in round 183 (f836628): 95.0%, 0
    "holdout184.yaml": (0.96, ()),  # blind in round 184 (f836628): 96.8%, 0
    "holdout180.yaml": (0.955, ()),  # blind in round 180 (f836628): 96.4%, 0
    "holdout182.yaml": (0.975, ()),  # blind in round 182 (f836628): 98.2%, 0
    "holdout178.yaml": (0.97, ()),  # blind in round 178 (f836628): 97.7%, 0
    "holdout185.yaml": (0.96, ()),  # blind in round 185 (c81cf17): 96.6%, 0
    "holdout186.yaml": (0.97, ()),  # blind in round 186 (c81cf17): 97.6%, 0
    "holdout187.yaml": (0.955, ()),  # blind in round 187 (c81cf17): 95.8%, 0
    "holdout188.yaml": (0.975, ()),  # blind in round 188 (c81cf17): 98.1%, 0
    "holdout189.yaml": (0.935, ()),  # blind in round 189 (c81cf17): 94.1%, 0
    "holdout190.yaml": (0.945, ()),  # blind in round 190 (c81cf17): 95.2%, 0
    "holdout191.yaml": (0.94, ()),  # blind in round 191 (c81cf17): 94.5%, 0
    "holdout193.yaml": (0.96, ()),  # blind in round 193 (e12d5eb): 96.5%, 0
    "holdout194.yaml": (0.955, ("Y194-242",)),  # blind in round 194 (e12d5eb): 95.9%, 1 ('Lutsk', a Ukrainian city, taken as a slip for the Slutsk district)
    "holdout198.yaml": (0.94, ()),  # blind in round 198 (e12d5eb): 94.7%, 0
    "holdout196.yaml": (0.94, ()),  # blind in round 196 (e12d5eb): 94.5%, 0
    "holdout192.yaml": (0.935, ()),  # blind in round 192 (e12d5eb): 94.0%, 0
    "holdout195.yaml": (0.95, ()),  # blind in round 195 (e12d5eb): 95.7%, 0
    "holdout197.yaml": (0.935, ()),  # blind in round 197 (e12d5eb): 94.2%, 0
    "holdout204.yaml": (0.96, ()),  # blind in round 204 (7a4e69d): 96.4%, 0
    "holdout202.yaml": (0.965, ("Y202-087", "Y202-281")),  # blind in round 202 (7a4e69d): 97.2%, 2 (cloze gaps swapped between two banks, two parties)
    "holdout205.yaml": (0.95, ()),  # blind in round 205 (7a4e69d): 95.6%, 0
    "holdout203.yaml": (0.955, ()),  # blind in round 203 (7a4e69d): 95.9%, 0
    "holdout200.yaml": (0.95, ("Y200-124",)),  # blind in round 200 (656b7ba): 95.5%, 1 (unicameral taken as a typo of bicameral)
    "holdout201.yaml": (0.925, ()),  # blind in round 201 (656b7ba): 93.1%, 0
    "holdout206.yaml": (0.945, ()),  # blind in round 206 (656b7ba): 95.3%, 0
    "holdout199.yaml": (0.965, ()),  # blind in round 199 (43ad619): 97.1%, 0: the target met
    "holdout210.yaml": (0.935, ()),  # blind in round 210 (e6ec140): 94.0%, 0
    "holdout208.yaml": (0.97, ()),  # blind in round 208 (e6ec140): 97.5%, 0: the target met
    "holdout213.yaml": (0.96, ()),  # blind in round 213 (e6ec140): 96.7%, 0
    "holdout211.yaml": (0.965, ()),  # blind in round 211 (e6ec140): 97.3%, 0: the target met
    "holdout212.yaml": (0.965, ("Y212-396",)),  # blind in round 212 (e6ec140): 97.1%, 1 (Year of India in Germany for the Year of Germany in India)
    "holdout207.yaml": (0.96, ()),  # blind in round 207 (e6ec140): 96.4%, 0
    "holdout209.yaml": (0.96, ()),  # blind in round 209 (e6ec140): 96.5%, 0
    "holdout216.yaml": (0.96, ("Y216-119", "Y216-211")),  # blind in round 216 (e77333b): 96.7%, 2 (a ranked cloze pair swapped; Bagram taken as a slip for Bagrami)
    "holdout217.yaml": (0.96, ("Y217-298",)),  # blind in round 217 (e77333b): 96.5%, 1 ($3.919 billion read as a rounding of 3.991 billion)
    "holdout218.yaml": (0.975, ("Y218-419",)),  # blind in round 218 (e77333b): 98.1%, 1 (Daniel Freud taken as a slip for Daniel Freund)
    "holdout215.yaml": (0.965, ()),  # blind in round 215 (e77333b): 96.9%, 0
    "holdout214.yaml": (0.94, ()),  # blind in round 214 (e77333b): 94.8%, 0
    "holdout220.yaml": (0.965, ()),  # blind in round 220 (e77333b): 97.0%, 0: the target met
    "holdout219.yaml": (0.96, ()),  # blind in round 219 (e77333b): 96.7%, 0
    "holdout227.yaml": (0.965, ("Y227-146",)),  # blind in round 227 (1c67cb7): 97.4%, 1 (October 2025 for 13 to 16 October 2025): the target met but for it
    "holdout226.yaml": (0.965, ()),  # blind in round 226 (1c67cb7): 97.0%, 0: the target met
    "holdout223.yaml": (0.955, ()),  # blind in round 223 (1c67cb7): 96.0%, 0
    "holdout224.yaml": (0.96, ("Y224-646",)),  # blind in round 224 (1c67cb7): 96.9%, 1 (oranges for orange juice, the question's word left out)
    "holdout225.yaml": (0.96, ()),  # blind in round 225 (1c67cb7): 96.9%, 0
    "holdout222.yaml": (0.96, ()),  # blind in round 222 (1c67cb7): 96.9%, 0
    "holdout221.yaml": (0.955, ("Y221-428",)),  # blind in round 221 (1c67cb7): 96.3%, 1 (a cloze pair of two presidents swapped)
    "holdout234.yaml": (0.98, ()),  # blind in round 234 (781b557): 98.8%, 0: the target met
    "holdout233.yaml": (0.94, ()),  # blind in round 233 (781b557): 94.7%, 0
    "holdout229.yaml": (0.955, ("Y229-069",)),  # blind in round 229 (781b557): 96.4%, 1 (Christopher Cooper taken as a slip for Christopher Cooter)
    "holdout228.yaml": (0.93, ()),  # blind in round 228 (781b557): 93.9%, 0
    "holdout232.yaml": (0.95, ("Y232-353",)),  # blind in round 232 (781b557): 95.5%, 1 (500 dinar notes for the €500 banknote)
    "holdout230.yaml": (0.95, ()),  # blind in round 230 (781b557): 95.8%, 0
    "holdout231.yaml": (0.965, ()),  # blind in round 231 (781b557): 97.4%, 0: the target met
    "holdout237.yaml": (0.955, ("Y237-095", "Y237-300", "Y237-312")),  # blind in round 237 (e0ae372): 96.6%, 3 (barrels a year for barrels a day; 41 for licence 41B; 1.7% for 1.7 million %)
    "holdout240.yaml": (0.95, ()),  # blind in round 240 (e0ae372): 95.8%, 0
    "holdout235.yaml": (0.935, ("Y235-378",)),  # blind in round 235 (e0ae372): 94.2%, 1 (2010-2015, a range, for the visits of 2010 and 2015)
    "holdout241.yaml": (0.965, ()),  # blind in round 241 (e0ae372): 97.0%, 0: the target met
    "holdout236.yaml": (0.955, ()),  # blind in round 236 (e0ae372): 96.4%, 0
    "holdout238.yaml": (0.96, ()),  # blind in round 238 (e0ae372): 96.7%, 0
    "holdout239.yaml": (0.955, ("Y239-132",)),  # blind in round 239 (e0ae372): 96.3%, 1 (the ADMM for the ADMM-Plus)
    "holdout243.yaml": (0.97, ("Y243-161",)),  # blind in round 243 (055944c): 98.0%, 1 (two and three swapped, said in words)
    "holdout248.yaml": (0.97, ()),  # blind in round 248 (055944c): 97.6%, 0: the target met
    "holdout244.yaml": (0.96, ()),  # blind in round 244 (055944c): 96.7%, 0
    "holdout245.yaml": (0.97, ()),  # blind in round 245 (055944c): 98.0%, 0: the target met
    "holdout247.yaml": (0.945, ("Y247-632",)),  # blind in round 247 (055944c): 95.2%, 1 (liaison offices for liaison officers, where the pack also accepts liaison)
    "holdout242.yaml": (0.97, ()),  # blind in round 242 (055944c): 98.0%, 0: the target met
    "holdout246.yaml": (0.965, ()),  # blind in round 246 (055944c): 97.0%, 0: the target met
    "holdout253.yaml": (0.96, ("Y253-475",)),  # blind in round 253 (6a35f6c): 96.9%, 1 ("15 trains" for 15 wagons)
    "holdout254.yaml": (0.975, ()),  # blind in round 254 (9437ee5): 98.1%, 0: the target met
    "holdout250.yaml": (0.965, ()),  # blind in round 250 (1488979): 97.4%, 0: the target met
    "holdout251.yaml": (0.955, ()),  # blind in round 251 (06996bc): 96.2%, 0
    "holdout249.yaml": (0.94, ("Y249-130",)),  # blind in round 249 (d78464e): 94.7%, 1 ("the WTO was mentioned prominently" where the declaration left it out)
    "holdout252.yaml": (0.955, ()),  # blind in round 252 (be7f976): 96.1%, 0
    "holdout257.yaml": (0.975, ()),  # blind in round 257 (c45b9f2): 98.2%, 0: the target met
    "holdout258.yaml": (0.945, ()),  # blind in round 258 (749e6ba): 95.4%, 0
    "holdout260.yaml": (0.96, ()),  # blind in round 260 (749e6ba): 96.8%, 0
    "holdout256.yaml": (0.935, ("Y256-295",)),  # blind in round 256 (749e6ba): 94.4%, 1 (Prince Albert I for Prince Albert II)
    "holdout259.yaml": (0.955, ("Y259-318",)),  # blind in round 259 (749e6ba): 96.2%, 1 (1.65 million bpd read as a rounding of 2 million)
    "holdout255.yaml": (0.95, ()),  # blind in round 255 (421ae2c): 95.6%, 0
    "holdout262.yaml": (0.965, ()),  # blind in round 262 (0cae67d): 97.1%, 0: the target met
    "holdout263.yaml": (0.945, ()),  # blind in round 263 (0cae67d): 95.3%, 0
    "holdout266.yaml": (0.96, ()),  # blind in round 266 (0cae67d): 96.5%, 0
    "holdout265.yaml": (0.965, ()),  # blind in round 265 (0cae67d): 97.3%, 0: the target met
    "holdout264.yaml": (0.975, ()),  # blind in round 264 (ac28bd2): 98.2%, 0: the target met
    "holdout261.yaml": (0.955, ("Y261-359",)),  # blind in round 261 (422aa80): 96.1%, 1 (Yamam, another police unit, taken as a slip for Yassam)
    "holdout272.yaml": (0.96, ()),  # blind in round 272 (e1fb546): 96.7%, 0
    "holdout269.yaml": (0.975, ()),  # blind in round 269 (e1fb546): 98.1%, 0: the target met
    "holdout268.yaml": (0.96, ()),  # blind in round 268 (e1fb546): 96.7%, 0
    "holdout267.yaml": (0.97, ()),  # blind in round 267 (8542f22): 97.7%, 0: the target met
    "holdout270.yaml": (0.94, ("Y270-125",)),  # blind in round 270 (f787b73): 94.6%, 1 (Patriots for the Patriots for Europe group)
    "holdout271.yaml": (0.96, ()),  # blind in round 271 (3e17d57): 96.9%, 0
    "holdout274.yaml": (0.965, ()),  # blind in round 274 (11aa98a): 97.2%, 0: the target met
    "holdout278.yaml": (0.97, ()),  # blind in round 278 (11aa98a): 97.7%, 0: the target met
    "holdout273.yaml": (0.945, ()),  # blind in round 273 (fdbf5d9): 95.4%, 0
    "holdout277.yaml": (0.975, ()),  # blind in round 277 (c920101): 98.0%, 0: the target met
    "holdout276.yaml": (0.97, ()),  # blind in round 276 (c920101): 97.6%, 0: the target met
    "holdout275.yaml": (0.96, ()),  # blind in round 275 (c920101): 96.9%, 0
    "holdout280.yaml": (0.955, ("Y280-130",)),  # blind in round 280 (024bb7d): 96.1%, 1 ($4 per acre for $4 per hectare)
    "holdout279.yaml": (0.945, ()),  # blind in round 279 (4ec31c8): 95.0%, 0
    "holdout281.yaml": (0.97, ()),  # blind in round 281 (7a786d6): 97.6%, 0: the target met
    "holdout282.yaml": (0.955, ("Y282-278",)),  # blind in round 282 (7a786d6): 96.0%, 1 (13 Israeli soldiers for 13 people killed)
    "holdout284.yaml": (0.975, ("Y284-733",)),  # blind in round 284 (c29620a): 98.0%, 1 (Rubaga, a Kampala division, taken as a slip for Rubaya)
    "holdout283.yaml": (0.96, ("Y283-667",)),  # blind in round 283 (c29620a): 96.7%, 1 (a surplus for a deficit the question names)
    "holdout290.yaml": (0.955, ()),  # blind in round 290 (520a6c8): 96.4%, 0
    "holdout285.yaml": (0.965, ()),  # blind in round 285 (da20c47): 97.0%, 0: the target met
    "holdout289.yaml": (0.975, ()),  # blind in round 289 (c7e7391): 98.5%, 0: the target met
    "holdout286.yaml": (0.965, ()),  # blind in round 286 (ec86d20): 97.3%, 0: the target met
    "holdout287.yaml": (0.965, ()),  # blind in round 287 (409dcce): 97.3%, 0: the target met
    "holdout288.yaml": (0.95, ()),  # blind in round 288 (49d6f92): 95.7%, 0
    "holdout291.yaml": (0.95, ()),  # blind in round 291 (fcb95c6): 95.4%, 0 false accepts
    "holdout292.yaml": (0.945, ()),  # blind in round 292 (fcb95c6): 94.9%, 0 false accepts
    "holdout296.yaml": (0.975, ("Y296-095",)),  # blind in round 296 (fcb95c6): 97.8%, 1 false accept (Y296-095: the motto 'I am because we are' said backwards)
    "holdout293.yaml": (0.975, ()),  # blind in round 293 (fcb95c6): 98.4%, 0 false accepts
    "holdout294.yaml": (0.975, ()),  # blind in round 294 (fcb95c6): 98.1%, 0 false accepts
    "holdout295.yaml": (0.955, ()),  # blind in round 295 (fcb95c6): 96.2%, 0 false accepts
    "holdout297.yaml": (0.97, ()),  # blind in round 297 (fcb95c6): 97.7%, 0 false accepts
    "holdout298.yaml": (0.975, ()),  # blind in round 298 (fcb95c6): 98.0%, 0 false accepts
    "holdout299.yaml": (0.965, ("Y299-128",)),  # blind in round 299 (fcb95c6): 97.0%, 1 false accept (Y299-128: 'end of August 2025' for the end of 2025)
    "holdout301.yaml": (0.98, ()),  # blind in round 301 (7ac28ac): 98.5%, 0 false accepts
    "holdout302.yaml": (0.965, ()),  # blind in round 302 (7ac28ac): 97.1%, 0 false accepts
    "holdout300.yaml": (0.98, ()),  # blind in round 300 (7ac28ac): 100.0%, 0 false accepts (57 cases: the writer stopped after one batch)
    "holdout304.yaml": (0.98, ()),  # blind in round 304 (7ac28ac): 100.0%, 0 false accepts (8 cases: the writer ran out of time)
    "holdout303.yaml": (0.96, ()),  # blind in round 303 (7ac28ac): 96.8%, 0 false accepts (62 cases: the writer started after its deadline)
    "holdout306.yaml": (0.98, ()),  # blind in round 306 (7ac28ac): 98.8%, 0 false accepts
    "holdout307.yaml": (0.955, ()),  # blind in round 307 (7ac28ac): 96.3%, 0 false accepts
    "holdout308.yaml": (0.975, ()),  # blind in round 308 (7ac28ac): 98.1%, 0 false accepts
    "holdout309.yaml": (0.95, ("Y309-027",)),  # blind in round 309 (7ac28ac): 95.8%, 1 false accept (Y309-027: '-1.7%' for growth of 1.7%)
    "holdout313.yaml": (0.985, ()),  # blind in round 313 (3674de0): 99.0%, 0 false accepts
    "holdout310.yaml": (0.97, ("Y310-465",)),  # blind in round 310 (3674de0): 97.7%, 1 false accept (Y310-465)
    "holdout314.yaml": (0.965, ("Y314-485",)),  # blind in round 314 (3674de0): 97.2%, 1 false accept (Y314-485: '7 ports' for 7 berths)
    "holdout312.yaml": (0.96, ()),  # blind in round 312 (3674de0): 96.4%, 0 false accepts
    "holdout311.yaml": (0.97, ()),  # blind in round 311 (3674de0): 97.8%, 0 false accepts
    "holdout315.yaml": (0.96, ()),  # blind in round 315 (3674de0): 96.7%, 0 false accepts
    "holdout318.yaml": (0.94, ()),  # blind in round 318 (f9ffda1): 94.8%, 0 false accepts
    "holdout317.yaml": (0.96, ()),  # blind in round 317 (f9ffda1): 96.5%, 0 false accepts
    "holdout319.yaml": (0.97, ("Y319-327",)),  # blind in round 319 (f9ffda1): 97.5%, 1 false accept (Y319-327: '51.13 leva' for 51.13 euros)
    "holdout321.yaml": (0.97, ()),  # blind in round 321 (f9ffda1): 97.9%, 0 false accepts
    "holdout322.yaml": (0.975, ()),  # blind in round 322 (f9ffda1): 98.1%, 0 false accepts
    "holdout323.yaml": (0.97, ()),  # blind in round 323 (f9ffda1): 97.5%, 0 false accepts
    "holdout320.yaml": (0.975, ()),  # blind in round 320 (f9ffda1): 98.0%, 0 false accepts (see the result file's second line: ten of its refusals were seen before scoring, no grader change between)
    "holdout316.yaml": (0.96, ()),  # blind in round 316 (f9ffda1): 96.8%, 0 false accepts
    "holdout324.yaml": (0.975, ()),  # blind in round 324 (f9ffda1): 98.2%, 0 false accepts
    "holdout325.yaml": (0.97, ()),  # blind in round 325 (f9ffda1): 97.8%, 0 false accepts
    "holdout326.yaml": (0.975, ()),  # blind in round 326 (f9ffda1): 98.0%, 0 false accepts
    "holdout329.yaml": (0.985, ()),  # blind in round 329 (f9ffda1): 99.4%, 0 false accepts
    "holdout328.yaml": (0.975, ()),  # blind in round 328 (f9ffda1): 98.2%, 0 false accepts
    "holdout327.yaml": (0.97, ()),  # blind in round 327 (f9ffda1): 97.7%, 0 false accepts
    "holdout330.yaml": (0.98, ()),  # blind in round 330 (b4c4c49): 98.5%, 0 false accepts
    "holdout331.yaml": (0.975, ("Y331-403",)),  # blind in round 331 (b4c4c49): 98.1%, 1 false accept (Y331-403: 'International Criminal Court' for the International Chamber of Commerce, accept ICC)
    "holdout332.yaml": (0.96, ()),  # blind in round 332 (b4c4c49): 96.9%, 0 false accepts
    "holdout333.yaml": (0.96, ()),  # blind in round 333 (b4c4c49): 96.9%, 0 false accepts
    "holdout334.yaml": (0.965, ()),  # blind in round 334 (b4c4c49): 97.3%, 0 false accepts
    "holdout335.yaml": (0.945, ()),  # blind in round 335 (b4c4c49): 95.1%, 0 false accepts
    "holdout336.yaml": (0.965, ()),  # blind in round 336 (b4c4c49): 97.1%, 0 false accepts
    "holdout337.yaml": (0.955, ()),  # blind in round 337 (b4c4c49): 96.3%, 0 false accepts
    "holdout339.yaml": (0.955, ()),  # blind in round 339 (b4c4c49): 96.1%, 0 false accepts
    "holdout340.yaml": (0.965, ()),  # blind in round 340 (b4c4c49): 97.4%, 0 false accepts
    "holdout338.yaml": (0.96, ()),  # blind in round 338 (b4c4c49): 96.5%, 0 false accepts
    "holdout343.yaml": (0.955, ()),  # blind in round 343 (b4c4c49): 96.4%, 0 false accepts
    "holdout342.yaml": (0.935, ()),  # blind in round 342 (b4c4c49): 94.0%, 0 false accepts
    "holdout345.yaml": (0.97, ("Y345-118",)),  # blind in round 345 (b4c4c49): 97.8%, 1 false accept (Y345-118: '15 airports' for 15 flights diverted from Copenhagen airport)
    "holdout341.yaml": (0.96, ()),  # blind in round 341 (b4c4c49): 96.6%, 0 false accepts
    "holdout344.yaml": (0.965, ()),  # blind in round 344 (b4c4c49): 97.1%, 0 false accepts
    "holdout346.yaml": (0.965, ()),  # blind in round 346 (b4c4c49): 97.0%, 0 false accepts
    "holdout347.yaml": (0.975, ()),  # blind in round 347 (8c474cf): 98.1%, 0 false accepts: the target met
    "holdout349.yaml": (0.970, ()),  # blind in round 349 (8c474cf): 97.6%, 0 false accepts: the target met
    "holdout350.yaml": (0.950, ()),  # blind in round 350 (8c474cf): 95.7%, 0 false accepts, under 97%
    "holdout351.yaml": (0.960, ()),  # blind in round 351 (8c474cf): 96.8%, 0 false accepts, under 97%
    "holdout352.yaml": (0.980, ()),  # blind in round 352 (8c474cf): 98.5%, 0 false accepts: the target met
    "holdout348.yaml": (0.960, ()),  # blind in round 348 (8c474cf): 96.7%, 0 false accepts, under 97%
    "holdout353.yaml": (0.975, ()),  # blind in round 353 (8c474cf): 98.3%, 0 false accepts: the target met
    "holdout354.yaml": (0.975, ()),  # blind in round 354 (8c474cf): 98.4%, 0 false accepts: the target met
    "holdout356.yaml": (0.950, ()),  # blind in round 356 (8c474cf): 95.6%, 0 false accepts, under 97%
    "holdout355.yaml": (0.960, ()),  # blind in round 355 (8c474cf): 96.5%, 0 false accepts, under 97%
    "holdout357.yaml": (0.975, ()),  # blind in round 357 (8c474cf): 98.1%, 0 false accepts: the target met
    "holdout362.yaml": (0.955, ("Y362-366",)),  # blind in round 362 (38f6186): 96.0%, 1 false accept (Y362-366, 'revalued' for devalued), under 97%
    "holdout358.yaml": (0.970, ()),  # blind in round 358 (38f6186): 97.7%, 0 false accepts: the target met
    "holdout363.yaml": (0.975, ("Y363-010",)),  # blind in round 363 (38f6186): 98.0%, 1 false accept (Y363-010, 'John Adams' for John Quincy Adams)
    "holdout361.yaml": (0.960, ()),  # blind in round 361 (38f6186): 96.9%, 0 false accepts, under 97%
    "holdout360.yaml": (0.965, ()),  # blind in round 360 (38f6186): 97.2%, 0 false accepts: the target met
    "holdout359.yaml": (0.970, ("Y359-175",)),  # blind in round 359 (38f6186): 97.6%, 1 false accept (Y359-175, 'Rising Rain' for the book Rain Rising)
    "holdout364.yaml": (0.980, ("Y364-186",)),  # blind in round 364 (38f6186): 98.8%, 1 false accept (Y364-186, 'Antonio Gutierrez' for António Guterres)
    "holdout366.yaml": (0.960, ("Y366-490",)),  # blind in round 366 (38f6186): 96.9%, 1 false accept (Y366-490, 'George H. W. Bush' for George W. Bush), under 97%
    "holdout367.yaml": (0.985, ()),  # blind in round 367 (38f6186): 99.1%, 0 false accepts: the target met
    "holdout368.yaml": (0.960, ()),  # blind in round 368 (38f6186): 96.8%, 0 false accepts, under 97%
    "holdout365.yaml": (0.940, ()),  # blind in round 365 (38f6186): 94.9%, 0 false accepts, under 97%
    "holdout373.yaml": (0.955, ()),  # blind in round 373 (38f6186): 96.0%, 0 false accepts, under 97%
    "holdout369.yaml": (0.975, ()),  # blind in round 369 (38f6186): 98.3%, 0 false accepts: the target met
    "holdout371.yaml": (0.975, ()),  # blind in round 371 (38f6186): 98.2%, 0 false accepts: the target met
    "holdout374.yaml": (0.965, ()),  # blind in round 374 (38f6186): 97.1%, 0 false accepts: the target met
    "holdout372.yaml": (0.975, ()),  # blind in round 372 (38f6186): 98.1%, 0 false accepts: the target met
    "holdout370.yaml": (0.960, ()),  # blind in round 370 (38f6186): 96.8%, 0 false accepts, under 97%
    "holdout375.yaml": (0.960, ("Y375-339",)),  # blind in round 375 (cea5042): 96.9%, 1 false accept (Y375-339, '2,220 km' through the accepted '1367 miles'), under 97%
    "holdout376.yaml": (0.940, ()),  # blind in round 376 (cea5042): 94.7%, 0 false accepts, under 97%
    "holdout378.yaml": (0.980, ()),  # blind in round 378 (cea5042): 98.8%, 0 false accepts: the target met
    "holdout380.yaml": (0.970, ()),  # blind in round 380 (cea5042): 97.8%, 0 false accepts: the target met
    "holdout377.yaml": (0.970, ()),  # blind in round 377 (cea5042): 97.6%, 0 false accepts: the target met
    "holdout379.yaml": (0.965, ()),  # blind in round 379 (cea5042): 97.4%, 0 false accepts: the target met
    "holdout381.yaml": (0.965, ()),  # blind in round 381 (cea5042): 97.1%, 0 false accepts: the target met
    "holdout383.yaml": (0.960, ()),  # blind in round 383 (cea5042): 96.8%, 0 false accepts, under 97%
    "holdout385.yaml": (0.980, ("Y385-180",)),  # blind in round 385 (cea5042): 98.6%, 1 false accept (Y385-180, 'George W. Bush' through the accepted 'George Bush', W read as West)
    "holdout382.yaml": (0.950, ()),  # blind in round 382 (cea5042): 95.7%, 0 false accepts, under 97%
    "holdout384.yaml": (0.920, ()),  # blind in round 384 (cea5042): 92.8%, 0 false accepts, under 97%
    "holdout386.yaml": (0.975, ()),  # blind in round 386 (cea5042): 98.0%, 0 false accepts: the target met
    "holdout390.yaml": (0.965, ()),  # blind in round 390 (365685d): 97.3%, 0 false accepts: the target met
    "holdout391.yaml": (0.965, ()),  # blind in round 391 (365685d): 97.4%, 0 false accepts: the target met
    "holdout388.yaml": (0.960, ()),  # blind in round 388 (365685d): 96.7%, 0 false accepts, under 97%
    "holdout387.yaml": (0.970, ()),  # blind in round 387 (365685d): 97.6%, 0 false accepts: the target met
    "holdout392.yaml": (0.965, ()),  # blind in round 392 (365685d): 97.4%, 0 false accepts: the target met
    "holdout389.yaml": (0.975, ()),  # blind in round 389 (365685d): 98.1%, 0 false accepts: the target met
    "holdout397.yaml": (0.965, ("Y397-057",)),  # blind in round 397 (365685d): 97.2%, 1 false accept (Y397-057, 'Li Ping' for Li Peng)
    "holdout394.yaml": (0.965, ("Y394-078",)),  # blind in round 394 (365685d): 97.4%, 1 false accept (Y394-078, 'nine months' where the question asks how many years)
    "holdout396.yaml": (0.975, ("Y396-283",)),  # blind in round 396 (365685d): 98.0%, 1 false accept (Y396-283, 'Kigali' for Camp Kigali)
    "holdout393.yaml": (0.965, ()),  # blind in round 393 (365685d): 97.1%, 0 false accepts: the target met
    "holdout398.yaml": (0.980, ("Y398-342",)),  # blind in round 398 (365685d): 98.6%, 1 false accept (Y398-342, 'Shaukat Ali' through the accepted 'the Ali brothers')
    "holdout395.yaml": (0.965, ()),  # blind in round 395 (365685d): 97.2%, 0 false accepts: the target met
    "holdout404.yaml": (0.965, ("Y404-267",)),  # blind in round 404 (e81edd7): 97.1%, 1 false accept (Y404-267, '4, 5, 6 and 3' for the three reactors 4, 5 and 6)
    "holdout401.yaml": (0.960, ()),  # blind in round 401 (e81edd7): 96.8%, 0 false accepts, under 97%
    "holdout399.yaml": (0.965, ("Y399-309",)),  # blind in round 399 (e81edd7): 97.0%, 1 false accept (Y399-309, 'Wesley Clark' for Mark W. Clark)
    "holdout400.yaml": (0.960, ()),  # blind in round 400 (e81edd7): 96.9%, 0 false accepts, under 97%
    "holdout402.yaml": (0.970, ()),  # blind in round 402 (e81edd7): 97.7%, 0 false accepts: the target met
    "holdout403.yaml": (0.970, ()),  # blind in round 403 (e81edd7): 97.8%, 0 false accepts: the target met
    "holdout406.yaml": (0.975, ()),  # blind in round 406 (d0c8338): 98.1%, 0 false accepts: the target met
    "holdout405.yaml": (0.965, ()),  # blind in round 405 (d0c8338): 97.0%, 0 false accepts: the target met
    "holdout407.yaml": (0.980, ()),  # blind in round 407 (d0c8338): 98.6%, 0 false accepts: the target met
    "holdout410.yaml": (0.965, ()),  # blind in round 410 (d0c8338): 97.3%, 0 false accepts: the target met
    "holdout409.yaml": (0.955, ("Y409-066",)),  # blind in round 409 (d0c8338): 96.2%, 1 false accept ('47 countries' for 47 prefectures)
    "holdout408.yaml": (0.935, ()),  # blind in round 408 (d0c8338): 94.0%, 0 false accepts; 30 false rejects (a rounded figure then the exact one, post-nominals)
    "holdout411.yaml": (0.960, ()),  # blind in round 411 (d0c8338): 96.7%, 0 false accepts
    "holdout412.yaml": (0.965, ()),  # blind in round 412 (d0c8338): 97.1%, 0 false accepts: the target met
    "holdout414.yaml": (0.970, ()),  # blind in round 414 (d0c8338): 97.7%, 0 false accepts: the target met
    "holdout413.yaml": (0.965, ()),  # blind in round 413 (d0c8338): 97.4%, 0 false accepts: the target met
    "holdout418.yaml": (0.975, ("Y418-459",)),  # blind in round 418 (d0c8338): 98.0%, 1 false accept (a list in another order where the question asks lowest to highest)
    "holdout415.yaml": (0.965, ()),  # blind in round 415 (d0c8338): 97.1%, 0 false accepts: the target met
    "holdout416.yaml": (0.975, ()),  # blind in round 416 (d0c8338): 98.2%, 0 false accepts: the target met
    "holdout417.yaml": (0.975, ()),  # blind in round 417 (d0c8338): 98.1%, 0 false accepts: the target met
    "holdout419.yaml": (0.955, ()),  # blind in round 419 (d0c8338): 96.4%, 0 false accepts
    "holdout420.yaml": (0.970, ()),  # blind in round 420 (d0c8338): 97.8%, 0 false accepts: the target met
    "holdout421.yaml": (0.960, ()),  # blind in round 421 (d0c8338): 96.9%, 0 false accepts
    "holdout422.yaml": (0.975, ()),  # blind in round 422 (d0c8338): 98.1%, 0 false accepts: the target met
    "holdout428.yaml": (0.980, ("Y428-141",)),  # blind in round 428 (a4fcf5f): 98.5%, 1 false accept (the date alone where the answer is a date and a city)
    "holdout425.yaml": (0.960, ("Y425-419",)),  # blind in round 425 (a4fcf5f): 96.7%, 1 false accept (a vote tally given the other way round, read as a range)
    "holdout426.yaml": (0.975, ()),  # blind in round 426 (a4fcf5f): 98.2%, 0 false accepts: the target met
    "holdout427.yaml": (0.965, ()),  # blind in round 427 (a4fcf5f): 97.0%, 0 false accepts: the target met
    "holdout423.yaml": (0.970, ()),  # blind in round 423 (a4fcf5f): 97.6%, 0 false accepts: the target met
    "holdout424.yaml": (0.965, ("Y424-236",)),  # blind in round 424 (a4fcf5f): 97.4%, 1 false accept (barrels a month for barrels a day)
    "holdout429.yaml": (0.985, ()),  # blind in round 429 (f5f74b7): 99.0%, 0 false accepts: the target met
    "holdout431.yaml": (0.970, ()),  # blind in round 431 (f5f74b7): 97.9%, 0 false accepts: the target met
    "holdout432.yaml": (0.980, ()),  # blind in round 432 (f5f74b7): 98.8%, 0 false accepts: the target met
    "holdout433.yaml": (0.970, ()),  # blind in round 433 (f5f74b7): 97.9%, 0 false accepts: the target met
    "holdout434.yaml": (0.955, ()),  # blind in round 434 (f5f74b7): 96.3%, 0 false accepts
    "holdout430.yaml": (0.965, ("Y430-139", "Y430-233")),  # blind in round 430 (f5f74b7): 97.1%, 2 false accepts
    "holdout435.yaml": (0.985, ()),  # blind in round 435 (66f4e2e): 99.0%, 0 false accepts: the target met
    "holdout436.yaml": (0.955, ()),  # blind in round 436 (66f4e2e): 96.3%, 0 false accepts
    "holdout437.yaml": (0.965, ()),  # blind in round 437 (66f4e2e): 97.2%, 0 false accepts: the target met
    "holdout438.yaml": (0.965, ()),  # blind in round 438 (66f4e2e): 97.3%, 0 false accepts: the target met
    "holdout439.yaml": (0.960, ("Y439-043", "Y439-557")),  # blind in round 439 (66f4e2e): 96.9%, 2 false accepts
    "holdout440.yaml": (0.975, ("Y440-057", "Y440-059")),  # blind in round 440 (66f4e2e): 98.0%, 2 false accepts
    "holdout442.yaml": (0.970, ()),  # blind in round 442 (57008c5): 97.5%, 0 false accepts: the target met
    "holdout443.yaml": (0.970, ()),  # blind in round 443 (57008c5): 97.7%, 0 false accepts: the target met
    "holdout444.yaml": (0.960, ()),  # blind in round 444 (57008c5): 96.5%, 0 false accepts
    "holdout446.yaml": (0.970, ()),  # blind in round 446 (57008c5): 97.7%, 0 false accepts: the target met
    "holdout441.yaml": (0.975, ("Y441-013",)),  # blind in round 441 (57008c5): 98.4%, 1 false accept
    "holdout445.yaml": (0.975, ("Y445-356",)),  # blind in round 445 (57008c5): 98.4%, 1 false accept
    "holdout447.yaml": (0.955, ()),  # blind in round 447 (8af222c): 96.0%, 0 false accepts
    "holdout448.yaml": (0.950, ("Y448-173",)),  # blind in round 448 (8af222c): 95.9%, 1 false accept
    "holdout449.yaml": (0.970, ()),  # blind in round 449 (8af222c): 97.5%, 0 false accepts: the target met
    "holdout450.yaml": (0.975, ("Y450-093",)),  # blind in round 450 (8af222c): 98.3%, 1 false accept
    "holdout451.yaml": (0.980, ()),  # blind in round 451 (8af222c): 98.9%, 0 false accepts: the target met
    "holdout452.yaml": (0.975, ()),  # blind in round 452 (8af222c): 98.1%, 0 false accepts: the target met
    "holdout453.yaml": (0.965, ()),  # blind in round 453 (407f9b2): 97.4%, 0 false accepts
    "holdout454.yaml": (0.960, ()),  # blind in round 454 (407f9b2): 96.5%, 0 false accepts
    "holdout455.yaml": (0.955, ()),  # blind in round 455 (407f9b2): 96.2%, 0 false accepts
    "holdout456.yaml": (0.955, ()),  # blind in round 456 (407f9b2): 96.4%, 0 false accepts
    "holdout457.yaml": (0.955, ("Y457-546",)),  # blind in round 457 (407f9b2): 96.4%, 1 false accept
    "holdout458.yaml": (0.960, ()),  # blind in round 458 (407f9b2): 96.9%, 0 false accepts
    "holdout459.yaml": (0.965, ()),  # blind in round 459 (ccab460): 97.1%, 0 false accepts: the target met
    "holdout460.yaml": (0.965, ("Y460-423",)),  # blind in round 460 (ccab460): 97.1%, 1 false accept
    "holdout461.yaml": (0.925, ()),  # blind in round 461 (ccab460): 93.3%, 0 false accepts
    "holdout462.yaml": (0.970, ()),  # blind in round 462 (ccab460): 97.9%, 0 false accepts: the target met
    "holdout463.yaml": (0.955, ("Y463-032",)),  # blind in round 463 (ccab460): 96.3%, 1 false accept (the label contradicts the file's own accept list, 1914)
    "holdout464.yaml": (0.985, ()),  # blind in round 464 (ccab460): 99.4%, 0 false accepts: the target met
    "holdout465.yaml": (0.955, ()),  # blind in round 465 (64cce57): 96.4%, 0 false accepts
    "holdout466.yaml": (0.935, ()),  # blind in round 466 (64cce57): 94.4%, 0 false accepts
    "holdout467.yaml": (0.970, ()),  # blind in round 467 (64cce57): 97.9%, 0 false accepts: the target met
    "holdout468.yaml": (0.970, ()),  # blind in round 468 (64cce57): 97.5%, 0 false accepts: the target met
    "holdout469.yaml": (0.965, ()),  # blind in round 469 (64cce57): 97.4%, 0 false accepts: the target met
    "holdout470.yaml": (0.970, ()),  # blind in round 470 (64cce57): 97.5%, 0 false accepts: the target met
    "holdout471.yaml": (0.955, ()),  # blind in round 471 (63cd501): 96.3%, 0 false accepts
    "holdout472.yaml": (0.955, ()),  # blind in round 472 (63cd501): 96.2%, 0 false accepts
    "holdout473.yaml": (0.965, ()),  # blind in round 473 (63cd501): 97.4%, 0 false accepts: the target met
    "holdout474.yaml": (0.960, ("Y474-075",)),  # blind in round 474 (63cd501): 96.9%, 1 false accept
    "holdout475.yaml": (0.970, ()),  # blind in round 475 (63cd501): 97.6%, 0 false accepts: the target met
    "holdout476.yaml": (0.965, ()),  # blind in round 476 (63cd501): 97.1%, 0 false accepts: the target met
    "holdout478.yaml": (0.975, ()),  # blind in round 478 (004653d): 98.3%, 0 false accepts, 8 false rejects: the target met
    "holdout477.yaml": (0.945, ()),  # blind in round 477 (b257649): 95.1%, 0 false accepts, 29 false rejects
    "holdout479.yaml": (0.950, ()),  # blind in round 479 (b257649): 95.6%, 0 false accepts, 26 false rejects
    "holdout480.yaml": (0.955, ("Y480-064",)),  # blind in round 480 (b257649): 96.3%, 1 false accept, 19 false rejects
    "holdout481.yaml": (0.970, ()),  # blind in round 481 (b257649): 97.7%, 0 false accepts, 11 false rejects: the target met
    "holdout482.yaml": (0.965, ()),  # blind in round 482 (b257649): 97.1%, 0 false accepts, 13 false rejects: the target met
    "holdout483.yaml": (0.925, ("Y483-069", "Y483-192",)),  # blind in round 483 (d31f78a): 93.1%, 2 false accepts, 35 false rejects
    "holdout484.yaml": (0.965, ()),  # blind in round 484 (d31f78a): 97.3%, 0 false accepts, 13 false rejects: the target met
    "holdout485.yaml": (0.965, ()),  # blind in round 485 (d31f78a): 97.4%, 0 false accepts, 13 false rejects: the target met
    "holdout486.yaml": (0.965, ("Y486-486",)),  # blind in round 486 (d31f78a): 97.3%, 1 false accept, 13 false rejects
    "holdout487.yaml": (0.945, ()),  # blind in round 487 (d31f78a): 95.3%, 0 false accepts, 22 false rejects
    "holdout488.yaml": (0.950, ()),  # blind in round 488 (d31f78a): 95.6%, 0 false accepts, 23 false rejects
    "holdout489.yaml": (0.955, ("Y489-472",)),  # blind in round 489 (d31f78a): 96.3%, 1 false accept, 21 false rejects
    "holdout490.yaml": (0.970, ("Y490-026", "Y490-175",)),  # blind in round 490 (d31f78a): 97.7%, 2 false accepts, 9 false rejects
    "holdout491.yaml": (0.950, ()),  # blind in round 491 (d31f78a): 95.6%, 0 false accepts, 21 false rejects
    "holdout492.yaml": (0.970, ("Y492-502",)),  # blind in round 492 (d31f78a): 97.8%, 1 false accept, 10 false rejects
    "holdout493.yaml": (0.955, ("Y493-191",)),  # blind in round 493 (d31f78a): 96.1%, 1 false accept, 20 false rejects
    "holdout494.yaml": (0.965, ()),  # blind in round 494 (d31f78a): 97.3%, 0 false accepts, 13 false rejects: the target met
    "holdout495.yaml": (0.970, ()),  # blind in round 495 (4ceedf2): 97.7%, 0 false accepts, 12 false rejects: the target met
    "holdout496.yaml": (0.940, ()),  # blind in round 496 (4ceedf2): 94.8%, 0 false accepts, 26 false rejects
    "holdout497.yaml": (0.980, ()),  # blind in round 497 (4ceedf2): 98.8%, 0 false accepts, 7 false rejects: the target met
    "holdout498.yaml": (0.950, ()),  # blind in round 498 (4ceedf2): 95.6%, 0 false accepts, 22 false rejects
    "holdout499.yaml": (0.955, ()),  # blind in round 499 (4ceedf2): 96.2%, 0 false accepts, 18 false rejects
    "holdout500.yaml": (0.940, ()),  # blind in round 500 (4ceedf2): 94.5%, 0 false accepts, 35 false rejects
    "holdout501.yaml": (0.980, ()),  # blind in round 501 (4ceedf2): 98.5%, 0 false accepts, 10 false rejects: the target met
    "holdout502.yaml": (0.960, ()),  # blind in round 502 (4ceedf2): 96.7%, 0 false accepts, 18 false rejects
    "holdout503.yaml": (0.960, ()),  # blind in round 503 (4ceedf2): 96.5%, 0 false accepts, 21 false rejects
    "holdout504.yaml": (0.965, ()),  # blind in round 504 (4ceedf2): 97.2%, 0 false accepts, 19 false rejects: the target met
    "holdout505.yaml": (0.965, ()),  # blind in round 505 (4ceedf2): 97.0%, 0 false accepts, 14 false rejects: the target met
    "holdout506.yaml": (0.965, ("Y506-438",)),  # blind in round 506 (4ceedf2): 97.0%, 1 false accept, 13 false rejects
    "holdout507.yaml": (0.970, ()),  # blind in round 507 (ac92996): 97.9%, 0 false accepts, 11 false rejects: the target met
    "holdout508.yaml": (0.965, ()),  # blind in round 508 (ac92996): 97.3%, 0 false accepts, 15 false rejects: the target met
    "holdout509.yaml": (0.950, ()),  # blind in round 509 (ac92996): 95.6%, 0 false accepts, 25 false rejects
    "holdout510.yaml": (0.975, ()),  # blind in round 510 (ac92996): 98.3%, 0 false accepts, 9 false rejects: the target met
    "holdout511.yaml": (0.945, ()),  # blind in round 511 (ac92996): 95.2%, 0 false accepts, 24 false rejects
    "holdout512.yaml": (0.950, ("Y512-068",)),  # blind in round 512 (ac92996): 95.6%, 1 false accepts, 23 false rejects
    "holdout513.yaml": (0.935, ()),  # blind in round 513 (ac92996): 94.0%, 0 false accepts, 29 false rejects
    "holdout514.yaml": (0.955, ()),  # blind in round 514 (ac92996): 96.1%, 0 false accepts, 21 false rejects
    "holdout515.yaml": (0.960, ()),  # blind in round 515 (ac92996): 96.7%, 0 false accepts, 15 false rejects
    "holdout516.yaml": (0.980, ()),  # blind in round 516 (ac92996): 98.7%, 0 false accepts, 6 false rejects: the target met
    "holdout517.yaml": (0.950, ()),  # blind in round 517 (ac92996): 95.7%, 0 false accepts, 32 false rejects
    "holdout518.yaml": (0.960, ()),  # blind in round 518 (ac92996): 96.8%, 0 false accepts, 17 false rejects
    "holdout519.yaml": (0.960, ()),  # blind in round 519 (ac92996): 96.7%, 0 false accepts, 17 false rejects
    "holdout520.yaml": (0.950, ("Y520-500",)),  # blind in round 520 (ac92996): 95.6%, 1 false accepts, 34 false rejects
    "holdout521.yaml": (0.965, ()),  # blind in round 521 (ef60850): 97.4%, 0 false accepts, 14 false rejects: the target met
    "holdout522.yaml": (0.955, ()),  # blind in round 522 (ef60850): 96.3%, 0 false accepts, 19 false rejects
    "holdout523.yaml": (0.960, ()),  # blind in round 523 (ef60850): 96.5%, 0 false accepts, 20 false rejects
    "holdout524.yaml": (0.980, ()),  # blind in round 524 (ef60850): 98.6%, 0 false accepts, 7 false rejects: the target met
    "holdout525.yaml": (0.970, ()),  # blind in round 525 (ef60850): 97.9%, 0 false accepts, 12 false rejects: the target met
    "holdout526.yaml": (0.970, ()),  # blind in round 526 (ef60850): 97.9%, 0 false accepts, 10 false rejects: the target met
    "holdout527.yaml": (0.945, ()),  # blind in round 527 (ef60850): 95.4%, 0 false accepts, 27 false rejects
    "holdout528.yaml": (0.950, ()),  # blind in round 528 (ef60850): 95.9%, 0 false accepts, 20 false rejects
    "holdout529.yaml": (0.955, ()),  # blind in round 529 (ef60850): 96.0%, 0 false accepts, 20 false rejects
    "holdout530.yaml": (0.955, ()),  # blind in round 530 (ef60850): 96.2%, 0 false accepts, 20 false rejects
    "holdout531.yaml": (0.960, ()),  # blind in round 531 (ef60850): 96.6%, 0 false accepts, 18 false rejects
    "holdout532.yaml": (0.960, ("Y532-072","Y532-084","Y532-408",)),  # blind in round 532 (ef60850): 96.7%, 3 false accepts, 14 false rejects
    "holdout533.yaml": (0.970, ()),  # blind in round 533 (ef60850): 97.9%, 0 false accepts, 11 false rejects: the target met
    "holdout534.yaml": (0.965, ()),  # blind in round 534 (ef60850): 97.2%, 0 false accepts, 13 false rejects: the target met
    "holdout535.yaml": (0.960, ()),  # blind in round 535 (6ecdc9a): 96.9%, 0 false accepts, 18 false rejects
    "holdout536.yaml": (0.960, ()),  # blind in round 536 (6ecdc9a): 96.8%, 0 false accepts, 18 false rejects
    "holdout537.yaml": (0.975, ()),  # blind in round 537 (6ecdc9a): 98.2%, 0 false accepts, 9 false rejects: the target met
    "holdout538.yaml": (0.955, ("Y538-126",)),  # blind in round 538 (6ecdc9a): 96.0%, 1 false accepts, 17 false rejects
    "holdout539.yaml": (0.965, ()),  # blind in round 539 (6ecdc9a): 97.3%, 0 false accepts, 13 false rejects: the target met
    "holdout540.yaml": (0.970, ()),  # blind in round 540 (6ecdc9a): 97.8%, 0 false accepts, 12 false rejects: the target met
    "holdout541.yaml": (0.970, ()),  # blind in round 541 (6ecdc9a): 97.6%, 0 false accepts, 12 false rejects: the target met
    "holdout542.yaml": (0.950, ("Y542-310","Y542-434",)),  # blind in round 542 (e421ac5): 95.5%, 2 false accepts, 22 false rejects
    "holdout543.yaml": (0.960, ()),  # blind in round 543 (e421ac5): 96.5%, 0 false accepts, 21 false rejects
    "holdout544.yaml": (0.960, ()),  # blind in round 544 (e421ac5): 96.9%, 0 false accepts, 21 false rejects
    "holdout545.yaml": (0.950, ()),  # blind in round 545 (e421ac5): 95.5%, 0 false accepts, 23 false rejects
    "holdout546.yaml": (0.960, ()),  # blind in round 546 (e421ac5): 96.9%, 0 false accepts, 15 false rejects
    "holdout547.yaml": (0.960, ()),  # blind in round 547 (e421ac5): 96.5%, 0 false accepts, 16 false rejects
    "holdout548.yaml": (0.970, ("Y548-195",)),  # blind in round 548 (e421ac5): 97.6%, 1 false accepts, 11 false rejects
    "holdout555.yaml": (0.965, ()),  # blind in round 555 (e421ac5): 97.1%, 0 false accepts, 13 false rejects: the target met
    "holdout553.yaml": (0.965, ()),  # blind in round 553 (e421ac5): 97.2%, 0 false accepts, 13 false rejects: the target met
    "holdout550.yaml": (0.970, ()),  # blind in round 550 (e421ac5): 97.6%, 0 false accepts, 16 false rejects: the target met
    "holdout549.yaml": (0.965, ()),  # blind in round 549 (e421ac5): 97.3%, 0 false accepts, 15 false rejects: the target met
    "holdout554.yaml": (0.970, ()),  # blind in round 554 (e421ac5): 97.7%, 0 false accepts, 12 false rejects: the target met
    "holdout551.yaml": (0.950, ("Y551-263",)),  # blind in round 551 (e421ac5): 95.9%, 1 false accepts, 19 false rejects
    "holdout552.yaml": (0.950, ("Y552-066",)),  # blind in round 552 (e421ac5): 95.8%, 1 false accepts, 22 false rejects
    "holdout556.yaml": (0.970, ()),  # blind in round 556 (73c0433): 97.9%, 0 false accepts, 11 false rejects: the target met
    "holdout558.yaml": (0.970, ()),  # blind in round 558 (73c0433): 97.6%, 0 false accepts, 12 false rejects: the target met
    "holdout559.yaml": (0.970, ("Y559-137",)),  # blind in round 559 (73c0433): 97.7%, 1 false accepts, 10 false rejects
    "holdout560.yaml": (0.950, ("Y560-325",)),  # blind in round 560 (73c0433): 95.6%, 1 false accepts, 21 false rejects
    "holdout561.yaml": (0.970, ()),  # blind in round 561 (73c0433): 97.9%, 0 false accepts, 11 false rejects: the target met
    "holdout562.yaml": (0.970, ()),  # blind in round 562 (73c0433): 97.8%, 0 false accepts, 11 false rejects: the target met
    "holdout563.yaml": (0.945, ()),  # blind in round 563 (73c0433): 95.2%, 0 false accepts, 22 false rejects
    "holdout557.yaml": (0.945, ()),  # blind in round 557 (f36e2fb): 95.3%, 0 false accepts, 26 false rejects
    "holdout564.yaml": (0.945, ()),  # blind in round 564 (4d78534): 95.3%, 0 false accepts, 25 false rejects
    "holdout566.yaml": (0.980, ()),  # blind in round 566 (4d78534): 98.6%, 0 false accepts, 8 false rejects: the target met
    "holdout565.yaml": (0.970, ()),  # blind in round 565 (4d78534): 97.6%, 0 false accepts, 15 false rejects: the target met
    "holdout569.yaml": (0.970, ()),  # blind in round 569 (4d78534): 97.9%, 0 false accepts, 12 false rejects: the target met
    "holdout567.yaml": (0.950, ()),  # blind in round 567 (4d78534): 95.9%, 0 false accepts, 23 false rejects
    "holdout568.yaml": (0.965, ("Y568-042","Y568-141",)),  # blind in round 568 (4d78534): 97.0%, 2 false accepts, 17 false rejects
    "holdout570.yaml": (0.960, ()),  # blind in round 570 (4d78534): 96.9%, 0 false accepts, 16 false rejects
    "holdout571.yaml": (0.965, ()),  # blind in round 571 (4d78534): 97.3%, 0 false accepts, 15 false rejects: the target met
    "holdout573.yaml": (0.950, ()),  # blind in round 573 (4d78534): 95.6%, 0 false accepts, 26 false rejects
    "holdout574.yaml": (0.970, ()),  # blind in round 574 (4d78534): 97.6%, 0 false accepts, 12 false rejects: the target met
    "holdout572.yaml": (0.965, ()),  # blind in round 572 (4d78534): 97.4%, 0 false accepts, 17 false rejects: the target met
    "holdout580.yaml": (0.960, ()),  # blind in round 580 (4d78534): 96.9%, 0 false accepts, 15 false rejects
    "holdout579.yaml": (0.975, ()),  # blind in round 579 (4d78534): 98.4%, 0 false accepts, 8 false rejects: the target met
    "holdout576.yaml": (0.925, ("Y576-409",)),  # blind in round 576 (4d78534): 93.1%, 1 false accepts, 30 false rejects
    "holdout578.yaml": (0.955, ()),  # blind in round 578 (4d78534): 96.1%, 0 false accepts, 20 false rejects
    "holdout577.yaml": (0.965, ()),  # blind in round 577 (4d78534): 97.1%, 0 false accepts, 13 false rejects: the target met
    "holdout575.yaml": (0.955, ("Y575-146",)),  # blind in round 575 (4d78534): 96.4%, 1 false accepts, 18 false rejects
    "holdout584.yaml": (0.975, ()),  # blind in round 584 (4d78534): 98.2%, 0 false accepts, 9 false rejects: the target met
    "holdout585.yaml": (0.965, ()),  # blind in round 585 (4d78534): 97.1%, 0 false accepts, 14 false rejects: the target met
    "holdout581.yaml": (0.975, ()),  # blind in round 581 (4d78534): 98.3%, 0 false accepts, 9 false rejects: the target met
    "holdout582.yaml": (0.965, ()),  # blind in round 582 (4d78534): 97.3%, 0 false accepts, 14 false rejects: the target met
    "holdout586.yaml": (0.965, ()),  # blind in round 586 (4d78534): 97.4%, 0 false accepts, 15 false rejects: the target met
    "holdout583.yaml": (0.965, ()),  # blind in round 583 (4d78534): 97.3%, 0 false accepts, 16 false rejects: the target met
    "holdout588.yaml": (0.970, ()),  # blind in round 588 (4d78534): 97.5%, 0 false accepts, 12 false rejects: the target met
    "holdout587.yaml": (0.960, ()),  # blind in round 587 (4d78534): 96.6%, 0 false accepts, 17 false rejects
    "holdout589.yaml": (0.950, ()),  # blind in round 589 (4d78534): 95.7%, 0 false accepts, 23 false rejects
    "holdout590.yaml": (0.975, ()),  # blind in round 590 (f0679ac): 98.3%, 0 false accepts, 8 false rejects: the target met
    "holdout591.yaml": (0.975, ()),  # blind in round 591 (f0679ac): 98.1%, 0 false accepts, 9 false rejects: the target met
    "holdout592.yaml": (0.950, ()),  # blind in round 592 (f0679ac): 95.9%, 0 false accepts, 20 false rejects
    "holdout593.yaml": (0.955, ("Y593-381",)),  # blind in round 593 (f0679ac): 96.0%, 1 false accepts, 21 false rejects
    "holdout594.yaml": (0.965, ("Y594-468",)),  # blind in round 594 (f0679ac): 97.3%, 1 false accepts, 14 false rejects
    "holdout595.yaml": (0.960, ("Y595-280",)),  # blind in round 595 (f0679ac): 96.9%, 1 false accepts, 16 false rejects
    "holdout596.yaml": (0.955, ()),  # blind in round 596 (c42bacc): 96.3%, 0 false accepts, 18 false rejects
    "holdout597.yaml": (0.955, ("Y597-017","Y597-314",)),  # blind in round 597 (c42bacc): 96.0%, 2 false accepts, 21 false rejects
    "holdout598.yaml": (0.960, ()),  # blind in round 598 (c42bacc): 96.9%, 0 false accepts, 17 false rejects
    "holdout599.yaml": (0.960, ("Y599-351",)),  # blind in round 599 (c42bacc): 96.5%, 1 false accepts, 18 false rejects
    "holdout600.yaml": (0.970, ("Y600-010","Y600-213",)),  # blind in round 600 (c42bacc): 97.5%, 2 false accepts, 11 false rejects
    "holdout601.yaml": (0.990, ()),  # blind in round 601 (c42bacc): 99.5%, 0 false accepts, 3 false rejects: the target met
    "holdout602.yaml": (0.965, ("Y602-011",)),  # blind in round 602 (18a931e): 97.1%, 1 false accepts, 15 false rejects
    "holdout603.yaml": (0.955, ()),  # blind in round 603 (18a931e): 96.4%, 0 false accepts, 18 false rejects
    "holdout604.yaml": (0.960, ()),  # blind in round 604 (18a931e): 96.8%, 0 false accepts, 16 false rejects
    "holdout605.yaml": (0.950, ()),  # blind in round 605 (18a931e): 95.9%, 0 false accepts, 24 false rejects
    "holdout606.yaml": (0.955, ()),  # blind in round 606 (18a931e): 96.4%, 0 false accepts, 18 false rejects
    "holdout607.yaml": (0.940, ()),  # blind in round 607 (18a931e): 94.9%, 0 false accepts, 30 false rejects
    "holdout609.yaml": (0.960, ()),  # blind in round 609 (2bf0915): 96.9%, 0 false accepts, 15 false rejects
    "holdout610.yaml": (0.950, ("Y610-186","Y610-290",)),  # blind in round 610 (2bf0915): 95.8%, 2 false accepts, 19 false rejects
    "holdout611.yaml": (0.960, ()),  # blind in round 611 (2bf0915): 96.7%, 0 false accepts, 18 false rejects
    "holdout612.yaml": (0.960, ()),  # blind in round 612 (2bf0915): 96.5%, 0 false accepts, 17 false rejects
    "holdout613.yaml": (0.955, ("Y613-134",)),  # blind in round 613 (2bf0915): 96.0%, 1 false accepts, 20 false rejects
    "holdout608.yaml": (0.955, ()),  # blind in round 608 (2bf0915): 96.1%, 0 false accepts, 25 false rejects
    "holdout616.yaml": (0.975, ("Y616-463",)),  # blind in round 616 (2bf0915): 98.4%, 1 false accepts, 7 false rejects
    "holdout618.yaml": (0.960, ("Y618-138",)),  # blind in round 618 (2bf0915): 96.6%, 1 false accepts, 15 false rejects
    "holdout614.yaml": (0.960, ()),  # blind in round 614 (2bf0915): 96.7%, 0 false accepts, 19 false rejects
    "holdout617.yaml": (0.930, ()),  # blind in round 617 (2bf0915): 93.5%, 0 false accepts, 31 false rejects
    "holdout615.yaml": (0.970, ()),  # blind in round 615 (2bf0915): 97.6%, 0 false accepts, 12 false rejects: the target met
    "holdout619.yaml": (0.935, ()),  # blind in round 619 (2bf0915): 94.3%, 0 false accepts, 29 false rejects
    "holdout620.yaml": (0.960, ("Y620-146",)),  # blind in round 620 (2bf0915): 96.6%, 1 false accepts, 18 false rejects
    "holdout622.yaml": (0.950, ()),  # blind in round 622 (2bf0915): 95.9%, 0 false accepts, 19 false rejects
    "holdout621.yaml": (0.950, ()),  # blind in round 621 (2bf0915): 95.7%, 0 false accepts, 21 false rejects
    "holdout626.yaml": (0.965, ()),  # blind in round 626 (2bf0915): 97.3%, 0 false accepts, 14 false rejects: the target met
    "holdout625.yaml": (0.960, ()),  # blind in round 625 (2bf0915): 96.6%, 0 false accepts, 20 false rejects
    "holdout627.yaml": (0.960, ()),  # blind in round 627 (2bf0915): 96.5%, 0 false accepts, 18 false rejects
    "holdout623.yaml": (0.975, ()),  # blind in round 623 (2bf0915): 98.2%, 0 false accepts, 11 false rejects: the target met
    "holdout624.yaml": (0.960, ()),  # blind in round 624 (2bf0915): 96.8%, 0 false accepts, 17 false rejects
    "holdout628.yaml": (0.965, ()),  # blind in round 628 (afe5259): 97.4%, 0 false accepts, 13 false rejects: the target met
    "holdout631.yaml": (0.960, ()),  # blind in round 631 (afe5259): 96.8%, 0 false accepts, 16 false rejects
    "holdout630.yaml": (0.980, ()),  # blind in round 630 (afe5259): 98.7%, 0 false accepts, 6 false rejects: the target met
    "holdout629.yaml": (0.950, ("Y629-442",)),  # blind in round 629 (afe5259): 95.6%, 1 false accepts, 24 false rejects
    "holdout633.yaml": (0.950, ()),  # blind in round 633 (afe5259): 95.9%, 0 false accepts, 22 false rejects
    "holdout632.yaml": (0.960, ("Y632-060",)),  # blind in round 632 (afe5259): 96.9%, 1 false accepts, 19 false rejects
    "holdout634.yaml": (0.955, ()),  # blind in round 634 (afe5259): 96.3%, 0 false accepts, 19 false rejects
    "holdout635.yaml": (0.965, ()),  # blind in round 635 (afe5259): 97.2%, 0 false accepts, 15 false rejects: the target met
    "holdout636.yaml": (0.955, ()),  # blind in round 636 (afe5259): 96.1%, 0 false accepts, 19 false rejects
    "holdout637.yaml": (0.945, ()),  # blind in round 637 (43c6d13): 95.2%, 0 false accepts, 24 false rejects
    "holdout638.yaml": (0.895, ()),  # blind in round 638 (43c6d13): 90.4%, 0 false accepts, 54 false rejects
    "holdout641.yaml": (0.970, ()),  # blind in round 641 (43c6d13): 97.6%, 0 false accepts, 15 false rejects: the target met
    "holdout639.yaml": (0.980, ()),  # blind in round 639 (43c6d13): 98.5%, 0 false accepts, 8 false rejects: the target met
    "holdout644.yaml": (0.965, ()),  # blind in round 644 (43c6d13): 97.3%, 0 false accepts, 19 false rejects: the target met
    "holdout643.yaml": (0.965, ("Y643-288",)),  # blind in round 643 (43c6d13): 97.3%, 1 false accepts, 13 false rejects
    "holdout640.yaml": (0.935, ()),  # blind in round 640 (43c6d13): 94.2%, 0 false accepts, 30 false rejects
    "holdout642.yaml": (0.960, ()),  # blind in round 642 (43c6d13): 96.7%, 0 false accepts, 19 false rejects
    "holdout648.yaml": (0.960, ()),  # blind in round 648 (43c6d13): 96.9%, 0 false accepts, 15 false rejects
    "holdout647.yaml": (0.935, ()),  # blind in round 647 (43c6d13): 94.0%, 0 false accepts, 35 false rejects
    "holdout649.yaml": (0.970, ("Y649-420",)),  # blind in round 649 (43c6d13): 97.6%, 1 false accepts, 11 false rejects
    "holdout650.yaml": (0.950, ()),  # blind in round 650 (43c6d13): 95.6%, 0 false accepts, 24 false rejects
    "holdout645.yaml": (0.965, ()),  # blind in round 645 (43c6d13): 97.4%, 0 false accepts, 17 false rejects: the target met
    "holdout646.yaml": (0.955, ("Y646-411",)),  # blind in round 646 (a2e9b16): 96.3%, 1 false accepts, 22 false rejects
    "holdout653.yaml": (0.980, ()),  # blind in round 653 (a2e9b16): 98.5%, 0 false accepts, 8 false rejects: the target met
    "holdout654.yaml": (0.960, ()),  # blind in round 654 (a2e9b16): 96.9%, 0 false accepts, 15 false rejects
    "holdout651.yaml": (0.960, ()),  # blind in round 651 (a2e9b16): 96.9%, 0 false accepts, 16 false rejects
    "holdout655.yaml": (0.955, ("Y655-257",)),  # blind in round 655 (a2e9b16): 96.4%, 1 false accepts, 20 false rejects
    "holdout656.yaml": (0.960, ()),  # blind in round 656 (a2e9b16): 96.9%, 0 false accepts, 16 false rejects
    "holdout652.yaml": (0.955, ()),  # blind in round 652 (a2e9b16): 96.3%, 0 false accepts, 20 false rejects
    "holdout657.yaml": (0.965, ()),  # blind in round 657 (c8d537f): 97.3%, 0 false accepts, 15 false rejects: the target met
    "holdout658.yaml": (0.960, ()),  # blind in round 658 (c8d537f): 96.5%, 0 false accepts, 19 false rejects
    "holdout659.yaml": (0.955, ()),  # blind in round 659 (c8d537f): 96.0%, 0 false accepts, 22 false rejects
    "holdout660.yaml": (0.925, ()),  # blind in round 660 (c8d537f): 93.3%, 0 false accepts, 31 false rejects
    "holdout661.yaml": (0.960, ()),  # blind in round 661 (c8d537f): 96.6%, 0 false accepts, 20 false rejects
    "holdout662.yaml": (0.950, ()),  # blind in round 662 (c8d537f): 95.5%, 0 false accepts, 22 false rejects
    "holdout663.yaml": (0.975, ()),  # blind in round 663 (c8d537f): 98.0%, 0 false accepts, 12 false rejects: the target met
    "holdout664.yaml": (0.955, ()),  # blind in round 664 (c8d537f): 96.2%, 0 false accepts, 20 false rejects
    "holdout665.yaml": (0.980, ()),  # blind in round 665 (c8d537f): 98.5%, 0 false accepts, 7 false rejects: the target met
    "holdout666.yaml": (0.955, ()),  # blind in round 666 (c8d537f): 96.4%, 0 false accepts, 16 false rejects
    "holdout667.yaml": (0.965, ()),  # blind in round 667 (c8d537f): 97.1%, 0 false accepts, 15 false rejects: the target met
    "holdout668.yaml": (0.955, ()),  # blind in round 668 (c8d537f): 96.2%, 0 false accepts, 22 false rejects
    "holdout673.yaml": (0.955, ()),  # blind in round 673 (c8d537f): 96.4%, 0 false accepts, 18 false rejects
    "holdout670.yaml": (0.965, ("Y670-266","Y670-291",)),  # blind in round 670 (c8d537f): 97.0%, 2 false accepts, 12 false rejects
    "holdout672.yaml": (0.975, ("Y672-375",)),  # blind in round 672 (c8d537f): 98.3%, 1 false accepts, 8 false rejects
    "holdout669.yaml": (0.965, ()),  # blind in round 669 (c8d537f): 97.0%, 0 false accepts, 17 false rejects: the target met
    "holdout671.yaml": (0.965, ()),  # blind in round 671 (c8d537f): 97.0%, 0 false accepts, 14 false rejects: the target met
    "holdout674.yaml": (0.965, ()),  # blind in round 674 (0f7d0c8): 97.2%, 0 false accepts, 15 false rejects: the target met
    "holdout675.yaml": (0.965, ()),  # blind in round 675 (0f7d0c8): 97.4%, 0 false accepts, 13 false rejects: the target met
    "holdout676.yaml": (0.970, ()),  # blind in round 676 (0f7d0c8): 97.7%, 0 false accepts, 11 false rejects: the target met
    "holdout677.yaml": (0.980, ()),  # blind in round 677 (0f7d0c8): 98.8%, 0 false accepts, 6 false rejects: the target met
    "holdout678.yaml": (0.955, ()),  # blind in round 678 (0f7d0c8): 96.1%, 0 false accepts, 21 false rejects
    "holdout679.yaml": (0.970, ("Y679-106",)),  # blind in round 679 (0f7d0c8): 97.6%, 1 false accepts, 14 false rejects
    "holdout680.yaml": (0.965, ("Y680-178",)),  # blind in round 680 (0f7d0c8): 97.2%, 1 false accepts, 14 false rejects
    "holdout681.yaml": (0.950, ("Y681-467",)),  # blind in round 681 (681083e): 95.9%, 1 false accepts, 20 false rejects
    "holdout682.yaml": (0.965, ()),  # blind in round 682 (681083e): 97.4%, 0 false accepts, 13 false rejects: the target met
    "holdout683.yaml": (0.970, ()),  # blind in round 683 (681083e): 97.9%, 0 false accepts, 11 false rejects: the target met
    "holdout684.yaml": (0.975, ()),  # blind in round 684 (681083e): 98.2%, 0 false accepts, 10 false rejects: the target met
    "holdout685.yaml": (0.965, ()),  # blind in round 685 (681083e): 97.4%, 0 false accepts, 16 false rejects: the target met
    "holdout686.yaml": (0.960, ()),  # blind in round 686 (681083e): 96.5%, 0 false accepts, 21 false rejects
    "holdout687.yaml": (0.935, ()),  # blind in round 687 (84def10): 94.4%, 0 false accepts, 29 false rejects
    "holdout688.yaml": (0.960, ("Y688-228",)),  # blind in round 688 (84def10): 96.7%, 1 false accepts, 14 false rejects
    "holdout689.yaml": (0.970, ("Y689-446",)),  # blind in round 689 (84def10): 97.5%, 1 false accepts, 13 false rejects
    "holdout690.yaml": (0.960, ("Y690-692",)),  # blind in round 690 (84def10): 96.8%, 1 false accepts, 22 false rejects
    "holdout691.yaml": (0.965, ()),  # blind in round 691 (84def10): 97.2%, 0 false accepts, 13 false rejects: the target met
    "holdout692.yaml": (0.980, ()),  # blind in round 692 (84def10): 98.5%, 0 false accepts, 9 false rejects: the target met
    "holdout693.yaml": (0.975, ()),  # blind in round 693 (84def10): 98.0%, 0 false accepts, 9 false rejects: the target met
    "holdout694.yaml": (0.980, ()),  # blind in round 694 (84def10): 98.5%, 0 false accepts, 9 false rejects: the target met
    "holdout695.yaml": (0.930, ()),  # blind in round 695 (84def10): 93.5%, 0 false accepts, 34 false rejects
    "holdout696.yaml": (0.940, ()),  # blind in round 696 (84def10): 94.8%, 0 false accepts, 30 false rejects
    "holdout697.yaml": (0.955, ()),  # blind in round 697 (84def10): 96.3%, 0 false accepts, 21 false rejects
    "holdout698.yaml": (0.975, ()),  # blind in round 698 (84def10): 98.2%, 0 false accepts, 11 false rejects: the target met
    "holdout699.yaml": (0.975, ()),  # blind in round 699 (84def10): 98.3%, 0 false accepts, 8 false rejects: the target met
    "holdout700.yaml": (0.975, ("Y700-128",)),  # blind in round 700 (84def10): 98.1%, 1 false accepts, 7 false rejects
    "holdout701.yaml": (0.955, ("Y701-139",)),  # blind in round 701 (84def10): 96.4%, 1 false accepts, 20 false rejects
    "holdout702.yaml": (0.945, ("Y702-319",)),  # blind in round 702 (84def10): 95.1%, 1 false accepts, 23 false rejects
    "holdout703.yaml": (0.965, ("Y703-334",)),  # blind in round 703 (84def10): 97.1%, 1 false accepts, 14 false rejects
    "holdout704.yaml": (0.975, ()),  # blind in round 704 (84def10): 98.1%, 0 false accepts, 10 false rejects: the target met
    "holdout705.yaml": (0.980, ()),  # blind in round 705 (84def10): 98.9%, 0 false accepts, 7 false rejects: the target met
    "holdout706.yaml": (0.975, ()),  # blind in round 706 (84def10): 98.1%, 0 false accepts, 10 false rejects: the target met
    "holdout707.yaml": (0.960, ()),  # blind in round 707 (84def10): 96.7%, 0 false accepts, 18 false rejects
    "holdout708.yaml": (0.965, ()),  # blind in round 708 (8292739): 97.3%, 0 false accepts, 17 false rejects: the target met
    "holdout709.yaml": (0.965, ()),  # blind in round 709 (8292739): 97.3%, 0 false accepts, 12 false rejects: the target met
    "holdout710.yaml": (0.970, ()),  # blind in round 710 (8292739): 97.6%, 0 false accepts, 17 false rejects: the target met
    "holdout711.yaml": (0.975, ()),  # blind in round 711 (8292739): 98.2%, 0 false accepts, 10 false rejects: the target met
    "holdout712.yaml": (0.975, ()),  # blind in round 712 (8292739): 98.1%, 0 false accepts, 12 false rejects: the target met
    "holdout713.yaml": (0.950, ()),  # blind in round 713 (8292739): 95.5%, 0 false accepts, 25 false rejects
    "holdout714.yaml": (0.950, ("Y714-594",)),  # blind in round 714 (8292739): 95.9%, 1 false accepts, 28 false rejects
    "holdout715.yaml": (0.950, ()),  # blind in round 715 (58e46ca): 95.9%, 0 false accepts, 19 false rejects
    "holdout716.yaml": (0.960, ("Y716-432",)),  # blind in round 716 (58e46ca): 96.7%, 1 false accepts, 23 false rejects
    "holdout717.yaml": (0.945, ("Y717-250",)),  # blind in round 717 (58e46ca): 95.1%, 1 false accepts, 22 false rejects
    "holdout718.yaml": (0.970, ()),  # blind in round 718 (58e46ca): 97.7%, 0 false accepts, 11 false rejects: the target met
    "holdout719.yaml": (0.965, ()),  # blind in round 719 (58e46ca): 97.2%, 0 false accepts, 15 false rejects: the target met
    "holdout720.yaml": (0.960, ()),  # blind in round 720 (58e46ca): 96.8%, 0 false accepts, 22 false rejects
    "holdout721.yaml": (0.975, ()),  # blind in round 721 (58e46ca): 98.0%, 0 false accepts, 12 false rejects: the target met
    "holdout722.yaml": (0.970, ("Y722-236",)),  # blind in round 722 (0468705): 97.5%, 1 false accepts, 11 false rejects
    "holdout724.yaml": (0.980, ()),  # blind in round 724 (0468705): 98.5%, 0 false accepts, 8 false rejects: the target met
    "holdout725.yaml": (0.960, ()),  # blind in round 725 (0468705): 96.5%, 0 false accepts, 18 false rejects
    "holdout726.yaml": (0.970, ("Y726-423",)),  # blind in round 726 (0468705): 97.5%, 1 false accepts, 19 false rejects
    "holdout727.yaml": (0.970, ()),  # blind in round 727 (0468705): 97.6%, 0 false accepts, 11 false rejects: the target met
    "holdout728.yaml": (0.965, ()),  # blind in round 728 (0468705): 97.2%, 0 false accepts, 16 false rejects: the target met
    "holdout723.yaml": (0.980, ()),  # blind in round 723 (0468705): 98.5%, 0 false accepts, 8 false rejects: the target met
    "holdout729.yaml": (0.960, ("Y729-302",)),  # blind in round 729 (dab1d79): 96.5%, 1 false accepts, 19 false rejects
    "holdout730.yaml": (0.965, ()),  # blind in round 730 (dab1d79): 97.2%, 0 false accepts, 15 false rejects: the target met
    "holdout731.yaml": (0.950, ()),  # blind in round 731 (dab1d79): 95.9%, 0 false accepts, 26 false rejects
    "holdout732.yaml": (0.980, ()),  # blind in round 732 (dab1d79): 98.7%, 0 false accepts, 7 false rejects: the target met
    "holdout733.yaml": (0.955, ("Y733-090",)),  # blind in round 733 (dab1d79): 96.3%, 1 false accepts, 21 false rejects
    "holdout734.yaml": (0.970, ()),  # blind in round 734 (dab1d79): 97.8%, 0 false accepts, 11 false rejects: the target met
    "holdout735.yaml": (0.955, ()),  # blind in round 735 (dab1d79): 96.3%, 0 false accepts, 18 false rejects
    "holdout736.yaml": (0.955, ("Y736-417",)),  # blind in round 736 (dab1d79): 96.0%, 1 false accepts, 18 false rejects
    "holdout740.yaml": (0.975, ("Y740-359",)),  # blind in round 740 (dab1d79): 98.2%, 1 false accepts, 9 false rejects
    "holdout741.yaml": (0.975, ()),  # blind in round 741 (dab1d79): 98.2%, 0 false accepts, 9 false rejects: the target met
    "holdout742.yaml": (0.970, ()),  # blind in round 742 (dab1d79): 97.7%, 0 false accepts, 12 false rejects: the target met
    "holdout737.yaml": (0.945, ()),  # blind in round 737 (dab1d79): 95.2%, 0 false accepts, 25 false rejects
    "holdout738.yaml": (0.935, ()),  # blind in round 738 (dab1d79): 94.1%, 0 false accepts, 27 false rejects
    "holdout739.yaml": (0.965, ()),  # blind in round 739 (dab1d79): 97.3%, 0 false accepts, 16 false rejects: the target met
    "holdout743.yaml": (0.980, ("Y743-380",)),  # blind in round 743 (0232902): 98.5%, 1 false accepts, 7 false rejects
    "holdout744.yaml": (0.970, ("Y744-171",)),  # blind in round 744 (0232902): 97.8%, 1 false accepts, 13 false rejects
    "holdout745.yaml": (0.950, ()),  # blind in round 745 (0232902): 95.8%, 0 false accepts, 25 false rejects
    "holdout746.yaml": (0.955, ()),  # blind in round 746 (0232902): 96.1%, 0 false accepts, 23 false rejects
    "holdout747.yaml": (0.970, ()),  # blind in round 747 (0232902): 97.7%, 0 false accepts, 14 false rejects: the target met
    "holdout748.yaml": (0.955, ()),  # blind in round 748 (0232902): 96.3%, 0 false accepts, 19 false rejects
    "holdout749.yaml": (0.965, ()),  # blind in round 749 (0232902): 97.2%, 0 false accepts, 13 false rejects: the target met
    "holdout750.yaml": (0.965, ()),  # blind in round 750 (0f24c33): 97.1%, 0 false accepts, 15 false rejects: the target met
    "holdout751.yaml": (0.955, ()),  # blind in round 751 (0f24c33): 96.4%, 0 false accepts, 19 false rejects
    "holdout752.yaml": (0.975, ()),  # blind in round 752 (0f24c33): 98.3%, 0 false accepts, 12 false rejects: the target met
    "holdout753.yaml": (0.975, ()),  # blind in round 753 (0f24c33): 98.1%, 0 false accepts, 10 false rejects: the target met
    "holdout754.yaml": (0.965, ()),  # blind in round 754 (0f24c33): 97.2%, 0 false accepts, 14 false rejects: the target met
    "holdout755.yaml": (0.955, ()),  # blind in round 755 (0f24c33): 96.0%, 0 false accepts, 30 false rejects
    "holdout756.yaml": (0.980, ()),  # blind in round 756 (0f24c33): 98.5%, 0 false accepts, 8 false rejects: the target met
    "holdout757.yaml": (0.975, ()),  # blind in round 757 (a32e2f9): 98.3%, 0 false accepts, 10 false rejects: the target met
    "holdout758.yaml": (0.965, ()),  # blind in round 758 (a32e2f9): 97.3%, 0 false accepts, 14 false rejects: the target met
    "holdout759.yaml": (0.980, ("Y759-381",)),  # blind in round 759 (a32e2f9): 98.5%, 1 false accepts, 7 false rejects
    "holdout760.yaml": (0.955, ()),  # blind in round 760 (a32e2f9): 96.0%, 0 false accepts, 21 false rejects
    "holdout761.yaml": (0.955, ()),  # blind in round 761 (a32e2f9): 96.3%, 0 false accepts, 17 false rejects
    "holdout762.yaml": (0.975, ("Y762-199",)),  # blind in round 762 (a32e2f9): 98.4%, 1 false accepts, 7 false rejects
    "holdout763.yaml": (0.980, ("Y763-046",)),  # blind in round 763 (a32e2f9): 98.5%, 1 false accepts, 6 false rejects
    "holdout767.yaml": (0.955, ("Y767-229",)),  # blind in round 767 (6c435ab): 96.2%, 1 false accepts, 19 false rejects
    "holdout768.yaml": (0.970, ()),  # blind in round 768 (6c435ab): 97.6%, 0 false accepts, 12 false rejects: the target met
    "holdout769.yaml": (0.980, ()),  # blind in round 769 (6c435ab): 98.6%, 0 false accepts, 7 false rejects: the target met
    "holdout766.yaml": (0.975, ()),  # blind in round 766 (6c435ab): 98.2%, 0 false accepts, 12 false rejects: the target met
    "holdout764.yaml": (0.950, ()),  # blind in round 764 (6c435ab): 95.8%, 0 false accepts, 23 false rejects
    "holdout765.yaml": (0.965, ()),  # blind in round 765 (6c435ab): 97.2%, 0 false accepts, 13 false rejects: the target met
    "holdout770.yaml": (0.955, ("Y770-414",)),  # blind in round 770 (6c435ab): 96.4%, 1 false accepts, 18 false rejects
    "holdout771.yaml": (0.970, ()),  # blind in round 771 (6c435ab): 97.5%, 0 false accepts, 15 false rejects: the target met
    "holdout773.yaml": (0.965, ()),  # blind in round 773 (6c435ab): 97.3%, 0 false accepts, 15 false rejects: the target met
    "holdout774.yaml": (0.970, ("Y774-206",)),  # blind in round 774 (6c435ab): 97.6%, 1 false accepts, 12 false rejects
    "holdout772.yaml": (0.970, ()),  # blind in round 772 (6c435ab): 97.8%, 0 false accepts, 11 false rejects: the target met
    "holdout775.yaml": (0.955, ()),  # blind in round 775 (6c435ab): 96.2%, 0 false accepts, 22 false rejects
    "holdout776.yaml": (0.960, ()),  # blind in round 776 (6c435ab): 96.6%, 0 false accepts, 16 false rejects
    "holdout778.yaml": (0.975, ()),  # blind in round 778 (6c435ab): 98.3%, 0 false accepts, 8 false rejects: the target met
    "holdout779.yaml": (0.975, ()),  # blind in round 779 (6c435ab): 98.0%, 0 false accepts, 10 false rejects: the target met
    "holdout780.yaml": (0.960, ("Y780-594",)),  # blind in round 780 (6c435ab): 96.9%, 1 false accepts, 17 false rejects
    "holdout777.yaml": (0.950, ()),  # blind in round 777 (6c435ab): 95.6%, 0 false accepts, 20 false rejects
    "holdout781.yaml": (0.955, ("Y781-051", "Y781-369")),  # blind in round 781 (6c435ab): 96.3%, 2 false accepts, 17 false rejects
    "holdout782.yaml": (0.970, ()),  # blind in round 782 (6c435ab): 97.9%, 0 false accepts, 18 false rejects: the target met
    "holdout784.yaml": (0.960, ("Y784-513",)),  # blind in round 784 (6c435ab): 96.9%, 1 false accepts, 15 false rejects
    "holdout783.yaml": (0.960, ("Y783-140",)),  # blind in round 783 (6c435ab): 96.5%, 1 false accepts, 17 false rejects
    "holdout785.yaml": (0.965, ()),  # blind in round 785 (6c435ab): 97.0%, 0 false accepts, 16 false rejects: the target met
    "holdout786.yaml": (0.975, ()),  # blind in round 786 (6c435ab): 98.1%, 0 false accepts, 13 false rejects: the target met
    "holdout787.yaml": (0.965, ("Y787-257",)),  # blind in round 787 (6c435ab): 97.4%, 1 false accepts, 11 false rejects
    "holdout788.yaml": (0.970, ("Y788-081",)),  # blind in round 788 (6c435ab): 97.6%, 1 false accepts, 11 false rejects
    "holdout789.yaml": (0.965, ()),  # blind in round 789 (6c435ab): 97.4%, 0 false accepts, 16 false rejects: the target met
    "holdout792.yaml": (0.980, ()),  # blind in round 792 (6c435ab): 98.5%, 0 false accepts, 7 false rejects: the target met
    "holdout795.yaml": (0.980, ()),  # blind in round 795 (6c435ab): 98.5%, 0 false accepts, 7 false rejects: the target met
    "holdout790.yaml": (0.960, ()),  # blind in round 790 (6c435ab): 96.8%, 0 false accepts, 16 false rejects
    "holdout791.yaml": (0.955, ()),  # blind in round 791 (6c435ab): 96.4%, 0 false accepts, 21 false rejects
    "holdout796.yaml": (0.965, ()),  # blind in round 796 (6c435ab): 97.4%, 0 false accepts, 13 false rejects: the target met
    "holdout793.yaml": (0.970, ("Y793-237",)),  # blind in round 793 (6c435ab): 97.9%, 1 false accepts, 12 false rejects
    "holdout794.yaml": (0.965, ("Y794-427",)),  # blind in round 794 (6c435ab): 97.3%, 1 false accepts, 16 false rejects
    "holdout797.yaml": (0.970, ()),  # blind in round 797 (6c435ab): 97.7%, 0 false accepts, 12 false rejects: the target met
    "holdout798.yaml": (0.960, ("Y798-492",)),  # blind in round 798 (6c435ab): 96.8%, 1 false accepts, 16 false rejects
    "holdout799.yaml": (0.950, ()),  # blind in round 799 (6c435ab): 95.5%, 0 false accepts, 24 false rejects
    "holdout800.yaml": (0.970, ()),  # blind in round 800 (6c435ab): 97.8%, 0 false accepts, 12 false rejects: the target met
    "holdout801.yaml": (0.960, ("Y801-055", "Y801-160", "Y801-449")),  # blind in round 801 (6c435ab): 96.5%, 3 false accepts, 17 false rejects
    "holdout803.yaml": (0.955, ()),  # blind in round 803 (6c435ab): 96.2%, 0 false accepts, 21 false rejects
    "holdout802.yaml": (0.965, ()),  # blind in round 802 (6c435ab): 97.4%, 0 false accepts, 14 false rejects: the target met
    "holdout804.yaml": (0.970, ()),  # blind in round 804 (6c435ab): 97.6%, 0 false accepts, 13 false rejects: the target met
    "holdout805.yaml": (0.965, ()),  # blind in round 805 (6c435ab): 97.0%, 0 false accepts, 20 false rejects
    "holdout806.yaml": (0.955, ()),  # blind in round 806 (6c435ab): 96.1%, 0 false accepts, 23 false rejects
    "holdout807.yaml": (0.970, ()),  # blind in round 807 (6c435ab): 97.6%, 0 false accepts, 14 false rejects: the target met
    "holdout808.yaml": (0.975, ()),  # blind in round 808 (6c435ab): 98.4%, 0 false accepts, 9 false rejects: the target met
    "holdout809.yaml": (0.965, ()),  # blind in round 809 (6c435ab): 97.1%, 0 false accepts, 14 false rejects: the target met
    "holdout811.yaml": (0.970, ()),  # blind in round 811 (6c435ab): 97.7%, 0 false accepts, 11 false rejects: the target met
    "holdout812.yaml": (0.975, ()),  # blind in round 812 (6c435ab): 98.2%, 0 false accepts, 10 false rejects: the target met
    "holdout810.yaml": (0.955, ("Y810-395",)),  # blind in round 810 (6c435ab): 96.1%, 1 false accepts, 18 false rejects
    "holdout813.yaml": (0.955, ()),  # blind in round 813 (6c435ab): 96.4%, 0 false accepts, 18 false rejects
    "holdout816.yaml": (0.970, ()),  # blind in round 816 (a18888c): 97.8%, 0 false accepts, 10 false rejects: the target met
    "holdout814.yaml": (0.945, ()),  # blind in round 814 (a18888c): 95.1%, 0 false accepts, 24 false rejects
    "holdout817.yaml": (0.965, ("Y817-367",)),  # blind in round 817 (a18888c): 97.0%, 1 false accepts, 21 false rejects
    "holdout818.yaml": (0.960, ()),  # blind in round 818 (a18888c): 96.8%, 0 false accepts, 20 false rejects
    "holdout815.yaml": (0.940, ("Y815-215",)),  # blind in round 815 (a18888c): 94.8%, 1 false accepts, 34 false rejects
    "holdout820.yaml": (0.965, ("Y820-517",)),  # blind in round 820 (a18888c): 97.2%, 1 false accepts, 19 false rejects
    "holdout821.yaml": (0.970, ("Y821-125",)),  # blind in round 821 (a18888c): 97.5%, 1 false accepts, 16 false rejects
    "holdout819.yaml": (0.965, ()),  # blind in round 819 (a18888c): 97.4%, 0 false accepts, 14 false rejects: the target met
    "holdout823.yaml": (0.955, ()),  # blind in round 823 (a18888c): 96.4%, 0 false accepts, 18 false rejects
    "holdout824.yaml": (0.975, ()),  # blind in round 824 (a18888c): 98.0%, 0 false accepts, 13 false rejects: the target met
    "holdout825.yaml": (0.955, ()),  # blind in round 825 (beec2d2): 96.0%, 0 false accepts, 21 false rejects
    "holdout822.yaml": (0.970, ()),  # blind in round 822 (beec2d2): 97.9%, 0 false accepts, 14 false rejects: the target met
    "holdout826.yaml": (0.965, ()),  # blind in round 826 (beec2d2): 97.1%, 0 false accepts, 14 false rejects: the target met
    "holdout827.yaml": (0.965, ()),  # blind in round 827 (6f00a55): 97.0%, 0 false accepts, 20 false rejects
    "holdout828.yaml": (0.980, ()),  # blind in round 828 (6f00a55): 98.6%, 0 false accepts, 7 false rejects: the target met
    "holdout829.yaml": (0.980, ()),  # blind in round 829 (6f00a55): 98.7%, 0 false accepts, 7 false rejects: the target met
    "holdout831.yaml": (0.980, ()),  # blind in round 831 (6f00a55): 98.6%, 0 false accepts, 8 false rejects: the target met
    "holdout830.yaml": (0.970, ()),  # blind in round 830 (6f00a55): 97.9%, 0 false accepts, 10 false rejects: the target met
    "holdout832.yaml": (0.965, ()),  # blind in round 832 (6f00a55): 97.4%, 0 false accepts, 15 false rejects: the target met
    "holdout833.yaml": (0.960, ()),  # blind in round 833 (6f00a55): 96.7%, 0 false accepts, 22 false rejects
    "holdout834.yaml": (0.970, ()),  # blind in round 834 (6f00a55): 97.7%, 0 false accepts, 13 false rejects: the target met
    "holdout836.yaml": (0.955, ()),  # blind in round 836 (6f00a55): 96.1%, 0 false accepts, 20 false rejects
    "holdout835.yaml": (0.920, ("Y835-333",)),  # blind in round 835 (6f00a55): 92.8%, 1 false accepts, 44 false rejects
    "holdout837.yaml": (0.940, ()),  # blind in round 837 (fbc5a4a): 94.8%, 0 false accepts, 29 false rejects
    "holdout840.yaml": (0.960, ()),  # blind in round 840 (fbc5a4a): 96.8%, 0 false accepts, 19 false rejects
    "holdout842.yaml": (0.970, ("Y842-164",)),  # blind in round 842 (fbc5a4a): 97.7%, 1 false accepts, 13 false rejects
    "holdout838.yaml": (0.975, ("Y838-273",)),  # blind in round 838 (fbc5a4a): 98.3%, 1 false accepts, 10 false rejects
    "holdout841.yaml": (0.960, ()),  # blind in round 841 (fbc5a4a): 96.6%, 0 false accepts, 18 false rejects
    "holdout844.yaml": (0.975, ()),  # blind in round 844 (fbc5a4a): 98.0%, 0 false accepts, 12 false rejects: the target met
    "holdout845.yaml": (0.960, ()),  # blind in round 845 (fbc5a4a): 96.7%, 0 false accepts, 16 false rejects
    "holdout839.yaml": (0.955, ()),  # blind in round 839 (fbc5a4a): 96.4%, 0 false accepts, 28 false rejects
    "holdout843.yaml": (0.955, ("Y843-728",)),  # blind in round 843 (fbc5a4a): 96.2%, 1 false accepts, 31 false rejects
    "holdout848.yaml": (0.965, ("Y848-269", "Y848-385")),  # blind in round 848 (fbc5a4a): 97.2%, 2 false accepts, 13 false rejects
    "holdout847.yaml": (0.970, ()),  # blind in round 847 (fbc5a4a): 97.6%, 0 false accepts, 15 false rejects: the target met
    "holdout849.yaml": (0.975, ()),  # blind in round 849 (fbc5a4a): 98.4%, 0 false accepts, 8 false rejects: the target met
    "holdout846.yaml": (0.970, ("Y846-169",)),  # blind in round 846 (fbc5a4a): 97.9%, 1 false accepts, 13 false rejects
    "holdout853.yaml": (0.960, ()),  # blind in round 853 (fbc5a4a): 96.8%, 0 false accepts, 16 false rejects
    "holdout851.yaml": (0.940, ()),  # blind in round 851 (fbc5a4a): 94.8%, 0 false accepts, 27 false rejects
    "holdout850.yaml": (0.975, ("Y850-038",)),  # blind in round 850 (fbc5a4a): 98.0%, 1 false accepts, 10 false rejects
    "holdout854.yaml": (0.960, ()),  # blind in round 854 (fbc5a4a): 96.8%, 0 false accepts, 20 false rejects
    "holdout855.yaml": (0.975, ()),  # blind in round 855 (fbc5a4a): 98.0%, 0 false accepts, 10 false rejects: the target met
    "holdout852.yaml": (0.960, ("Y852-064", "Y852-314")),  # blind in round 852 (fbc5a4a): 96.8%, 2 false accepts, 14 false rejects
    "holdout861.yaml": (0.970, ()),  # blind in round 861 (fbc5a4a): 97.6%, 0 false accepts, 15 false rejects: the target met
    "holdout859.yaml": (0.940, ()),  # blind in round 859 (fbc5a4a): 94.7%, 0 false accepts, 25 false rejects
    "holdout857.yaml": (0.955, ()),  # blind in round 857 (fbc5a4a): 96.4%, 0 false accepts, 22 false rejects
    "holdout856.yaml": (0.970, ("Y856-127",)),  # blind in round 856 (fbc5a4a): 97.5%, 1 false accepts, 12 false rejects
    "holdout860.yaml": (0.975, ()),  # blind in round 860 (fbc5a4a): 98.3%, 0 false accepts, 11 false rejects: the target met
    "holdout858.yaml": (0.945, ()),  # blind in round 858 (fbc5a4a): 95.4%, 0 false accepts, 25 false rejects
    "holdout862.yaml": (0.970, ()),  # blind in round 862 (92a85b1): 97.7%, 0 false accepts, 13 false rejects: the target met
    "holdout863.yaml": (0.965, ()),  # blind in round 863 (92a85b1): 97.0%, 0 false accepts, 15 false rejects
    "holdout864.yaml": (0.970, ()),  # blind in round 864 (92a85b1): 97.7%, 0 false accepts, 11 false rejects: the target met
    "holdout865.yaml": (0.960, ()),  # blind in round 865 (92a85b1): 96.5%, 0 false accepts, 18 false rejects
    "holdout866.yaml": (0.970, ("Y866-110",)),  # blind in round 866 (92a85b1): 97.8%, 1 false accepts, 10 false rejects
    "holdout867.yaml": (0.975, ()),  # blind in round 867 (92a85b1): 98.2%, 0 false accepts, 11 false rejects: the target met
    "holdout873.yaml": (0.970, ()),  # blind in round 873 (92a85b1): 97.9%, 0 false accepts, 10 false rejects: the target met
    "holdout868.yaml": (0.955, ()),  # blind in round 868 (92a85b1): 96.0%, 0 false accepts, 21 false rejects
    "holdout869.yaml": (0.960, ("Y869-173",)),  # blind in round 869 (92a85b1): 96.9%, 1 false accepts, 14 false rejects
    "holdout870.yaml": (0.955, ()),  # blind in round 870 (92a85b1): 96.4%, 0 false accepts, 20 false rejects
    "holdout872.yaml": (0.955, ()),  # blind in round 872 (92a85b1): 96.4%, 0 false accepts, 21 false rejects
    "holdout871.yaml": (0.970, ()),  # blind in round 871 (92a85b1): 97.6%, 0 false accepts, 13 false rejects: the target met
    "holdout874.yaml": (0.990, ()),  # blind in round 874 (230f797): 99.6%, 0 false accepts, 2 false rejects: the target met
    "holdout875.yaml": (0.965, ()),  # blind in round 875 (230f797): 97.3%, 0 false accepts, 15 false rejects: the target met
    "holdout876.yaml": (0.980, ()),  # blind in round 876 (230f797): 98.5%, 0 false accepts, 7 false rejects: the target met
    "holdout877.yaml": (0.945, ()),  # blind in round 877 (230f797): 95.4%, 0 false accepts, 23 false rejects
    "holdout878.yaml": (0.965, ()),  # blind in round 878 (230f797): 97.1%, 0 false accepts, 13 false rejects: the target met
    "holdout879.yaml": (0.975, ()),  # blind in round 879 (230f797): 98.4%, 0 false accepts, 7 false rejects: the target met
    "holdout884.yaml": (0.965, ()),  # blind in round 884 (1f4c57f): 97.0%, 0 false accepts, 16 false rejects: the target met
    "holdout883.yaml": (0.965, ()),  # blind in round 883 (1f4c57f): 97.2%, 0 false accepts, 14 false rejects: the target met
    "holdout882.yaml": (0.975, ()),  # blind in round 882 (1f4c57f): 98.1%, 0 false accepts, 10 false rejects: the target met
    "holdout885.yaml": (0.975, ("Y885-241",)),  # blind in round 885 (1f4c57f): 98.1%, 1 false accepts, 9 false rejects
    "holdout880.yaml": (0.975, ()),  # blind in round 880 (1f4c57f): 98.0%, 0 false accepts, 11 false rejects: the target met
    "holdout881.yaml": (0.965, ()),  # blind in round 881 (1f4c57f): 97.4%, 0 false accepts, 15 false rejects: the target met
    "holdout888.yaml": (0.985, ()),  # blind in round 888 (8a37670): 99.4%, 0 false accepts, 3 false rejects: the target met
    "holdout887.yaml": (0.975, ()),  # blind in round 887 (8a37670): 98.3%, 0 false accepts, 8 false rejects: the target met
    "holdout886.yaml": (0.975, ()),  # blind in round 886 (8a37670): 98.3%, 0 false accepts, 9 false rejects: the target met
    "holdout891.yaml": (0.960, ("Y891-059",)),  # blind in round 891 (8a37670): 96.5%, 1 false accepts, 19 false rejects
    "holdout889.yaml": (0.975, ()),  # blind in round 889 (8a37670): 98.1%, 0 false accepts, 10 false rejects: the target met
    "holdout890.yaml": (0.965, ()),  # blind in round 890 (8a37670): 97.3%, 0 false accepts, 15 false rejects: the target met
    "holdout892.yaml": (0.950, ()),  # blind in round 892 (d9de0d6): 95.5%, 0 false accepts, 22 false rejects
    "holdout894.yaml": (0.980, ("Y894-105",)),  # blind in round 894 (d9de0d6): 98.6%, 1 false accepts, 6 false rejects
    "holdout895.yaml": (0.970, ("Y895-254", "Y895-279")),  # blind in round 895 (d9de0d6): 97.6%, 2 false accepts, 12 false rejects
    "holdout893.yaml": (0.945, ("Y893-322",)),  # blind in round 893 (d9de0d6): 95.0%, 1 false accepts, 38 false rejects
    "holdout897.yaml": (0.970, ("Y897-112",)),  # blind in round 897 (d9de0d6): 97.5%, 1 false accepts, 11 false rejects
    "holdout898.yaml": (0.920, ()),  # blind in round 898 (d9de0d6): 92.5%, 0 false accepts, 42 false rejects
    "holdout900.yaml": (0.980, ()),  # blind in round 900 (d9de0d6): 98.8%, 0 false accepts, 6 false rejects: the target met
    "holdout896.yaml": (0.960, ("Y896-134", "Y896-140")),  # blind in round 896 (d9de0d6): 96.7%, 2 false accepts, 18 false rejects
    "holdout899.yaml": (0.950, ("Y899-291",)),  # blind in round 899 (d9de0d6): 95.5%, 1 false accepts, 33 false rejects
    "holdout901.yaml": (0.945, ()),  # blind in round 901 (d9de0d6): 95.0%, 0 false accepts, 26 false rejects
    "holdout903.yaml": (0.980, ()),  # blind in round 903 (d9de0d6): 98.5%, 0 false accepts, 10 false rejects: the target met
    "holdout902.yaml": (0.955, ()),  # blind in round 902 (d9de0d6): 96.1%, 0 false accepts, 29 false rejects
    "holdout905.yaml": (0.970, ()),  # blind in round 905 (d9de0d6): 97.6%, 0 false accepts, 12 false rejects: the target met
    "holdout904.yaml": (0.950, ()),  # blind in round 904 (d9de0d6): 95.7%, 0 false accepts, 23 false rejects
    "holdout906.yaml": (0.975, ()),  # blind in round 906 (d9de0d6): 98.1%, 0 false accepts, 14 false rejects: the target met
    "holdout907.yaml": (0.970, ("Y907-112", "Y907-260")),  # blind in round 907 (d9de0d6): 97.5%, 2 false accepts, 11 false rejects
    "holdout908.yaml": (0.975, ()),  # blind in round 908 (d9de0d6): 98.0%, 0 false accepts, 10 false rejects: the target met
    "holdout910.yaml": (0.970, ("Y910-259",)),  # blind in round 910 (d9de0d6): 97.7%, 1 false accepts, 11 false rejects
    "holdout909.yaml": (0.955, ()),  # blind in round 909 (d9de0d6): 96.1%, 0 false accepts, 23 false rejects
    "holdout912.yaml": (0.980, ()),  # blind in round 912 (d9de0d6): 98.7%, 0 false accepts, 7 false rejects: the target met
    "holdout911.yaml": (0.960, ("Y911-643",)),  # blind in round 911 (d9de0d6): 96.6%, 1 false accepts, 23 false rejects
    "holdout914.yaml": (0.960, ()),  # blind in round 914 (d9de0d6): 96.5%, 0 false accepts, 17 false rejects
    "holdout913.yaml": (0.970, ()),  # blind in round 913 (d9de0d6): 97.9%, 0 false accepts, 12 false rejects: the target met
    "holdout915.yaml": (0.985, ()),  # blind in round 915 (d9de0d6): 99.2%, 0 false accepts, 4 false rejects: the target met
    "holdout916.yaml": (0.950, ()),  # blind in round 916 (d9de0d6): 95.7%, 0 false accepts, 21 false rejects
    "holdout918.yaml": (0.965, ()),  # blind in round 918 (d9de0d6): 97.0%, 0 false accepts, 17 false rejects: the target met
    "holdout917.yaml": (0.975, ()),  # blind in round 917 (d9de0d6): 98.3%, 0 false accepts, 9 false rejects: the target met
    "holdout920.yaml": (0.975, ()),  # blind in round 920 (d9de0d6): 98.0%, 0 false accepts, 13 false rejects: the target met
    "holdout921.yaml": (0.960, ()),  # blind in round 921 (d9de0d6): 96.6%, 0 false accepts, 17 false rejects
    "holdout919.yaml": (0.960, ("Y919-361",)),  # blind in round 919 (d9de0d6): 96.7%, 1 false accepts, 15 false rejects
    "holdout924.yaml": (0.965, ("Y924-026",)),  # blind in round 924 (6bf2f8d): 97.0%, 1 false accepts, 13 false rejects
    "holdout922.yaml": (0.975, ()),  # blind in round 922 (6bf2f8d): 98.0%, 0 false accepts, 11 false rejects: the target met
    "holdout923.yaml": (0.970, ()),  # blind in round 923 (6bf2f8d): 97.5%, 0 false accepts, 13 false rejects: the target met
    "holdout925.yaml": (0.970, ()),  # blind in round 925 (6bf2f8d): 97.5%, 0 false accepts, 12 false rejects: the target met
    "holdout926.yaml": (0.965, ()),  # blind in round 926 (6bf2f8d): 97.1%, 0 false accepts, 14 false rejects: the target met
    "holdout929.yaml": (0.970, ()),  # blind in round 929 (6bf2f8d): 97.6%, 0 false accepts, 11 false rejects: the target met
    "holdout928.yaml": (0.970, ("Y928-228",)),  # blind in round 928 (6bf2f8d): 97.7%, 1 false accepts, 10 false rejects
    "holdout927.yaml": (0.950, ()),  # blind in round 927 (6bf2f8d): 95.7%, 0 false accepts, 25 false rejects
    "holdout932.yaml": (0.970, ()),  # blind in round 932 (9313958): 97.6%, 0 false accepts, 13 false rejects: the target met
    "holdout931.yaml": (0.965, ()),  # blind in round 931 (9313958): 97.2%, 0 false accepts, 14 false rejects: the target met
    "holdout930.yaml": (0.965, ("Y930-013",)),  # blind in round 930 (9313958): 97.4%, 1 false accepts, 12 false rejects
    "holdout933.yaml": (0.970, ()),  # blind in round 933 (2b75770): 97.6%, 0 false accepts, 3 false rejects: the target met
    "holdout934.yaml": (0.960, ()),  # blind in round 934 (2b75770): 96.6%, 0 false accepts, 4 false rejects
    "holdout935.yaml": (0.970, ()),  # blind in round 935 (2b75770): 97.8%, 0 false accepts, 10 false rejects: the target met
    "holdout936.yaml": (0.960, ()),  # blind in round 936 (2b75770): 96.7%, 0 false accepts, 19 false rejects
    "holdout940.yaml": (0.960, ()),  # blind in round 940 (2b75770): 96.8%, 0 false accepts, 17 false rejects
    "holdout938.yaml": (0.935, ()),  # blind in round 938 (2b75770): 94.0%, 0 false accepts, 30 false rejects
    "holdout937.yaml": (0.970, ()),  # blind in round 937 (2b75770): 97.6%, 0 false accepts, 13 false rejects: the target met
    "holdout939.yaml": (0.965, ("Y939-437", "Y939-520")),  # blind in round 939 (2b75770): 97.0%, 2 false accepts, 14 false rejects
    "holdout943.yaml": (0.980, ()),  # blind in round 943 (2b75770): 98.6%, 0 false accepts, 6 false rejects: the target met
    "holdout941.yaml": (0.985, ()),  # blind in round 941 (2b75770): 99.1%, 0 false accepts, 4 false rejects: the target met
    "holdout942.yaml": (0.975, ()),  # blind in round 942 (2b75770): 98.3%, 0 false accepts, 9 false rejects: the target met
    "holdout947.yaml": (0.965, ()),  # blind in round 947 (2b75770): 97.4%, 0 false accepts, 13 false rejects: the target met
    "holdout946.yaml": (0.975, ()),  # blind in round 946 (2b75770): 98.4%, 0 false accepts, 8 false rejects: the target met
    "holdout945.yaml": (0.960, ()),  # blind in round 945 (2b75770): 96.8%, 0 false accepts, 15 false rejects
    "holdout944.yaml": (0.975, ()),  # blind in round 944 (2b75770): 98.0%, 0 false accepts, 11 false rejects: the target met
    "holdout949.yaml": (0.960, ("Y949-245",)),  # blind in round 949 (2b75770): 96.6%, 1 false accepts, 19 false rejects
    "holdout950.yaml": (0.965, ()),  # blind in round 950 (2b75770): 97.4%, 0 false accepts, 14 false rejects: the target met
    "holdout952.yaml": (0.930, ()),  # blind in round 952 (2b75770): 93.9%, 0 false accepts, 36 false rejects
    "holdout951.yaml": (0.955, ()),  # blind in round 951 (2b75770): 96.3%, 0 false accepts, 18 false rejects
    "holdout953.yaml": (0.960, ()),  # blind in round 953 (2b75770): 96.6%, 0 false accepts, 20 false rejects
    "holdout956.yaml": (0.970, ()),  # blind in round 956 (2b75770): 97.5%, 0 false accepts, 13 false rejects: the target met
    "holdout948.yaml": (0.980, ()),  # blind in round 948 (2b75770): 98.5%, 0 false accepts, 7 false rejects: the target met
    "holdout954.yaml": (0.965, ()),  # blind in round 954 (2b75770): 97.1%, 0 false accepts, 17 false rejects: the target met
    "holdout955.yaml": (0.970, ()),  # blind in round 955 (2b75770): 97.9%, 0 false accepts, 13 false rejects: the target met
    "holdout961.yaml": (0.960, ("Y961-295", "Y961-312")),  # blind in round 961 (6f887c4): 96.5%, 2 false accepts, 18 false rejects
    "holdout963.yaml": (0.975, ()),  # blind in round 963 (6f887c4): 98.2%, 0 false accepts, 11 false rejects: the target met
    "holdout957.yaml": (0.965, ()),  # blind in round 957 (6f887c4): 97.1%, 0 false accepts, 21 false rejects: the target met
    "holdout958.yaml": (0.960, ()),  # blind in round 958 (6f887c4): 96.9%, 0 false accepts, 15 false rejects
    "holdout959.yaml": (0.965, ()),  # blind in round 959 (6f887c4): 97.3%, 0 false accepts, 18 false rejects: the target met
    "holdout960.yaml": (0.965, ()),  # blind in round 960 (6f887c4): 97.0%, 0 false accepts, 15 false rejects
    "holdout962.yaml": (0.960, ()),  # blind in round 962 (6f887c4): 96.8%, 0 false accepts, 19 false rejects
    "holdout968.yaml": (0.960, ()),  # blind in round 968 (559741a): 96.8%, 0 false accepts, 16 false rejects
    "holdout965.yaml": (0.975, ()),  # blind in round 965 (559741a): 98.4%, 0 false accepts, 8 false rejects: the target met
    "holdout964.yaml": (0.970, ()),  # blind in round 964 (559741a): 97.5%, 0 false accepts, 13 false rejects: the target met
    "holdout966.yaml": (0.960, ()),  # blind in round 966 (559741a): 96.7%, 0 false accepts, 17 false rejects
    "holdout969.yaml": (0.965, ()),  # blind in round 969 (559741a): 97.0%, 0 false accepts, 14 false rejects
    "holdout967.yaml": (0.980, ()),  # blind in round 967 (559741a): 98.6%, 0 false accepts, 7 false rejects: the target met
    "holdout974.yaml": (0.960, ()),  # blind in round 974 (e341db8): 96.9%, 0 false accepts, 15 false rejects
    "holdout972.yaml": (0.960, ()),  # blind in round 972 (e341db8): 96.7%, 0 false accepts, 19 false rejects
    "holdout971.yaml": (0.960, ("Y971-455",)),  # blind in round 971 (e341db8): 96.6%, 1 false accepts, 15 false rejects
    "holdout970.yaml": (0.980, ()),  # blind in round 970 (e341db8): 98.5%, 0 false accepts, 10 false rejects: the target met
    "holdout973.yaml": (0.965, ("Y973-428",)),  # blind in round 973 (e341db8): 97.3%, 1 false accepts, 17 false rejects
    "holdout975.yaml": (0.965, ("Y975-567",)),  # blind in round 975 (e341db8): 97.0%, 1 false accepts, 19 false rejects
    "holdout977.yaml": (0.965, ("Y977-177",)),  # blind in round 977 (e341db8): 97.2%, 1 false accepts, 12 false rejects
    "holdout979.yaml": (0.970, ()),  # blind in round 979 (e341db8): 97.9%, 0 false accepts, 13 false rejects: the target met
    "holdout976.yaml": (0.975, ()),  # blind in round 976 (e341db8): 98.0%, 0 false accepts, 11 false rejects: the target met
    "holdout978.yaml": (0.970, ("Y978-488",)),  # blind in round 978 (e341db8): 97.8%, 1 false accepts, 10 false rejects
    "holdout980.yaml": (0.980, ()),  # blind in round 980 (e341db8): 98.7%, 0 false accepts, 7 false rejects: the target met
    "holdout982.yaml": (0.965, ()),  # blind in round 982 (e341db8): 97.4%, 0 false accepts, 14 false rejects: the target met
    "holdout981.yaml": (0.980, ()),  # blind in round 981 (e341db8): 98.5%, 0 false accepts, 12 false rejects: the target met
    "holdout983.yaml": (0.975, ("Y983-110",)),  # blind in round 983 (e341db8): 98.4%, 1 false accepts, 7 false rejects
    "holdout984.yaml": (0.980, ()),  # blind in round 984 (e341db8): 98.5%, 0 false accepts, 8 false rejects: the target met
    "holdout985.yaml": (0.965, ("Y985-175", "Y985-369")),  # blind in round 985 (e341db8): 97.1%, 2 false accepts, 12 false rejects
    "holdout986.yaml": (0.980, ()),  # blind in round 986 (e341db8): 98.6%, 0 false accepts, 7 false rejects: the target met
    "holdout987.yaml": (0.970, ()),  # blind in round 987 (e341db8): 97.8%, 0 false accepts, 11 false rejects: the target met
    "holdout988.yaml": (0.960, ("Y988-445",)),  # blind in round 988 (e341db8): 96.6%, 1 false accepts, 15 false rejects
    "holdout989.yaml": (0.965, ()),  # blind in round 989 (e341db8): 97.3%, 0 false accepts, 15 false rejects: the target met
    "holdout990.yaml": (0.960, ()),  # blind in round 990 (e341db8): 96.8%, 0 false accepts, 18 false rejects
    "holdout991.yaml": (0.965, ()),  # blind in round 991 (e341db8): 97.2%, 0 false accepts, 14 false rejects: the target met
    "holdout993.yaml": (0.970, ()),  # blind in round 993 (e341db8): 97.8%, 0 false accepts, 11 false rejects: the target met
    "holdout992.yaml": (0.950, ("Y992-228", "Y992-300")),  # blind in round 992 (e341db8): 95.9%, 2 false accepts, 19 false rejects
    "holdout995.yaml": (0.970, ("Y995-071",)),  # blind in round 995 (e341db8): 97.7%, 1 false accepts, 10 false rejects
    "holdout994.yaml": (0.945, ()),  # blind in round 994 (e341db8): 95.4%, 0 false accepts, 24 false rejects
    "holdout999.yaml": (0.950, ("Y999-293",)),  # blind in round 999 (e341db8): 95.8%, 1 false accepts, 21 false rejects
    "holdout998.yaml": (0.965, ("Y998-431", "Y998-548")),  # blind in round 998 (e341db8): 97.1%, 2 false accepts, 14 false rejects
    "holdout997.yaml": (0.960, ()),  # blind in round 997 (e341db8): 96.8%, 0 false accepts, 18 false rejects
    "holdout996.yaml": (0.955, ()),  # blind in round 996 (e341db8): 96.0%, 0 false accepts, 29 false rejects
    "holdout1005.yaml": (0.965, ()),  # blind in round 1005 (779b9c7): 97.1%, 0 false accepts, 15 false rejects: the target met
    "holdout1000.yaml": (0.970, ()),  # blind in round 1000 (779b9c7): 97.9%, 0 false accepts, 10 false rejects: the target met
    "holdout1001.yaml": (0.975, ()),  # blind in round 1001 (779b9c7): 98.2%, 0 false accepts, 9 false rejects: the target met
    "holdout1004.yaml": (0.965, ("Y1004-137",)),  # blind in round 1004 (779b9c7): 97.1%, 1 false accepts, 14 false rejects
    "holdout1003.yaml": (0.960, ("Y1003-405",)),  # blind in round 1003 (779b9c7): 96.6%, 1 false accepts, 18 false rejects
    "holdout1002.yaml": (0.960, ()),  # blind in round 1002 (779b9c7): 96.8%, 0 false accepts, 16 false rejects
    "holdout1007.yaml": (0.965, ()),  # blind in round 1007 (779b9c7): 97.4%, 0 false accepts, 17 false rejects: the target met
    "holdout1008.yaml": (0.975, ()),  # blind in round 1008 (253bf8b): 98.2%, 0 false accepts, 9 false rejects: the target met
    "holdout1006.yaml": (0.975, ()),  # blind in round 1006 (253bf8b): 98.1%, 0 false accepts, 9 false rejects: the target met
    "holdout1012.yaml": (0.970, ()),  # blind in round 1012 (253bf8b): 97.8%, 0 false accepts, 11 false rejects: the target met
    "holdout1009.yaml": (0.975, ("Y1009-453",)),  # blind in round 1009 (253bf8b): 98.1%, 1 false accepts, 11 false rejects
    "holdout1010.yaml": (0.965, ()),  # blind in round 1010 (253bf8b): 97.2%, 0 false accepts, 16 false rejects: the target met
    "holdout1011.yaml": (0.970, ()),  # blind in round 1011 (253bf8b): 97.5%, 0 false accepts, 14 false rejects: the target met
    "holdout1013.yaml": (0.980, ("Y1013-257",)),  # blind in round 1013 (253bf8b): 98.5%, 1 false accepts, 6 false rejects
    "holdout1016.yaml": (0.955, ()),  # blind in round 1016 (253bf8b): 96.1%, 0 false accepts, 19 false rejects
    "holdout1015.yaml": (0.980, ()),  # blind in round 1015 (253bf8b): 98.6%, 0 false accepts, 7 false rejects: the target met
    "holdout1018.yaml": (0.975, ()),  # blind in round 1018 (253bf8b): 98.2%, 0 false accepts, 9 false rejects: the target met
    "holdout1019.yaml": (0.960, ("Y1019-443",)),  # blind in round 1019 (253bf8b): 96.6%, 1 false accepts, 19 false rejects
    "holdout1017.yaml": (0.950, ()),  # blind in round 1017 (253bf8b): 95.5%, 0 false accepts, 27 false rejects
    "holdout1014.yaml": (0.955, ()),  # blind in round 1014 (253bf8b): 96.4%, 0 false accepts, 32 false rejects
    "holdout71.yaml": (0.965, ("Y71-258",)),  # blind in round 71 (the session's last grader): 96.8%, 1 ("Rajapaksa" alone, a family of ministers)
    "holdout69.yaml": (0.96, ()),  # blind in round 69 (the session's last grader): 96.6%, 1 ("Foreign Secretary" for Home Secretary: fixed in the fifteenth session)
    "holdout70.yaml": (0.955, ()),  # blind in round 70 (the session's last grader): 96.1%, 0
    "holdout66.yaml": (0.975, ()),  # blind in round 66 (the session's last grader): 98.1%, 0
    "holdout67.yaml": (0.97, ()),  # blind in round 67 (the session's last grader): 97.7%, 0
    "holdout68.yaml": (0.96, ()),  # blind in round 68 (the session's last grader): 96.5%, 0
    "holdout65.yaml": (0.96, ()),  # blind in round 65: 96.1%, 1 (the navigation / overflight swap)
    "holdout62.yaml": (0.94, ()),  # blind in round 62: 94.6%, 2 (swapped gaps of two bundled clozes)
    "holdout59.yaml": (0.915, ()),  # blind in round 59: 91.7%, 2 (the two bundled clozes' swapped gaps again)
    "holdout54.yaml": (0.92, ()),  # blind in round 54: 92.4%, 0
    "holdout55.yaml": (0.955, ()),  # blind in round 55: 96.0%, 2 (a sign dropped, shares swapped: fixed since)
    "redteam9.yaml": (1.0, ()),  # not blind: a helper who read the grader found these; every one must stay fixed
    # not blind (round 16's red team, 141 false accepts when written): the ones still open are listed, so each one
    # fixed stays fixed: the question's own words recombined into a wrong aside, the agent of a flow, wrong
    # expansions of initials the pack does not spell out, groups of people (docs/grading.md, "Rounds 16-18")
    "redteam16.yaml": (0.55, REDTEAM16_OPEN),
}


_LEAST_CASES = {"holdout49b.yaml": 49, "holdout300.yaml": 57, "holdout303.yaml": 62, "holdout304.yaml": 8}  # W49's late batch: 49 cases by itself; W300, W303 and W304 started late and wrote one batch


@pytest.fixture(scope="module")
def questions():
    return scoring._bundled_questions()


_QUESTIONS: dict[str, object] = {}


def _score_file(name: str):
    return name, scoring.score(EVAL / name, _QUESTIONS or None)


class _ScoredOnDemand(dict):
    """Each file scored when its test asks for it, in the worker that runs that test."""

    def __init__(self, questions) -> None:
        super().__init__()
        self.questions = questions

    def __missing__(self, name: str):
        self[name] = scoring.score(EVAL / name, self.questions)
        return self[name]


@pytest.fixture(scope="module")
def scores(questions, request):
    """Every file the run selects scored once, on two cores where there are two: the files' grading is a third of the
    suite. Under pytest-xdist (make test) each file is scored by the worker that runs its test, so the files are shared
    out like every other test; a verdict repeated across the two workers is graded twice (2% of the cases)."""
    if os.environ.get("PYTEST_XDIST_WORKER"):
        return _ScoredOnDemand(questions)
    selected = {
        item.callspec.params["name"] for item in request.session.items
        if getattr(item, "originalname", "") == "test_each_set_agrees_with_the_examiner" and hasattr(item, "callspec")
    }
    names = sorted(selected or FLOORS)
    workers = min(2, os.cpu_count() or 1)
    if workers < 2 or "fork" not in multiprocessing.get_all_start_methods():
        return {name: scoring.score(EVAL / name, questions) for name in names}
    _QUESTIONS.update(questions)  # the forked workers inherit the loaded packs
    with ProcessPoolExecutor(workers, mp_context=multiprocessing.get_context("fork")) as pool:
        return dict(pool.map(_score_file, names))


@pytest.mark.parametrize("name", sorted(FLOORS))
def test_each_set_agrees_with_the_examiner(name, scores):
    least, allowed = FLOORS[name]
    result = scores[name]
    accepted_wrongly = {o.case_id for o in result.outcomes if o.graded and not o.label}
    assert result.overall.cases >= _LEAST_CASES.get(name, 90)  # a file that lost its cases must not pass
    assert accepted_wrongly <= set(allowed), scoring.report(result)
    assert result.overall.agreement >= least, scoring.report(result)


def test_the_scorer_counts_false_accepts_and_rejects(tmp_path, questions):
    cases = tmp_path / "cases.yaml"
    cases.write_text(
        "- {id: A, ref: canada-us/us-nato-founded-year, response: 'in 1949', verdict: right, why: x, topic: exact}\n"
        "- {id: B, ref: canada-us/us-nato-founded-year, response: '1948', verdict: right, why: x, topic: exact}\n"
        "- {id: C, ref: canada-us/us-latvia-place, response: 'Latvia', verdict: wrong, why: x, topic: wrong}\n"
        "- id: D\n  question: {type: numeric, prompt: 'How many?', answer: 1800, unit: troops}\n"
        "  response: about 1,800 soldiers\n  verdict: right\n  why: x\n  topic: qualifier\n"
        "- id: E\n  question: {type: short, prompt: 'When?', answer: 12 June 2026}\n"
        "  response: 06/12/2026\n  date_order: mdy\n  verdict: right\n  why: x\n  topic: dotted-date\n"
    )
    result = scoring.score(cases, questions)
    assert (result.overall.cases, result.overall.agree) == (5, 3)
    assert (result.overall.false_accepts, result.overall.false_rejects) == (1, 1)
    assert result.by_topic["exact"].false_rejects == 1
    assert [o.case_id for o in result.disagreements] == ["B", "C"]
    assert "FALSE ACCEPT" in scoring.report(result)


def test_a_repeated_case_is_graded_once_and_scored_each_time(tmp_path, questions, monkeypatch):
    """A third of the cases repeat a (question, response) pair of another file: the scorer grades each pair
    once a process (verdicts depend on nothing else) and counts it in every file; another date order or
    another inline question is another pair."""
    graded = []
    real = scoring.grade
    monkeypatch.setattr(scoring, "grade", lambda q, r, **k: graded.append(r) or real(q, r, **k))
    monkeypatch.setattr(scoring, "_VERDICTS", {})
    one, two = tmp_path / "one.yaml", tmp_path / "two.yaml"
    one.write_text(
        "- {id: A, ref: canada-us/us-nato-founded-year, response: 'in 1949', verdict: right, why: x, topic: exact}\n"
        "- id: B\n  question: {type: short, prompt: 'When?', answer: 12 June 2026}\n  response: 06/12/2026\n  verdict: wrong\n  why: x\n  topic: d\n"
    )
    two.write_text(
        "- {id: C, ref: canada-us/us-nato-founded-year, response: 'in 1949', verdict: right, why: x, topic: exact}\n"
        "- id: D\n  question: {type: short, prompt: 'When?', answer: 12 June 2026}\n  response: 06/12/2026\n  date_order: mdy\n  verdict: right\n  why: x\n  topic: d\n"
        "- id: E\n  question: {type: short, prompt: 'On which day?', answer: 12 June 2026}\n  response: 06/12/2026\n  verdict: wrong\n  why: x\n  topic: d\n"
    )
    first, second = scoring.score(one, questions), scoring.score(two, questions)
    assert graded == ["in 1949", "06/12/2026", "06/12/2026", "06/12/2026"]  # C reused A's verdict
    assert (first.overall.cases, first.overall.agree, second.overall.cases, second.overall.agree) == (2, 2, 3, 3)


def test_the_scorer_names_a_bad_case(tmp_path, questions):
    cases = tmp_path / "cases.yaml"
    cases.write_text("- {id: X1, ref: nope/nothing, response: a, verdict: right, why: x, topic: exact}\n")
    with pytest.raises(scoring.CaseError, match="cases.yaml: case X1: no bundled question 'nope/nothing'"):
        scoring.score(cases, questions)
