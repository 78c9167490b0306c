"""Expected values for vaspflow's enumeration tests (EnumerationGoldenTest), from pymatgen 2022.11.7 (Debian).

Run from the vaspflow repository root with the system interpreter that has pymatgen:

    /usr/bin/python3 workflow/src/test/resources/build/generate_enumeration_golden.py

It writes enumeration-golden.json next to this script. For each case: the parent structure is read from
../shared/data/golden/inputs/<case>.json, made into a supercell with `Structure * scaling` (pymatgen's site order,
which vaspflow's Structure.supercell follows), every assignment of the changes is built, and for each one
`add_oxidation_state_by_guess()` (the guess of that composition) then `EwaldSummation(s).total_energy` is recorded,
keyed by the changed site indices per change ("0,3|5" = sites 0 and 3 for the first change, 5 for the second).
The guessed per-element oxidation states are recorded too.

Cases with `base` oxidation states use the charge rule vaspflow documents instead of the guess (pymatgen finds no
balanced guess for Li4Fe8O16): every site gets its element's base state, and the cell charge Q left by the vacancies
is spread uniformly over the transition-metal sites (each gets -Q/N_TM more), set with
`add_oxidation_state_by_site`; for one transition metal this is pymatgen's EwaldSummation with a fractional oxidation
state on that element (Li4Fe8O16: Fe +3.5). Nothing here calls vaspflow.
"""
import itertools
import json
import os

from pymatgen.core import Structure, Lattice
from pymatgen.analysis.ewald import EwaldSummation

HERE = os.path.dirname(os.path.abspath(__file__))
GOLDEN = os.path.join(HERE, "..", "..", "..", "..", "..", "..", "shared", "data", "golden", "inputs")

# A case with base None would use add_oxidation_state_by_guess() (FeO with Ru+Ti: every guess is 2+, which ranks
# nothing), so all cases give base states.
CASES = [
    # case, scaling, changes [(host, replacement or None, count)]
    ("lifeo2-pbesol-large", [2, 1, 1], [("Li", None, 4)], {"Li": 1, "Fe": 3, "O": -2}),
    ("lifeo2-pbesol-large", [2, 1, 1], [("Li", None, 6)], {"Li": 1, "Fe": 3, "O": -2}),
    ("feo-afm-ldau-relax", [2, 2, 2], [("Fe", "Ru", 1), ("Fe", "Ti", 1)], {"Fe": 2, "Ru": 4, "Ti": 3, "O": -2}),
    ("feo-afm-ldau-relax", [2, 2, 1], [("Fe", "Mn", 1), ("O", None, 1)], {"Fe": 2, "Mn": 3, "O": -2}),
]


def parent(case):
    with open(os.path.join(GOLDEN, case + ".json")) as f:
        g = json.load(f)["structure"]
    return Structure(Lattice(g["lattice"]), g["species"], g["frac_coords"])


def assignments(sites_of, changes, used=()):
    if not changes:
        yield []
        return
    host, _, count = changes[0]
    free = [i for i in sites_of[host] if i not in used]
    for chosen in itertools.combinations(free, count):
        for rest in assignments(sites_of, changes[1:], used + chosen):
            yield [list(chosen)] + rest


def main():
    out = {"generator": "workflow/src/test/resources/build/generate_enumeration_golden.py",
           "pymatgen": __import__("pymatgen.core").core.__version__, "cases": []}
    for case, scaling, changes, base in CASES:
        cell = parent(case) * scaling
        sites_of = {}
        for i, site in enumerate(cell):
            sites_of.setdefault(site.specie.symbol, []).append(i)
        energies = {}
        oxidation = None
        for a in assignments(sites_of, changes):
            s = cell.copy()
            drop = []
            for (host, repl, _), chosen in zip(changes, a):
                for i in chosen:
                    if repl is None:
                        drop.append(i)
                    else:
                        s.replace(i, repl)
            s.remove_sites(drop)
            if base is None:
                s.add_oxidation_state_by_guess()
            else:
                q = [float(base[site.specie.symbol]) for site in s]
                tm = [i for i, site in enumerate(s) if site.specie.is_transition_metal]
                delta = -sum(q) / len(tm)
                for i in tm:
                    q[i] += delta
                s.add_oxidation_state_by_site(q)
            if oxidation is None:
                ox = {}
                for site in s:
                    ox.setdefault(site.specie.symbol, []).append(site.specie.oxi_state)
                oxidation = {k: sum(v) / len(v) for k, v in ox.items()}
            key = "|".join(",".join(str(i) for i in chosen) for chosen in a)
            energies[key] = EwaldSummation(s).total_energy
        out["cases"].append({
            "case": case, "scaling": scaling,
            "changes": [{"host": h, "replacement": r, "count": c} for h, r, c in changes],
            "supercell_species": [site.specie.symbol for site in cell],
            "supercell_frac_coords": [[round(x, 10) for x in site.frac_coords] for site in cell],
            "oxidation_states": oxidation,
            "base_oxidation_states": base,
            "call": ("s.add_oxidation_state_by_guess()" if base is None else
                     "s.add_oxidation_state_by_site(base + uniform compensation on TM sites)")
            + "; EwaldSummation(s).total_energy",
            "n_assignments": len(energies),
            "ewald_energy_eV": energies,
        })
    with open(os.path.join(HERE, "enumeration-golden.json"), "w") as f:
        json.dump(out, f, indent=1)
        f.write("\n")


if __name__ == "__main__":
    main()
