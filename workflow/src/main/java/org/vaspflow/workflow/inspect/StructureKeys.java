package org.vaspflow.workflow.inspect;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.vaspflow.io.structure.Site;
import org.vaspflow.io.structure.Structure;

/**
 * The structure keys of {@code inspect --json}, shared by every structure-bearing summary: formula (pymatgen's
 * {@code Composition.formula}), reduced_formula, natoms, species (per site), lattice (rows are vectors, Å),
 * frac_coords, volume (Å³).
 */
final class StructureKeys {
    private StructureKeys() {
    }

    static void put(Structure s, Map<String, Object> entry) {
        entry.put("formula", s.formula());
        entry.put("reduced_formula", s.reducedFormula());
        entry.put("natoms", s.size());
        entry.put("species", s.species().stream().map(e -> e.symbol()).toList());
        entry.put("lattice", s.lattice().matrix());
        List<double[]> frac = new ArrayList<>();
        for (Site site : s.sites()) {
            frac.add(site.fracCoords());
        }
        entry.put("frac_coords", frac);
        entry.put("volume", s.lattice().volumeAngstrom3());
    }
}
