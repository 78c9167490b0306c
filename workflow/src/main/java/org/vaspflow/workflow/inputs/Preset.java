package org.vaspflow.workflow.inputs;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An INCAR preset, bound strictly from {@code templates/incar/presets/NAME.yaml} (unknown keys are errors). A preset
 * names its {@code parent}; the child's INCAR tags override the parent's, its {@code remove} list is added to the
 * parent's, and every other field it sets replaces the parent's.
 *
 * @param description one line for humans
 * @param parent preset this one refines, or null
 * @param incar INCAR tags (YAML scalars/lists; typed by the tag catalogue when written)
 * @param remove tags removed after everything else (e.g. MAGMOM for a non-SCF run)
 * @param ediffPerAtom EDIFF = this × number of sites (pymatgen's EDIFF_PER_ATOM), unless {@code incar} sets EDIFF
 * @param magmom name of the MAGMOM table in {@code templates/incar/tables}, or null for no MAGMOM
 * @param hubbardU name of the Hubbard-U table, or null for no DFT+U
 * @param potcar name of the POTCAR-symbol table
 * @param reciprocalDensity k-points per Å⁻³ of reciprocal cell (pymatgen's automatic_density_by_vol)
 * @param ismearZeroBelowFourKpoints switch ISMEAR −5 to 0 when the mesh has fewer than 4 points (tetrahedra need 4)
 */
public record Preset(String description, String parent, Map<String, Object> incar, List<String> remove,
        Double ediffPerAtom, String magmom, String hubbardU, String potcar, Integer reciprocalDensity,
        Boolean ismearZeroBelowFourKpoints) {

    public Preset {
        incar = incar == null ? Map.of() : incar;
        remove = remove == null ? List.of() : List.copyOf(remove);
    }

    /** This preset laid over its (already resolved) parent. */
    Preset over(Preset p) {
        Map<String, Object> tags = new LinkedHashMap<>(p.incar);
        tags.putAll(incar);
        List<String> rm = new java.util.ArrayList<>(p.remove);
        rm.addAll(remove);
        return new Preset(description != null ? description : p.description, null, tags, rm,
                ediffPerAtom != null ? ediffPerAtom : p.ediffPerAtom, magmom != null ? magmom : p.magmom,
                hubbardU != null ? hubbardU : p.hubbardU, potcar != null ? potcar : p.potcar,
                reciprocalDensity != null ? reciprocalDensity : p.reciprocalDensity,
                ismearZeroBelowFourKpoints != null ? ismearZeroBelowFourKpoints : p.ismearZeroBelowFourKpoints);
    }
}
