package org.vaspflow.io.structure;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.vaspflow.io.testing.SharedData;

/** The case names of {@code shared/data/golden/inputs/index.json} (the public golden input cases). */
final class GoldenInputCases {
    private GoldenInputCases() {
    }

    static List<String> names() {
        JsonNode cases = SharedData.readJson(SharedData.data("golden/inputs/index.json")).get("cases");
        List<String> names = new ArrayList<>();
        for (Iterator<String> it = cases.fieldNames(); it.hasNext();) {
            names.add(it.next());
        }
        return names;
    }
}
