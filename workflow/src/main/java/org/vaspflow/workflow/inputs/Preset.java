package org.vaspflow.workflow.inputs;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An INCAR preset, bound strictly from {@code templates/incar/presets/NAME.yaml} (unknown keys are errors). A preset
 * names its {@code parent}; the child's INCAR tags and POTCAR overrides are laid over the parent's, its
 * {@code remove} list is added to the parent's, and every other field it sets replaces the parent's. Fields a
 * preset leaves out are null while binding; {@link Templates#preset} resolves the chain.
 *
 * @param description one line for humans
 * @param parent preset this one refines, or null
 * @param incar INCAR tags (YAML scalars/lists; typed by the tag catalogue when written)
 * @param remove tags removed after everything else (e.g. MAGMOM for a non-SCF run)
 * @param ediffPerAtom EDIFF = this × number of sites (pymatgen's EDIFF_PER_ATOM), unless {@code incar} sets EDIFF
 * @param magmom name of the MAGMOM table in {@code templates/incar/tables}, or null for no MAGMOM
 * @param magmomMode {@code table} (by element, the default) or {@code oxidation} (by guessed oxidation state)
 * @param spin {@code auto} (high spin 3d, low spin 4d/5d; the default), {@code high} or {@code low}
 * @param hubbardU name of the Hubbard-U table, or null for no DFT+U
 * @param potcar name of the POTCAR-symbol table
 * @param potcarOverrides element → POTCAR symbol, over the table (pymatgen's LobsterSet uses W_sv)
 * @param reciprocalDensity k-points per Å⁻³ of reciprocal cell (pymatgen's automatic_density_by_vol)
 * @param kpointsPerAtom k-points per reciprocal atom (pymatgen's automatic_density); wins over reciprocalDensity
 * @param slab a slab with c along the surface normal: the mesh has 1 division along c and is Γ-centred
 * @param ismearZeroBelowFourKpoints switch ISMEAR −5 to 0 when the mesh has fewer than 4 points (tetrahedra need 4)
 * @param fallbackSigma SIGMA (eV) set when ISMEAR is switched to 0, or null to keep the preset's SIGMA
 * @param lobster LOBSTER settings: present for a step whose WAVECAR LOBSTER reads (NBANDS, lobsterin)
 * @param autoLmaxmix false to skip pymatgen's LMAXMIX rule (only the bare preset does)
 */
public record Preset(String description, String parent, Map<String, Object> incar, List<String> remove,
        Double ediffPerAtom, String magmom, String magmomMode, String spin, String hubbardU, String potcar,
        Map<String, String> potcarOverrides, Integer reciprocalDensity, Integer kpointsPerAtom, Boolean slab,
        Boolean ismearZeroBelowFourKpoints, Double fallbackSigma, LobsterSettings lobster, Boolean autoLmaxmix) {

    public Preset {
        incar = incar == null ? Map.of() : incar;
        remove = remove == null ? List.of() : List.copyOf(remove);
        potcarOverrides = potcarOverrides == null ? Map.of() : Map.copyOf(potcarOverrides);
        if (magmomMode != null && !List.of("table", "oxidation").contains(magmomMode)) {
            throw new IllegalArgumentException("magmomMode must be table or oxidation, got '" + magmomMode + "'");
        }
        if (spin != null) {
            Spin.of(spin);
        }
    }

    /**
     * LOBSTER settings of a preset (lobsterin content).
     *
     * @param basis basis table in {@code templates/lobster} (default {@code basis-pbe54-standard})
     * @param basisSet lobsterin {@code basisSet} (default {@code pbeVaspFit2015})
     * @param cohpFromAngstrom shortest bond for {@code cohpGenerator from D1 to D2}
     * @param cohpToAngstrom longest bond
     * @param orbitalWise append {@code orbitalwise} to the cohpGenerator line
     * @param cohpStartEnergyEv {@code COHPstartEnergy} (eV relative to E-fermi)
     * @param cohpEndEnergyEv {@code COHPendEnergy}
     */
    public record LobsterSettings(String basis, String basisSet, Double cohpFromAngstrom, Double cohpToAngstrom,
            Boolean orbitalWise, Double cohpStartEnergyEv, Double cohpEndEnergyEv) {
        public LobsterSettings {
            basis = basis == null ? "basis-pbe54-standard" : basis;
            basisSet = basisSet == null ? "pbeVaspFit2015" : basisSet;
            cohpFromAngstrom = cohpFromAngstrom == null ? 0.1 : cohpFromAngstrom;
            cohpToAngstrom = cohpToAngstrom == null ? 3.0 : cohpToAngstrom;
            orbitalWise = orbitalWise != null && orbitalWise;
            cohpStartEnergyEv = cohpStartEnergyEv == null ? -15.0 : cohpStartEnergyEv;
            cohpEndEnergyEv = cohpEndEnergyEv == null ? 5.0 : cohpEndEnergyEv;
            if (cohpFromAngstrom < 0 || cohpToAngstrom <= cohpFromAngstrom) {
                throw new IllegalArgumentException("lobster: cohpFromAngstrom < cohpToAngstrom is required, got "
                        + cohpFromAngstrom + " and " + cohpToAngstrom);
            }
            if (cohpEndEnergyEv <= cohpStartEnergyEv) {
                throw new IllegalArgumentException("lobster: cohpStartEnergyEv < cohpEndEnergyEv is required");
            }
        }
    }

    /** Which spin state the oxidation-state MAGMOM table is read for. */
    public enum Spin {
        AUTO, HIGH, LOW;

        public static Spin of(String s) {
            try {
                return valueOf(s.trim().toUpperCase(java.util.Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("spin must be auto, high or low, got '" + s + "'", e);
            }
        }
    }

    /** This preset laid over its (already resolved) parent. */
    Preset over(Preset p) {
        Map<String, Object> tags = new LinkedHashMap<>(p.incar);
        tags.putAll(incar);
        List<String> rm = new ArrayList<>(p.remove);
        rm.addAll(remove);
        Map<String, String> pot = new LinkedHashMap<>(p.potcarOverrides);
        pot.putAll(potcarOverrides);
        return new Preset(description != null ? description : p.description, null, tags, rm,
                ediffPerAtom != null ? ediffPerAtom : p.ediffPerAtom, magmom != null ? magmom : p.magmom,
                magmomMode != null ? magmomMode : p.magmomMode, spin != null ? spin : p.spin,
                hubbardU != null ? hubbardU : p.hubbardU, potcar != null ? potcar : p.potcar, pot,
                reciprocalDensity != null ? reciprocalDensity : p.reciprocalDensity,
                kpointsPerAtom != null ? kpointsPerAtom : p.kpointsPerAtom, slab != null ? slab : p.slab,
                ismearZeroBelowFourKpoints != null ? ismearZeroBelowFourKpoints : p.ismearZeroBelowFourKpoints,
                fallbackSigma != null ? fallbackSigma : p.fallbackSigma, lobster != null ? lobster : p.lobster,
                autoLmaxmix != null ? autoLmaxmix : p.autoLmaxmix);
    }
}
