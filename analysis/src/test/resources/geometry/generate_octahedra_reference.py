#!/usr/bin/python3
"""Independent reference values for OctahedralFrameTest (pymatgen 2022.11.7 structure and neighbours, scipy
ConvexHull volume). Run from the repository root:

    /usr/bin/python3 analysis/src/test/resources/geometry/generate_octahedra_reference.py ../shared

Definitions (Robinson, Gibbs & Ribbe, Science 172, 567 (1971)): l0 = (3V/4)^(1/3) with V the convex-hull volume
of the six ligands; <lambda> = mean (l_i/l0)^2; sigma^2 = sum over the 12 cis angles (the 12 smallest of the 15
L-M-L angles) of (theta - 90)^2 / 11.
"""
import json
import sys

import numpy as np
from pymatgen.core import Structure
from scipy.spatial import ConvexHull

shared = sys.argv[1] if len(sys.argv) > 1 else "../shared"
D = shared + "/data/"


def octa(rel, center, ligand):
    s = Structure.from_file(D + rel)
    nb = [n for n in s.get_neighbors(s[center], 4.0) if n.specie.symbol == ligand]
    nb.sort(key=lambda n: n.nn_distance)
    nb = nb[:6]
    vec = np.array([n.coords - s[center].coords for n in nb])
    lengths = np.linalg.norm(vec, axis=1)
    vol = ConvexHull(vec).volume
    l0 = (3 * vol / 4) ** (1 / 3)
    lam = float(np.mean((lengths / l0) ** 2))
    ang = []
    for i in range(6):
        for j in range(i + 1, 6):
            c = np.dot(vec[i], vec[j]) / lengths[i] / lengths[j]
            ang.append(np.degrees(np.arccos(np.clip(c, -1, 1))))
    cis = sorted(ang)[:12]
    var = float(sum((a - 90) ** 2 for a in cis) / 11)
    return {"file": rel, "center": center, "ligand": ligand, "bond_lengths_sorted": sorted(lengths.tolist()),
            "volume": float(vol), "quadratic_elongation": lam, "bond_angle_variance": var,
            "cis_angles_sorted": cis}


cases = [octa("lobster/reo3-orbitalwise/CONTCAR.mp-190.gz", 0, "O"),
         octa("lobster/batio3/CONTCAR.gz", 1, "O"),
         octa("vasp/mno2-spinel-host-outcar/CONTCAR", 0, "O")]
with open("analysis/src/test/resources/geometry/octahedra-reference.json", "w") as fh:
    json.dump({"generator": "generate_octahedra_reference.py", "pymatgen": "2022.11.7", "cases": cases}, fh, indent=1)
for c in cases:
    print(c["file"], c["quadratic_elongation"], c["bond_angle_variance"], c["bond_lengths_sorted"])
