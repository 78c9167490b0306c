#!/usr/bin/python3
"""Reference pDOS sums and Gaussian-smeared pDOS computed with pymatgen 2022.11.7 (Debian python3-pymatgen,
scipy 1.10) from files of ../shared/data, for PdosPymatgenTest. Run from the repository root:

    /usr/bin/python3 analysis/src/test/resources/pdos/generate_pdos_reference.py ../shared

writes analysis/src/test/resources/pdos/pdos-reference.json. Calls used:
  Vasprun(path, parse_potcar_file=False).complete_dos
  pymatgen.io.lobster.Doscar(doscar=path, structure_file=CONTCAR).completedos
  CompleteDos.get_element_spd_dos(el)[OrbitalType.X]          element + orbital type
  CompleteDos.get_site_spd_dos(site)[OrbitalType.X]           site + orbital type
  CompleteDos.get_site_t2g_eg_resolved_dos(site)['t2g'|'e_g'] (VASP) / sum of get_site_orbital_dos (LOBSTER)
  CompleteDos.get_site_orbital_dos(site, Orbital.dxy | '3d_xy')
  Dos.get_smeared_densities(sigma)                            Gaussian broadening
Electrons up to E-fermi are numpy.trapz on the grid with eps <= 0 plus the last interval cut at 0 by linear
interpolation (an independent numpy implementation, pymatgen has no such call).
"""
import json
import sys

import numpy as np
from pymatgen.electronic_structure.core import Orbital, OrbitalType, Spin
from pymatgen.io.lobster import Doscar
from pymatgen.io.vasp import Vasprun

shared = sys.argv[1] if len(sys.argv) > 1 else "../shared"
D = shared + "/data/"

SIGMAS = [0.05, 0.2]


def n_to_fermi(eps, rho):
    eps = np.asarray(eps)
    rho = np.asarray(rho)
    keep = eps <= 0
    x = list(eps[keep])
    y = list(rho[keep])
    i = int(np.sum(keep))
    if 0 < i < len(eps) and eps[i - 1] < 0:
        x.append(0.0)
        y.append(float(np.interp(0.0, eps[i - 1:i + 1], rho[i - 1:i + 1])))
    return float(np.trapz(y, x)) if len(x) > 1 else 0.0


def add(dens_a, dens_b):
    if dens_a is None:
        return {s: np.array(v, dtype=float) for s, v in dens_b.items()}
    return {s: dens_a[s] + np.asarray(dens_b[s]) for s in dens_a}


def record(label, dos_obj_densities, energies, eps, make_smeared):
    out = []
    n = len(eps)
    idx = sorted(set([n // 7 * k for k in range(1, 7)]))
    for spin_name, spin in (("up", Spin.up), ("down", Spin.down)):
        if spin not in dos_obj_densities:
            continue
        rho = np.asarray(dos_obj_densities[spin], dtype=float)
        entry = {"selection": label + ":" + spin_name, "sum": float(np.sum(rho)), "argmax": int(np.argmax(rho)),
                 "indices": idx + [int(np.argmax(rho))],
                 "values": [float(rho[i]) for i in idx + [int(np.argmax(rho))]],
                 "electrons_to_fermi": n_to_fermi(eps, rho), "smeared": {}}
        for sigma in SIGMAS:
            sm = np.asarray(make_smeared(sigma)[spin], dtype=float)
            entry["smeared"][str(sigma)] = {"sum": float(np.sum(sm)),
                                            "values": [float(sm[i]) for i in entry["indices"]]}
        out.append(entry)
    return out


def dos_of(densities, energies, efermi):
    from pymatgen.electronic_structure.dos import Dos
    return Dos(efermi, energies, densities)


def case_vasprun(rel, selections):
    v = Vasprun(D + rel, parse_potcar_file=False, parse_eigen=False)
    cdos = v.complete_dos
    energies = np.asarray(cdos.energies)
    eps = energies - cdos.efermi
    st = cdos.structure
    res = []
    for label, kind, who, orb in selections:
        dens = None
        sites = [i for i, s in enumerate(st) if s.specie.symbol == who] if kind == "el" else [who]
        if kind == "el" and orb in ("s", "p", "d"):
            dens = cdos.get_element_spd_dos(who)[OrbitalType[orb]].densities
        else:
            for i in sites:
                if orb in ("s", "p", "d"):
                    d = cdos.get_site_spd_dos(st[i])[OrbitalType[orb]].densities
                elif orb in ("t2g", "eg"):
                    d = cdos.get_site_t2g_eg_resolved_dos(st[i])["t2g" if orb == "t2g" else "e_g"].densities
                else:
                    d = cdos.get_site_orbital_dos(st[i], Orbital[orb]).densities
                dens = add(dens, d)
        res += record(label, dens, energies, eps,
                      lambda sg, dd=dens: dos_of(dd, energies, cdos.efermi).get_smeared_densities(sg))
    return {"file": rel, "efermi": cdos.efermi, "eps_first_last": [float(eps[0]), float(eps[-1])],
            "n_energies": len(energies), "curves": res}


LOB_T2G = ["d_xy", "d_yz", "d_xz"]
LOB_EG = ["d_z^2", "d_x^2-y^2"]


def case_lobster(rel, struct_rel, selections):
    dsc = Doscar(doscar=D + rel, structure_file=D + struct_rel)
    cdos = dsc.completedos
    energies = np.asarray(dsc.energies)
    eps = energies  # already E - E_F
    st = cdos.structure
    res = []
    for label, kind, who, orb in selections:
        sites = [i for i, s in enumerate(st) if s.specie.symbol == who] if kind == "el" else [who]
        dens = None
        if kind == "el" and orb in ("s", "p", "d"):
            dens = cdos.get_element_spd_dos(who)[OrbitalType[orb]].densities
        else:
            for i in sites:
                names = list(dsc.pdos[i].keys())
                if orb in ("s", "p", "d"):
                    pick = [nm for nm in names if nm[1] == orb]
                elif orb in ("t2g", "eg"):
                    pick = [nm for nm in names if nm[1:] in (LOB_T2G if orb == "t2g" else LOB_EG)]
                else:
                    pick = [nm for nm in names if nm[1:] == orb]
                for nm in pick:
                    dens = add(dens, cdos.get_site_orbital_dos(st[i], nm).densities)
        res += record(label, dens, energies, eps,
                      lambda sg, dd=dens: dos_of(dd, energies, 0.0).get_smeared_densities(sg))
    return {"file": rel, "efermi_pymatgen": dsc.tdos.efermi, "eps_first_last": [float(eps[0]), float(eps[-1])],
            "n_energies": len(energies), "curves": res}


cases = [
    case_vasprun("vasp/lifepo4-spin/vasprun.xml.gz",
                 [("Fe:d", "el", "Fe", "d"), ("O:p", "el", "O", "p"), ("Fe:t2g", "el", "Fe", "t2g"),
                  ("Fe:eg", "el", "Fe", "eg"), ("Fe:dxy", "el", "Fe", "dxy"), ("1:d", "site", 1, "d"),
                  ("0:s", "site", 0, "s")]),
    case_vasprun("vasp/k4sn4o6-spin-doscar-procar/vasprun.xml",
                 [("Sn:d", "el", "Sn", "d"), ("O:p", "el", "O", "p"), ("K:s", "el", "K", "s")]),
    case_vasprun("vasp/ir16-h-slab/vasprun.xml.gz",
                 [("Ir:d", "el", "Ir", "d"), ("Ir:eg", "el", "Ir", "eg"), ("1:dz2", "site", 1, "dz2")]),
    case_lobster("lobster/gaas-spin-emmet/DOSCAR.lobster.gz", "lobster/gaas-spin-emmet/CONTCAR.gz",
                 [("Ga:d", "el", "Ga", "d"), ("As:p", "el", "As", "p"), ("Ga:t2g", "el", "Ga", "t2g"),
                  ("0:s", "site", 0, "s")]),
    case_lobster("lobster/nacl-comp-range/DOSCAR.lobster.gz", "lobster/nacl-comp-range/CONTCAR.gz",
                 [("Na:s", "el", "Na", "s"), ("Cl:p", "el", "Cl", "p")]),
]
out = {"generator": "generate_pdos_reference.py", "pymatgen": "2022.11.7", "sigmas_eV": SIGMAS, "cases": cases}
with open("analysis/src/test/resources/pdos/pdos-reference.json", "w") as fh:
    json.dump(out, fh, indent=1)
print("wrote", sum(len(c["curves"]) for c in cases), "curves")
