package org.vaspflow.io.vasp.xml;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.vaspflow.io.parse.Completeness;
import org.vaspflow.io.structure.Structure;
import org.vaspflow.io.vasp.Dos;

/**
 * What a vasprun.xml holds, as read by {@link VasprunReader}. Bulk numbers are flat primitive arrays with their
 * shape given alongside; optional blocks (DOS, eigenvalues, projections) are empty when the file had none or the
 * reader was asked to skip them.
 *
 * @param generator {@code <generator>} items (program, version, subversion, platform, date, time)
 * @param incar {@code <incar>} items, typed (Long, Double, Boolean, String, double[])
 * @param parameters {@code <parameters>} items from every separator, typed the same way
 * @param kpoints k-point list (reduced coordinates) and weights, and the generation mode when written
 * @param atomSymbols element symbol of each site in POSCAR order ({@code <atominfo>})
 * @param atomTypes the {@code atomtypes} rows: one per POTCAR species (an element may appear twice)
 * @param initialStructure {@code <structure name="initialpos">}
 * @param finalStructure {@code <structure name="finalpos">}, or the last ionic step's structure of a truncated file
 * @param ionicSteps every complete {@code <calculation>}
 * @param eigenvalues eigenvalues and occupations of the last calculation that wrote them
 * @param dos total and projected DOS of the last calculation that wrote them
 * @param projected projected eigenvalues (PROCAR content) of the last calculation that wrote them
 * @param completeness whether the file ended with {@code </modeling>}; the damage position otherwise
 */
public record Vasprun(Map<String, String> generator, Map<String, Object> incar, Map<String, Object> parameters,
        Kpoints kpoints, List<String> atomSymbols, List<AtomType> atomTypes, Structure initialStructure,
        Optional<Structure> finalStructure, List<IonicStep> ionicSteps, Optional<Eigenvalues> eigenvalues,
        Optional<Dos> dos, Optional<ProjectedEigenvalues> projected, Completeness completeness)
        implements Completeness.Flagged {

    /** One {@code <rc>} of {@code <array name="atomtypes">}: count, element, mass, valence, POTCAR title. */
    public record AtomType(int count, String element, double massAmu, double valenceElectrons, String pseudopotential) {
    }

    /** K-points: reduced coordinates (flat, 3 per point), weights, and the generation style (empty for explicit). */
    public record Kpoints(double[] reducedCoords, double[] weights, String generationStyle, int[] divisions) {
        public int count() {
            return weights.length;
        }
    }

    /** One SCF iteration's energies (eV); NaN where VASP wrote {@code ****}. */
    public record ElectronicStep(double eFrEnergyEv, double eWoEntrpEv, double e0EnergyEv) {
    }

    /**
     * One ionic step ({@code <calculation>}): structure, forces (eV/Å, flat n×3), stress (kB, flat 3×3), the three
     * energies VASP writes after the SCF, and its electronic steps.
     */
    public record IonicStep(Structure structure, double[] forcesEvPerAngstrom, double[] stressKbar,
            double eFrEnergyEv, double eWoEntrpEv, double e0EnergyEv, List<ElectronicStep> electronicSteps) {
        /** Largest force norm, eV/Å; NaN without forces. */
        public double maxForceNorm() {
            double max = Double.NaN;
            for (int i = 0; i + 2 < forcesEvPerAngstrom.length; i += 3) {
                double f = Math.sqrt(forcesEvPerAngstrom[i] * forcesEvPerAngstrom[i]
                        + forcesEvPerAngstrom[i + 1] * forcesEvPerAngstrom[i + 1]
                        + forcesEvPerAngstrom[i + 2] * forcesEvPerAngstrom[i + 2]);
                max = Double.isNaN(max) ? f : Math.max(max, f);
            }
            return max;
        }
    }

    /**
     * Eigenvalues (eV) and occupations, flat in the order [spin][kpoint][band].
     */
    public record Eigenvalues(int nSpins, int nKpoints, int nBands, double[] energiesEv, double[] occupations) {
        public double energy(int spin, int kpoint, int band) {
            return energiesEv[(spin * nKpoints + kpoint) * nBands + band];
        }

        public double occupation(int spin, int kpoint, int band) {
            return occupations[(spin * nKpoints + kpoint) * nBands + band];
        }
    }

    /** Projected eigenvalues, flat [spin][kpoint][band][ion][orbital], as float to halve memory. */
    public record ProjectedEigenvalues(int nSpins, int nKpoints, int nBands, int nIons, List<String> orbitals,
            float[] weights) {
    }

    /** VASP's version string ({@code 5.3.5}), trimmed. */
    public String vaspVersion() {
        return generator.getOrDefault("version", "").strip();
    }

    /** An integer from parameters (then incar), or the default. */
    public long parameterLong(String name, long defaultValue) {
        Object v = parameters.containsKey(name) ? parameters.get(name) : incar.get(name);
        return v instanceof Number n ? n.longValue() : defaultValue;
    }

    /** A number from parameters (then incar), or NaN. */
    public double parameterDouble(String name) {
        Object v = parameters.containsKey(name) ? parameters.get(name) : incar.get(name);
        return v instanceof Number n ? n.doubleValue() : Double.NaN;
    }

    /**
     * pymatgen's {@code Vasprun.final_energy} (2022.11.7): the last ionic step's e_0_energy, unless it differs by
     * more than 1e-7 eV from e_fr_energy(ionic) + (e_0_energy − e_fr_energy)(last electronic step) rounded to 8
     * decimals, in which case that corrected value. This works around VASP 5.x writing a wrong ionic e_0_energy
     * (often 0.0) into vasprun.xml (VASP forum topic 16942). NaN when there is no ionic step.
     */
    public double finalEnergyEv() {
        if (ionicSteps.isEmpty()) {
            return Double.NaN;
        }
        IonicStep last = ionicSteps.get(ionicSteps.size() - 1);
        double total = last.e0EnergyEv();
        if (last.electronicSteps().isEmpty()) {
            return total;
        }
        ElectronicStep e = last.electronicSteps().get(last.electronicSteps().size() - 1);
        double fixed = roundTo8(e.e0EnergyEv() - e.eFrEnergyEv() + last.eFrEnergyEv());
        return Math.abs(total - fixed) > 1e-7 ? fixed : total;
    }

    private static double roundTo8(double x) {
        // numpy.round(x, 8): round half to even on x·1e8
        return Math.rint(x * 1e8) / 1e8;
    }

    /** pymatgen: the final ionic step took fewer electronic steps than NELM. */
    public boolean convergedElectronic() {
        if (ionicSteps.isEmpty()) {
            return false;
        }
        int n = ionicSteps.get(ionicSteps.size() - 1).electronicSteps().size();
        return n < parameterLong("NELM", 60);
    }

    /** pymatgen: NSW ≤ 1, or the run stopped before NSW ionic steps. */
    public boolean convergedIonic() {
        long nsw = parameterLong("NSW", 0);
        return nsw <= 1 || ionicSteps.size() < nsw;
    }

    /** The structure pymatgen calls final_structure: finalpos, else the last ionic step's, else initialpos. */
    public Structure lastStructure() {
        if (finalStructure.isPresent()) {
            return finalStructure.get();
        }
        return ionicSteps.isEmpty() ? initialStructure : ionicSteps.get(ionicSteps.size() - 1).structure();
    }

    /** E-fermi from the DOS block, NaN when none. */
    public double efermiEv() {
        return dos.map(Dos::efermiEv).orElse(Double.NaN);
    }
}
