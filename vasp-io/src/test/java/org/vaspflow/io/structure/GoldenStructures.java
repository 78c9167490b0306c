package org.vaspflow.io.structure;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.vaspflow.io.testing.SharedData;

/** The structures of {@code shared/data/golden/inputs/*.json}, built exactly as recorded (lattice, species, frac_coords). */
final class GoldenStructures {
    private GoldenStructures() {
    }

    /** Names of the public golden input cases. */
    static List<String> cases() {
        JsonNode cases = SharedData.readJson(SharedData.data("golden/inputs/index.json")).get("cases");
        List<String> names = new ArrayList<>();
        for (Iterator<String> it = cases.fieldNames(); it.hasNext();) {
            names.add(it.next());
        }
        return names;
    }

    /** The structure of a golden file's {@code structure} object. */
    static Structure of(JsonNode s) {
        double[][] m = new double[3][3];
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 3; j++) {
                m[i][j] = s.get("lattice").get(i).get(j).asDouble();
            }
        }
        List<Site> sites = new ArrayList<>();
        for (int k = 0; k < s.get("species").size(); k++) {
            JsonNode f = s.get("frac_coords").get(k);
            sites.add(new Site(Element.of(s.get("species").get(k).asText()),
                    new double[] {f.get(0).asDouble(), f.get(1).asDouble(), f.get(2).asDouble()}));
        }
        return new Structure(Lattice.fromMatrix(m), sites);
    }
}
