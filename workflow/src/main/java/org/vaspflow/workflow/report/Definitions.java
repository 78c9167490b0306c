package org.vaspflow.workflow.report;

import java.util.List;

/** Definitions of every quantity the report shows; each number's {@link Provenance} names one of these ids. */
public final class Definitions {
    /** Final energy (and per atom). */
    public static final Definition ENERGY = new Definition("energy", "Final energy",
            "E = e_0_energy (energy(sigma→0)) of the last electronic step of the last ionic step in vasprun.xml, "
            + "eV — pymatgen's Vasprun.final_energy (2022.11.7), including its VASP 5.x e_0 workaround; "
            + "E/atom = E / number of sites of the final structure. Without a complete vasprun.xml: E0 of the "
            + "last ionic step of OSZICAR, as stored by the engine after retrieval.",
            "pymatgen.io.vasp.outputs.Vasprun.final_energy");
    /** OUTCAR moments. */
    public static final Definition MAGNETIZATION = new Definition("magnetization", "Magnetic moments",
            "Per site: the 'tot' column of the last 'magnetization (x)' table of OUTCAR (moments integrated in "
            + "the PAW spheres, μB; needs LORBIT). Total: the M of the last 'number of electron N magnetization M' "
            + "line of OUTCAR (whole cell, μB).",
            "pymatgen.io.vasp.outputs.Outcar.magnetization and total_mag");
    /** Metal–oxygen first shell. */
    public static final Definition MO_BONDS = new Definition("mo-bonds", "M–O bond lengths",
            "For every site of a metal element M (every element but H, He, B, C, N, O, F, Ne, Si, P, S, Cl, Ar, "
            + "Ge, As, Se, Br, Kr, Sb, Te, I, Xe, At, Rn) of the final structure (vasprun.xml final_structure, else "
            + "CONTCAR): its oxygen neighbours, periodic images included, at distance d ≤ min((1 + 0.2)·d_min, "
            + "3.0 Å), d_min being that site's shortest M–O distance (a first coordination shell, as pymatgen's "
            + "MinimumDistanceNN with tol = 0.2 restricted to O). Per element: number of sites, of bonds, and the "
            + "mean, min and max over all those bonds (Å).",
            "neighbours: vaspflow NeighborList (pymatgen Structure.get_all_neighbors conventions); shell rule: "
            + "pymatgen.analysis.local_env.MinimumDistanceNN");
    /** d-band moments. */
    public static final Definition DBAND = new Definition("dband", "d-band centre",
            "Centre ε_d = ∫ε ρ_d(ε) dε / ∫ρ_d(ε) dε and width = √(∫(ε−ε_d)² ρ_d dε / ∫ρ_d dε), with ε = E − E_fermi "
            + "(E_fermi of vasprun.xml's DOS block), ρ_d the d-projected DOS summed over every site of the element, "
            + "every d orbital and both spins, integrated by the trapezoid rule over the whole energy grid "
            + "(pymatgen's default window); filling = occupied (ε ≤ 0) fraction of ∫ρ_d over the whole grid.",
            "Hammer & Nørskov, Surf. Sci. 343, 211 (1995); as pymatgen 2022.11.7 CompleteDos.get_band_center / "
            + "get_band_width / get_band_filling");
    /** ICOHP per pair. */
    public static final Definition ICOHP = new Definition("icohp", "ICOHP per element pair",
            "Every bond listed in ICOHPLIST.lobster counts once (legacy 'avg. over # bonds' is not used as a "
            + "weight); a pair is named by its two elements, the less electronegative first; per pair: count, sum "
            + "and mean of LOBSTER's ICOHP (eV, integrated up to E_fermi, sign as LOBSTER writes it: negative = "
            + "bonding), spin channels added (up + down), and the bond-length range (Å).",
            "Dronskowski & Blöchl, J. Phys. Chem. 97, 8617 (1993); Deringer et al., J. Phys. Chem. A 115, 5461 "
            + "(2011); aggregation as LobsterPy/pymatgen Icohplist");
    /** Calculation states and history. */
    public static final Definition HISTORY = new Definition("history", "States and history",
            "Every state change of a calculation is one row of the store's history table (from, to, UTC time, "
            + "reason, attempt). Errors detected: the ids (custodian's names) in the 'errors […]' of a failed "
            + "attempt; corrections: the 'corrected ID step N (…)' rows written by recovery before the next attempt.",
            "vaspflow store (docs/workflow.md)");

    /** Free-energy diagrams. */
    public static final Definition FREE_ENERGY = new Definition("free-energy", "Free-energy diagrams",
            "ΔG_i = ΣG(products) − ΣG(reactants) per step, G = E_DFT + ZPE − TS (tables of the pathway file); for an "
            + "electrochemical step with n transferred ion–electron pairs ΔG_i(U) = ΔG_i(0) ± n·e·U (computational "
            + "hydrogen electrode, or the Na+/Na couple); U_eq = −ΣΔG_i/Σn_i over electrochemical steps; limiting "
            + "potentials: the lowest (reduction, discharge) and highest (oxidation, charge) of −ΔG_i/n_i; "
            + "overpotentials measured from U_eq (docs/free-energy.md).",
            "Nørskov et al., J. Phys. Chem. B 108, 17886 (2004); Hummelshøj et al., J. Chem. Phys. 132, 071101 "
            + "(2010); Man et al., ChemCatChem 3, 1159 (2011)");

    /** Every definition, in the order the report lists them. */
    public static final List<Definition> ALL = List.of(ENERGY, MAGNETIZATION, MO_BONDS, DBAND, ICOHP, FREE_ENERGY,
            HISTORY);

    private Definitions() {
    }
}
