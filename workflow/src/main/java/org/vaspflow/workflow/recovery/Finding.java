package org.vaspflow.workflow.recovery;

import java.util.List;

/**
 * One detected error in one file.
 *
 * @param line       1-based line of the first marker (0 for checks on parsed values without one line)
 * @param text       that line, stripped (or what the check found)
 * @param correction the first step of the error's ladder (empty when the catalogue knows no fix)
 */
public record Finding(String id, int line, String text, List<Action> correction) {
    public Finding {
        correction = List.copyOf(correction);
    }
}
