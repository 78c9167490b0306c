#!/usr/bin/python3
"""Records pymatgen's SlabGenerator and AdsorbateSiteFinder results for vaspflow's slab tests.

Run with the Debian pymatgen (2022.11.7):  /usr/bin/python3 generate_slab_golden.py > slabs_pymatgen.json
The tests read slabs_pymatgen.json and never need pymatgen.

Calls recorded, per structure and Miller index:
  gen = SlabGenerator(bulk, hkl, min_slab_size=10, min_vacuum_size=10, center_slab=True)   # primitive=True
  gen.slab_scale_factor, gen.oriented_unit_cell (natoms), gen._proj_height
  gen.get_slabs(symmetrize=False) and gen.get_slabs(symmetrize=True): per slab shift, natoms, formula,
      surface_area, thickness (max-min of Cartesian coordinates projected on the unit normal a x b),
      is_symmetric()
  SlabGenerator(..., in_unit_planes=True) for PLANE_CASES: natoms, height of c along the normal, thickness per slab
  AdsorbateSiteFinder(slab).find_adsorption_sites()  (defaults: distance 2.0, symm_reduce 1e-2,
      near_reduce 1e-2, no_obtuse_hollow) -> counts of ontop, bridge, hollow
Structures: real files of ../shared/data beside the checkout (path relative to it; VASPFLOW_SHARED overrides), the repository's example O3-NaRuO2
("repo:" paths are relative to the repository root) and one constructed fcc Cu cell
(Fm-3m, a = 3.615 A, conventional 4-atom cell; written to cu-fcc.POSCAR beside this script).
"""
import json
import os
import sys
import numpy as np
from pymatgen.core import Structure, Lattice
from pymatgen.core.surface import SlabGenerator
from pymatgen.analysis.adsorption import AdsorbateSiteFinder
from pymatgen.io.vasp import Vasprun, Poscar

HERE = os.path.dirname(os.path.abspath(__file__))
DATA = os.path.join(os.environ.get("VASPFLOW_SHARED",
                                   os.path.join(HERE, "..", "..", "..", "..", "..", "..", "shared")), "data")


def load(rel):
    if rel.startswith("repo:"):
        return Structure.from_file(os.path.join(HERE, "../../../../..", rel[5:]))
    if rel.startswith("local:"):
        return Structure.from_file(os.path.join(HERE, rel[6:]))
    p = os.path.join(DATA, rel)
    if "vasprun" in p:
        return Vasprun(p, parse_dos=False, parse_eigen=False, parse_potcar_file=False).final_structure
    return Structure.from_file(p)


def thickness(slab):
    n = np.cross(slab.lattice.matrix[0], slab.lattice.matrix[1])
    n /= np.linalg.norm(n)
    proj = slab.cart_coords @ n
    return float(proj.max() - proj.min())


def c_height(slab):
    n = np.cross(slab.lattice.matrix[0], slab.lattice.matrix[1])
    return float(abs(slab.lattice.matrix[2] @ (n / np.linalg.norm(n))))


def describe(slab, sites):
    d = {"shift": float(slab.shift), "natoms": len(slab), "formula": slab.composition.formula,
         "surface_area": float(slab.surface_area), "thickness": thickness(slab),
         "is_symmetric": bool(slab.is_symmetric())}
    if sites:
        ads = AdsorbateSiteFinder(slab).find_adsorption_sites()
        d["sites"] = {k: len(ads[k]) for k in ("ontop", "bridge", "hollow")}
    return d


CASES = [
    ("vasp/oso2-rutile/vasprun.xml.gz", [(1, 1, 0), (1, 0, 0), (0, 0, 1), (1, 0, 1)]),
    ("errors/zpotrf/POSCAR", [(0, 0, 1), (1, 0, 0), (1, 0, 4)]),
    ("lobster/nacl-v51-lcfo/POSCAR", [(1, 0, 0), (1, 1, 0), (1, 1, 1)]),
    ("lobster/fe-spin-lobster2/POSCAR", [(1, 0, 0), (1, 1, 0), (1, 1, 1)]),
    ("local:cu-fcc.POSCAR", [(1, 0, 0), (1, 1, 0), (1, 1, 1), (2, 1, 1)]),
    ("repo:examples/structures/NaRuO2-O3.vasp", [(1, 0, 4), (0, 0, 1), (1, 1, 0)]),
]

# SlabGenerator(bulk, hkl, n_slab, n_vac, center_slab=True, in_unit_planes=True).get_slabs(): natoms, c along the normal, thickness
PLANE_CASES = [
    ("local:cu-fcc.POSCAR", (1, 1, 1), 4, 3),
    ("vasp/oso2-rutile/vasprun.xml.gz", (1, 1, 0), 3, 4),
    ("errors/zpotrf/POSCAR", (0, 0, 1), 2, 2),
]


def main():
    cu = Structure.from_spacegroup("Fm-3m", Lattice.cubic(3.615), ["Cu"], [[0, 0, 0]])
    Poscar(cu, comment="Cu fcc a=3.615 (constructed, Fm-3m conventional)").write_file(os.path.join(HERE, "cu-fcc.POSCAR"))
    out = []
    for rel, hkls in CASES:
        bulk = load(rel)
        for hkl in hkls:
            gen = SlabGenerator(bulk, hkl, 10, 10, center_slab=True)
            rec = {"structure": rel, "hkl": list(hkl), "bulk_natoms": len(bulk),
                   "scale_factor": gen.slab_scale_factor.tolist(),
                   "ouc_natoms": len(gen.oriented_unit_cell), "proj_height": float(gen._proj_height),
                   "shifts": [float(s) for s in gen._calculate_possible_shifts()]}
            rec["slabs"] = [describe(s, True) for s in gen.get_slabs()]
            rec["symmetric_slabs"] = [describe(s, False) for s in gen.get_slabs(symmetrize=True)]
            out.append(rec)
            print(rel, hkl, len(rec["slabs"]), len(rec["symmetric_slabs"]), file=sys.stderr)
    planes = []
    for rel, hkl, nslab, nvac in PLANE_CASES:
        bulk = load(rel)
        gen = SlabGenerator(bulk, hkl, nslab, nvac, center_slab=True, in_unit_planes=True)
        slabs = gen.get_slabs()
        planes.append({"structure": rel, "hkl": list(hkl), "min_slab_planes": nslab, "min_vacuum_planes": nvac,
                       "slabs": [{"natoms": len(x), "c_height": c_height(x), "thickness": thickness(x)} for x in slabs]})
    json.dump({"generator": "pymatgen 2022.11.7 (Debian)", "cases": out, "in_unit_planes": planes}, sys.stdout, indent=1)


if __name__ == "__main__":
    main()
