package org.vaspflow.workflow.inspect;

import java.util.LinkedHashMap;
import java.util.Map;

/** Writes {@code complete} and, for a damaged file, {@code damage} ({line, column, reason}). */
final class Completeness {
    private Completeness() {
    }

    static void put(org.vaspflow.io.parse.Completeness c, Map<String, Object> entry) {
        entry.put("complete", c.complete());
        if (!c.complete()) {
            Map<String, Object> damage = new LinkedHashMap<>();
            damage.put("line", c.line());
            damage.put("column", c.column());
            damage.put("reason", c.reason());
            entry.put("damage", damage);
        }
    }
}
