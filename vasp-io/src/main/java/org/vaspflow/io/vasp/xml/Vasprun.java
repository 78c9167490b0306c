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

    /**
     * K-points: reduced coordinates (flat, 3 per point), weights, and the {@code <generation param=…>} text (empty
     * for an explicit list) with its divisions.
     */
    public record Kpoints(double[] reducedCoords, double[] weights, String generationStyle, int[] divisions) {
        public int count() {
            return weights.length;
        }

        /**
         * pymatgen's {@code Kpoints.supported_modes.from_string} of the generation text: the mode whose name starts
         * with the same letter (Gamma, Monkhorst, Automatic, Line_mode, Cartesian, Reciprocal); Reciprocal for an
         * explicit list.
         */
        public String style() {
            String g = generationStyle.strip().toLowerCase(java.util.Locale.ROOT);
            for (String mode : List.of("Automatic", "Gamma", "Monkhorst", "Line_mode", "Cartesian", "Reciprocal")) {
                if (!g.isEmpty() && Character.toLowerCase(mode.charAt(0)) == g.charAt(0)) {
                    return mode;
                }
            }
            return "Reciprocal";
        }
    }

    /**
     * One SCF iteration's energies (eV); NaN where VASP wrote {@code ****}. {@code totalsOnly}: its
     * {@code <energy>} held just these three, as the response-function steps of a LEPSILON run do.
     */
    public record ElectronicStep(double eFrEnergyEv, double eWoEntrpEv, double e0EnergyEv, boolean totalsOnly) {
    }

    /** pymatgen's {@code eigenvalue_band_properties}: gap, CBM, VBM (eV) and whether VBM and CBM share a k-point. */
    public record BandProperties(double bandGapEv, double cbmEv, double vbmEv, boolean direct) {
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

    /**
     * pymatgen's {@code converged_electronic}: the last ionic step took fewer electronic steps than NELM. For a
     * LEPSILON run (INCAR) pymatgen counts from the second step the steps whose energy block holds only the three
     * totals (the linear-response iterations) and calls the run converged when that count + 1 differs from NELM;
     * where pymatgen would fail with an IndexError (every later step is such a step) the count simply stops.
     */
    public boolean convergedElectronic() {
        if (ionicSteps.isEmpty()) {
            return false;
        }
        List<ElectronicStep> steps = ionicSteps.get(ionicSteps.size() - 1).electronicSteps();
        long nelm = parameterLong("NELM", 60);
        if (Boolean.TRUE.equals(incar.get("LEPSILON"))) {
            int i = 1;
            while (i < steps.size() && steps.get(i).totalsOnly()) {
                i++;
            }
            return i + 1 != nelm;
        }
        return steps.size() < nelm;
    }

    /** Whether ionic step {@code index} stopped its SCF before NELM electronic steps. */
    public boolean convergedElectronic(int index) {
        return ionicSteps.get(index).electronicSteps().size() < parameterLong("NELM", 60);
    }

    /** pymatgen: NSW ≤ 1, or the run stopped before NSW ionic steps. */
    public boolean convergedIonic() {
        long nsw = parameterLong("NSW", 0);
        return nsw <= 1 || ionicSteps.size() < nsw;
    }

    /** pymatgen's {@code converged}: both of the above. */
    public boolean converged() {
        return convergedElectronic() && convergedIonic();
    }

    /** pymatgen's {@code is_spin}: ISPIN = 2 in the parameters. */
    public boolean isSpin() {
        return parameterLong("ISPIN", 1) == 2;
    }

    /** The POTCAR titles of the {@code atomtypes} rows ({@code PAW_PBE Fe_pv 06Sep2000}). */
    public List<String> potcarSymbols() {
        return atomTypes.stream().map(AtomType::pseudopotential).toList();
    }

    /** pymatgen's {@code hubbards}: U − J (eV) per element of a DFT+U run, empty otherwise; see {@link RunTypes#hubbards}. */
    public Map<String, Double> hubbards() {
        return RunTypes.hubbards(this);
    }

    /** pymatgen's {@code is_hubbard}: some U − J is above 1e-8 eV in total. */
    public boolean isHubbard() {
        return hubbards().values().stream().mapToDouble(Double::doubleValue).sum() > 1e-8;
    }

    /** pymatgen's {@code run_type} (GGA, PBE, PBEsol, HSE06, …, +U, +vdW); see {@link RunTypes#runType}. */
    public String runType() {
        return RunTypes.runType(this);
    }

    /**
     * pymatgen's {@code eigenvalue_band_properties} (occu_tol 1e-8, spins together): VBM is the highest eigenvalue
     * with occupation above 1e-8, CBM the lowest at or below it; the gap is max(CBM − VBM, 0); direct when both
     * were found at the same k-point index (of either spin). Empty without eigenvalues.
     */
    public Optional<BandProperties> bandProperties() {
        if (eigenvalues.isEmpty()) {
            return Optional.empty();
        }
        Eigenvalues e = eigenvalues.get();
        double vbm = Double.NEGATIVE_INFINITY;
        double cbm = Double.POSITIVE_INFINITY;
        int vbmK = -1;
        int cbmK = -1;
        for (int s = 0; s < e.nSpins(); s++) {
            for (int k = 0; k < e.nKpoints(); k++) {
                for (int band = 0; band < e.nBands(); band++) {
                    double en = e.energy(s, k, band);
                    double occ = e.occupation(s, k, band);
                    if (occ > 1e-8 && en > vbm) {
                        vbm = en;
                        vbmK = k;
                    } else if (occ <= 1e-8 && en < cbm) {
                        cbm = en;
                        cbmK = k;
                    }
                }
            }
        }
        return Optional.of(new BandProperties(Math.max(cbm - vbm, 0), cbm, vbm, vbmK == cbmK));
    }

    /**
     * LORBIT as the run used it. VASP 5.2–5.3 write LORBIT into vasprun.xml as a logical F even when it was 10 or
     * 11, so the number is decided from the data when the file does not give one: an lm-resolved projected DOS
     * (a field with x in its name: px, dxy …) means 11, an s/p/d one 10, none 0.
     */
    public int lorbit() {
        Object v = parameters.containsKey("LORBIT") ? parameters.get("LORBIT") : incar.get("LORBIT");
        if (v instanceof Number n) {
            return n.intValue();
        }
        if (dos.isPresent() && dos.get().nIons() > 0) {
            return dos.get().orbitals().stream().anyMatch(o -> o.contains("x")) ? 11 : 10;
        }
        return projected.isPresent() ? 11 : 0;
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
