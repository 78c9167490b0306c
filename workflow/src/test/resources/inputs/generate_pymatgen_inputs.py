"""Records pymatgen 2022.11.7 values the input-generation tests compare against (pymatgen is not needed at test
time). Run from the repository root with the Debian interpreter that has pymatgen:

    /usr/bin/python3 workflow/src/test/resources/inputs/generate_pymatgen_inputs.py

It reads the corpus structures from ../shared/data/golden/inputs/<case>.json (the same structures the golden
input sets were made from) and writes pymatgen-inputs.json beside this script:

* kpoints[case][kppa]: Kpoints.automatic_density(structure, kppa) -> style, divisions (kppa 100, 500, 1000, 4000)
  and kpoints_force_gamma[case]: automatic_density(structure, 1000, force_gamma=True).
* structures[name]: small test structures made from corpus cells by substitution (lattice, species, frac_coords).
* lobster[name]: LobsterSet(structure): potcar_symbols, Lobsterin.get_basis lines, NBANDS, kpoints divisions.
* oxidation[name]: Composition.oxi_state_guesses()[0] (average state per element).
"""
import json
import os
import warnings

from pymatgen.core import Lattice, Structure
from pymatgen.io.lobster import Lobsterin
from pymatgen.io.vasp.inputs import Kpoints
from pymatgen.io.vasp.sets import LobsterSet

warnings.simplefilter("ignore")
HERE = os.path.dirname(os.path.abspath(__file__))
GOLDEN = os.path.join(HERE, "..", "..", "..", "..", "..", "..", "shared", "data", "golden", "inputs")


def corpus(case):
    with open(os.path.join(GOLDEN, case + ".json")) as f:
        s = json.load(f)["structure"]
    return Structure(Lattice(s["lattice"]), s["species"], s["frac_coords"])


def as_json(s):
    return {"lattice": s.lattice.matrix.tolist(), "species": [x.symbol for x in s.species],
            "frac_coords": s.frac_coords.tolist(), "formula": s.composition.formula}


def main():
    with open(os.path.join(GOLDEN, "index.json")) as f:
        cases = sorted(json.load(f)["cases"])
    out = {"reference": {"pymatgen": "2022.11.7", "script": "workflow/src/test/resources/inputs/"
                         "generate_pymatgen_inputs.py"}, "kpoints": {}, "kpoints_force_gamma": {},
           "structures": {}, "lobster": {}, "oxidation": {}}
    for case in cases:
        s = corpus(case)
        out["kpoints"][case] = {}
        for kppa in (100, 500, 1000, 4000):
            k = Kpoints.automatic_density(s, kppa)
            out["kpoints"][case][str(kppa)] = {"style": k.style.name, "divisions": list(k.kpts[0])}
        k = Kpoints.automatic_density(s, 1000, force_gamma=True)
        out["kpoints_force_gamma"][case] = {"style": k.style.name, "divisions": list(k.kpts[0])}
    spinel = corpus("mno2-spinel-host-outcar")  # Mn8 O16, Mn sites 0-7
    tests = {}
    s = spinel.copy()
    s.replace(0, "Ru")
    tests["ru-mn7-o16"] = s  # Ru4+ in lambda-MnO2
    s = spinel.copy()
    s.replace(0, "Na")
    s.replace(1, "Li")
    s.replace(2, "Ru")
    s.replace(3, "Ru")
    tests["na-li-ru2-mn4-o16"] = s
    s = corpus("limn2o4-li-relax")
    tests["li-mn8-o16"] = s  # mixed valence Mn 3.875
    for name, st in tests.items():
        out["structures"][name] = as_json(st)
        ls = LobsterSet(st)
        pot = ls.potcar_symbols
        out["lobster"][name] = {"potcar_symbols": pot,
                                "basis": Lobsterin.get_basis(structure=ls.structure, potcar_symbols=pot),
                                "NBANDS": ls.incar["NBANDS"], "ISYM": ls.incar["ISYM"],
                                "kpoints": list(ls.kpoints.kpts[0]), "kpoints_style": ls.kpoints.style.name}
        guesses = st.composition.oxi_state_guesses()
        out["oxidation"][name] = guesses[0] if guesses else {}
    with open(os.path.join(HERE, "pymatgen-inputs.json"), "w") as f:
        json.dump(out, f, indent=1, sort_keys=True)
        f.write("\n")


if __name__ == "__main__":
    main()
