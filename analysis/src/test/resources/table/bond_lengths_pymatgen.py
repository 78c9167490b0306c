#!/usr/bin/python3
"""Independent values for ScreeningTableTest: mean metal-O bond length per metal element with pymatgen 2022.11.7.

Structure: the vasprun.xml final_structure when the folder has a vasprun.xml, else CONTCAR, else POSCAR (the rule
of ScreeningTable). For every site of a metal element, every O neighbour within CUTOFF (periodic images included,
Structure.get_neighbors) counts once; the mean is over all such M-O distances of that element.

Run from the repository root:  /usr/bin/python3 analysis/src/test/resources/table/bond_lengths_pymatgen.py
(writes bond_lengths_pymatgen.json beside this script).
"""
import glob
import json
import os

from pymatgen.core import Structure
from pymatgen.io.vasp.outputs import Vasprun

SHARED = os.path.join(os.path.dirname(__file__), "..", "..", "..", "..", "..", "..", "shared", "data", "vasp")
CASES = ["feo-afm-ldau-relax", "mno2-spinel-host-outcar", "fe2o3-ldau-magmom", "k4sn4o6-spin-doscar-procar"]
CUTOFF = 2.6
NON_METALS = {"H", "He", "B", "C", "N", "O", "F", "Ne", "Si", "P", "S", "Cl", "Ar", "As", "Se", "Br", "Kr", "Te",
              "I", "Xe", "At", "Rn"}


def structure(folder):
    vr = sorted(glob.glob(os.path.join(folder, "vasprun*.xml*")))
    if vr:
        return Vasprun(vr[0], parse_dos=False, parse_eigen=False, parse_potcar_file=False).final_structure, vr[0]
    for name in ("CONTCAR", "POSCAR"):
        p = os.path.join(folder, name)
        if os.path.exists(p):
            return Structure.from_file(p), p
    raise SystemExit("no structure in " + folder)


out = {"cutoff_A": CUTOFF, "anion": "O", "tool": "pymatgen 2022.11.7", "cases": {}}
for case in CASES:
    s, src = structure(os.path.join(SHARED, case))
    acc = {}
    for i, site in enumerate(s):
        el = site.specie.symbol
        if el in NON_METALS:
            continue
        for n in s.get_neighbors(site, CUTOFF):
            if n.specie.symbol == "O":
                acc.setdefault(el + "-O", []).append(n.nn_distance)
    out["cases"][case] = {"structure_from": os.path.basename(src),
                          "mean": {k: sum(v) / len(v) for k, v in sorted(acc.items())},
                          "count": {k: len(v) for k, v in sorted(acc.items())}}
with open(os.path.join(os.path.dirname(__file__), "bond_lengths_pymatgen.json"), "w") as f:
    json.dump(out, f, indent=1)
    f.write("\n")
