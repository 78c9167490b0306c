#!/usr/bin/python3
"""Independent sigma/pi sums of orbital-wise ICOHPLIST files for IcohpOrbitalGroupsTest (plain Python text parsing:
pymatgen 2022.11.7 does not read the orbital-wise rows). Run from the repository root:

    python3 analysis/src/test/resources/bonding/generate_orbital_groups_reference.py ../shared

sigma = sum of terms (eg, p) or (p, eg); pi = sum of terms (t2g, p) or (p, t2g); eg = d_z^2, d_x^2-y^2;
t2g = d_xy, d_yz, d_xz; p = p_x, p_y, p_z. Spin 'total' = up + down. Bonds up to max_length only.
"""
import gzip
import json
import re
import sys

shared = sys.argv[1] if len(sys.argv) > 1 else "../shared"
D = shared + "/data/lobster/"
EG = {"d_z^2", "d_x^2-y^2"}
T2G = {"d_xy", "d_yz", "d_xz"}
P = {"p_x", "p_y", "p_z"}


def kind(orb):
    o = re.sub(r"^\d+", "", orb.split("_", 1)[1])
    return "eg" if o in EG else "t2g" if o in T2G else "p" if o in P else "other"


def read(path):
    spin = -1
    bonds = {}
    with (gzip.open(path, "rt") if path.endswith(".gz") else open(path)) as fh:
        for line in fh:
            if "COHP#" in line:
                spin += 1
                continue
            t = line.split()
            if len(t) < 8:
                continue
            label, a, b, val = t[0], t[1], t[2], float(t[7])
            bond = bonds.setdefault(label, {"atoms": None, "length": float(t[3]), "terms": {}, "total": [0, 0]})
            if "_" not in a:
                bond["atoms"] = (a, b)
                bond["total"][spin] = val
            else:
                bond["terms"].setdefault((a, b), [0, 0])[spin] = val
    return bonds, spin + 1


def groups(path, spin_name, max_length):
    bonds, nspin = read(D + path)
    rows = []
    for label, b in bonds.items():
        if b["length"] > max_length:
            continue
        idx = [0] if spin_name == "up" or nspin == 1 else [1] if spin_name == "down" else [0, 1]
        s = p = 0.0
        for (o1, o2), v in b["terms"].items():
            k = {kind(o1), kind(o2)}
            val = sum(v[i] for i in idx)
            if k == {"eg", "p"}:
                s += val
            elif k == {"t2g", "p"}:
                p += val
        rows.append({"label": label, "sigma": s, "pi": p, "total": sum(b["total"][i] for i in idx)})
    return {"file": path, "spin": spin_name, "max_length": max_length, "bonds": rows}


cases = [groups("reo3-orbitalwise/ICOHPLIST.lobster.mp-190.gz", "total", 2.0),
         groups("ag2o-orbitalwise/ICOHPLIST.lobster.mp-353.gz", "total", 2.1),
         groups("lif-spin-lobster41/ICOHPLIST.lobster", "up", 99.0),
         groups("lif-spin-lobster41/ICOHPLIST.lobster", "total", 99.0)]
with open("analysis/src/test/resources/bonding/orbital-groups-reference.json", "w") as fh:
    json.dump({"generator": "generate_orbital_groups_reference.py", "cases": cases}, fh, indent=1)
for c in cases:
    print(c["file"], c["spin"], len(c["bonds"]), c["bonds"][:2])
