package org.vaspflow.workflow.inspect;

import java.util.Map;

/** Puts a number only when the file gave one: NaN (not printed) and -1 (count not printed) leave the key out. */
final class OutputKeys {
    private OutputKeys() {
    }

    static void number(Map<String, Object> entry, String key, double value) {
        if (!Double.isNaN(value)) {
            entry.put(key, value);
        }
    }

    static void count(Map<String, Object> entry, String key, long value) {
        if (value >= 0) {
            entry.put(key, value);
        }
    }
}
