#!/usr/bin/python3
"""Expected M-O first-shell bond statistics for vaspflow's report tests, computed with pymatgen.

Run from the repository root with the Debian interpreter that has pymatgen (python3-pymatgen):

    /usr/bin/python3 workflow/src/test/resources/report/mo_bonds_pymatgen.py ../shared/data \
        > workflow/src/test/resources/report/mo-bonds-expected.json

Definition (docs/report.md): for every metal site, its O neighbours (periodic images included) at
d <= min((1 + 0.2) * d_min, 3.0 A), d_min = the site's shortest M-O distance; per metal element the number of
sites, bonds, and mean/min/max length. Neighbours come from pymatgen's Structure.get_neighbors, an
implementation independent of vaspflow's NeighborList.
"""
import json
import sys

import pymatgen
from pymatgen.core import Structure
from pymatgen.io.vasp.outputs import Vasprun

NON_METALS = {"H", "He", "B", "C", "N", "O", "F", "Ne", "Si", "P", "S", "Cl", "Ar", "Ge", "As", "Se", "Br",
              "Kr", "Sb", "Te", "I", "Xe", "At", "Rn"}
TOL, CUTOFF = 0.2, 3.0

CASES = {
    # the fake-vasp double copies this run's outputs; the report reads vasprun.xml's final structure
    "vasp/feo-afm-ldau-relax/vasprun.xml": lambda p: Vasprun(p, parse_dos=False, parse_eigen=False).final_structure,
    "lobster/batio3/CONTCAR.gz": Structure.from_file,
    "lobster/reo3-orbitalwise/CONTCAR.mp-190.gz": lambda p: Structure.from_file(p),
}


def stats(structure):
    by_metal = {}
    for i, site in enumerate(structure):
        el = site.specie.symbol
        if el in NON_METALS:
            continue
        o = [n.nn_distance for n in structure.get_neighbors(site, CUTOFF) if n.specie.symbol == "O"]
        if not o:
            continue
        limit = min((1 + TOL) * min(o), CUTOFF)
        shell = [d for d in o if d <= limit]
        entry = by_metal.setdefault(el, {"n_sites": 0, "lengths": []})
        entry["n_sites"] += 1
        entry["lengths"] += shell
    out = {}
    for el, e in by_metal.items():
        d = e["lengths"]
        out[el] = {"n_sites": e["n_sites"], "n_bonds": len(d), "mean": sum(d) / len(d), "min": min(d), "max": max(d)}
    return out


def main(shared_data):
    result = {"generator": "pymatgen " + pymatgen.core.__version__ + " Structure.get_neighbors",
              "tolerance": TOL, "cutoff_angstrom": CUTOFF, "cases": {}}
    for rel, load in CASES.items():
        result["cases"][rel] = stats(load(shared_data + "/" + rel))
    json.dump(result, sys.stdout, indent=1, sort_keys=True)
    print()


if __name__ == "__main__":
    main(sys.argv[1])
