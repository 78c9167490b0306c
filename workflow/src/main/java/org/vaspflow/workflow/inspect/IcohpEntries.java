package org.vaspflow.workflow.inspect;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.vaspflow.io.lobster.Icohplist;

/**
 * The {@code entries} JSON of CLI.md for ICOHP-type lists, shared by {@code inspect} and {@code icohp}:
 * {@code {"label","atoms":[a,b],"length","icohp":{"up","down"},"translation"}}, {@code down} only when spin-polarised.
 */
public final class IcohpEntries {
    private IcohpEntries() {
    }

    public static List<Map<String, Object>> of(List<Icohplist.Bond> bonds, boolean spinPolarized) {
        List<Map<String, Object>> entries = new ArrayList<>();
        for (Icohplist.Bond b : bonds) {
            Map<String, Object> e = new LinkedHashMap<>();
            e.put("label", b.label());
            e.put("atoms", List.of(b.atom1(), b.atom2()));
            e.put("length", b.lengthAngstrom());
            Map<String, Double> v = new LinkedHashMap<>();
            v.put("up", b.up());
            if (spinPolarized) {
                v.put("down", b.down());
            }
            e.put("icohp", v);
            e.put("translation", b.translation());
            if (!b.orbitals().isEmpty()) {
                e.put("n_orbital_terms", b.orbitals().size());
            }
            entries.add(e);
        }
        return entries;
    }
}
