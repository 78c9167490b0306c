package org.vaspflow.workflow.recovery;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One correction as data; the engine applies it through {@link Recovery}, no handler edits files itself. Any
 * combination of the fields may be given; they apply in this order: copy, delete, set, unset, scale, kpoints.
 *
 * @param set     INCAR tags to set (values as in an INCAR: numbers, booleans, words)
 * @param unset   INCAR tags to remove
 * @param scale   INCAR tags to multiply (unset tags start from the catalogue's {@code incar_defaults}, NBANDS
 *                from the OUTCAR); integers move by at least one
 * @param copy    files to copy, source → destination (e.g. {@code CONTCAR: POSCAR}); a missing or empty
 *                source is skipped
 * @param delete  files to delete (e.g. {@code WAVECAR} after a corrupt read)
 * @param kpoints change of a Γ/Monkhorst–Pack mesh
 */
public record Action(Map<String, Object> set, List<String> unset, Map<String, Double> scale,
                     Map<String, String> copy, List<String> delete, KpointsChange kpoints) {
    public Action {
        set = set == null ? Map.of() : Map.copyOf(set);
        unset = unset == null ? List.of() : List.copyOf(unset);
        scale = scale == null ? Map.of() : Map.copyOf(scale);
        copy = copy == null ? Map.of() : Map.copyOf(copy);
        delete = delete == null ? List.of() : List.copyOf(delete);
        kpoints = kpoints == null ? KpointsChange.NONE : kpoints;
        if (set.isEmpty() && unset.isEmpty() && scale.isEmpty() && copy.isEmpty() && delete.isEmpty()
                && kpoints.equals(KpointsChange.NONE)) {
            throw new IllegalArgumentException("an action needs one of set, unset, scale, copy, delete, kpoints");
        }
    }

    /**
     * @param style  {@code Gamma} or {@code Monkhorst} (empty: unchanged)
     * @param scale  divisions multiplied and rounded up (0: unchanged)
     * @param odd    divisions made odd (+1 where even), as custodian does for BRMIX on even meshes
     */
    public record KpointsChange(String style, double scale, boolean odd) {
        static final KpointsChange NONE = new KpointsChange("", 0, false);

        public KpointsChange {
            style = style == null ? "" : style;
            if (!style.isEmpty() && !style.equals("Gamma") && !style.equals("Monkhorst")) {
                throw new IllegalArgumentException("kpoints.style must be Gamma or Monkhorst");
            }
        }
    }

    /** A one-line description, e.g. {@code copy CONTCAR→POSCAR; set ISYM=0}. */
    public String describe() {
        List<String> parts = new ArrayList<>();
        copy.forEach((a, b) -> parts.add("copy " + a + "→" + b));
        delete.forEach(f -> parts.add("delete " + f));
        set.forEach((k, v) -> parts.add("set " + k + "=" + v));
        unset.forEach(k -> parts.add("unset " + k));
        scale.forEach((k, f) -> parts.add("scale " + k + "×" + f));
        if (!kpoints.equals(KpointsChange.NONE)) {
            parts.add("kpoints" + (kpoints.style().isEmpty() ? "" : " style=" + kpoints.style())
                    + (kpoints.scale() > 0 ? " scale×" + kpoints.scale() : "") + (kpoints.odd() ? " odd" : ""));
        }
        return String.join("; ", parts);
    }
}
