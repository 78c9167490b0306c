#!/usr/bin/python3
"""Independent (numpy) integrals of COHPCAR curves up to E-fermi, and the ICOHPLIST value of the same bond, for
CohpCurvesTest. Run from the repository root:

    /usr/bin/python3 analysis/src/test/resources/bonding/generate_cohp_reference.py ../shared

Curves parsed with numpy from the text (columns: E, then per set pCOHP, ICOHP; spin 2 after all sets of spin 1);
window = numpy.trapz of pCOHP over E <= 0 plus the last interval cut at 0 (linear interpolation);
below = the ICOHP column at the first grid point; column = numpy.interp(0, E, ICOHP column).
ICOHPLIST values by pymatgen 2022.11.7: Icohplist(filename).icohplist[label]['icohp'][Spin].
"""
import gzip
import json
import sys

import numpy as np
from pymatgen.electronic_structure.core import Spin
from pymatgen.io.lobster import Icohplist

shared = sys.argv[1] if len(sys.argv) > 1 else "../shared"
D = shared + "/data/lobster/"


def op(p):
    return gzip.open(p, "rt") if p.endswith(".gz") else open(p)


def window(e, c):
    keep = e <= 0
    x = list(e[keep])
    y = list(c[keep])
    i = int(keep.sum())
    if e[i - 1] < 0:
        x.append(0.0)
        y.append(float(np.interp(0, e[i - 1:i + 1], c[i - 1:i + 1])))
    return float(np.trapz(y, x))


def case(folder, cohpcar, icohplist, labels):
    lines = op(D + folder + "/" + cohpcar).read().splitlines()
    h = lines[1].split()
    nsets, ns, n = int(h[0]), int(h[1]), int(h[2])
    names = ["average"] + [l.split(":")[0][3:] for l in lines[3:2 + nsets]]
    data = np.array([list(map(float, l.split())) for l in lines[2 + nsets:2 + nsets + n]])
    e = data[:, 0]
    ic = Icohplist(filename=D + folder + "/" + icohplist).icohplist
    out = []
    for label in labels:
        k = next(i for i, nm in enumerate(names) if nm == label)
        per = {}
        for s in range(ns):
            per[s] = (data[:, 1 + 2 * nsets * s + 2 * k], data[:, 2 + 2 * nsets * s + 2 * k])
        spins = {"up": [0]} if ns == 1 else {"up": [0], "down": [1], "total": [0, 1]}
        for sp, idx in spins.items():
            c = sum(per[s][0] for s in idx)
            col = sum(per[s][1] for s in idx)
            r = {"label": label, "spin": sp, "window": window(e, c), "below": float(col[0]),
                 "column": float(np.interp(0, e, col)), "sum_of_curve": float(np.sum(c))}
            if label != "average":
                v = ic[label]["icohp"]
                r["icohplist"] = float(v[Spin.up] + v[Spin.down]) if sp == "total" else \
                    float(v[Spin.up if sp == "up" else Spin.down])
            out.append(r)
    return {"folder": folder, "cohpcar": cohpcar, "icohplist": icohplist, "grid_step": float(e[1] - e[0]),
            "curves": out}


EG = {"d_z^2", "d_x^2-y^2"}
T2G = {"d_xy", "d_yz", "d_xz"}
P = {"p_x", "p_y", "p_z"}


def kind(basis):
    b = basis.lstrip("0123456789")
    return "eg" if b in EG else "t2g" if b in T2G else "p" if b in P else "other"


def orbital_groups(folder, cohpcar, bond):
    """sigma / pi curves of one bond of an orbital-wise COHPCAR: sums of its [orb]->[orb] columns (spin 1)."""
    lines = op(D + folder + "/" + cohpcar).read().splitlines()
    h = lines[1].split()
    nsets, n = int(h[0]), int(h[2])
    labels = lines[2:2 + nsets]
    data = np.array([list(map(float, l.split())) for l in lines[2 + nsets:2 + nsets + n]])
    e = data[:, 0]
    out = []
    for group, other in (("sigma", "eg"), ("pi", "t2g")):
        c = np.zeros(n)
        col = np.zeros(n)
        count = 0
        for k, lab in enumerate(labels):
            if not lab.startswith("No.%s:" % bond) or "[" not in lab:
                continue
            o1 = lab.split("[")[1].split("]")[0]
            o2 = lab.split("[")[2].split("]")[0]
            if {kind(o1), kind(o2)} == {other, "p"}:
                c += data[:, 1 + 2 * k]
                col += data[:, 2 + 2 * k]
                count += 1
        out.append({"label": "%s:%s" % (bond, group), "spin": "up", "sets": count, "window": window(e, c),
                    "below": float(col[0]), "column": float(np.interp(0, e, col)), "sum_of_curve": float(np.sum(c))})
    return out


cases = [case("nacl-comp-range", "COHPCAR.lobster.gz", "ICOHPLIST.lobster.gz", ["average", "1", "21"]),
         case("gaas-spin-emmet", "COHPCAR.lobster.gz", "ICOHPLIST.lobster.gz", ["average", "1", "5"]),
         case("nacl-spin", "COHPCAR.lobster.gz", "ICOHPLIST.lobster.gz", ["1", "30"]),
         case("fe-spin-lobster2", "COHPCAR.lobster.gz", "ICOHPLIST.lobster", ["average", "1", "2"])]
groups = {"folder": "reo3-orbitalwise", "cohpcar": "COHPCAR.lobster.mp-190.gz",
          "curves": orbital_groups("reo3-orbitalwise", "COHPCAR.lobster.mp-190.gz", "28")}
with open("analysis/src/test/resources/bonding/cohp-reference.json", "w") as fh:
    json.dump({"generator": "generate_cohp_reference.py", "cases": cases, "orbital_groups": groups}, fh, indent=1)
print(groups)
for c in cases:
    for r in c["curves"]:
        print(c["folder"], c["grid_step"], r["label"], r["spin"], "trapz+below %.5f column %.5f list %s" % (
            r["window"] + r["below"], r["column"], r.get("icohplist")))
