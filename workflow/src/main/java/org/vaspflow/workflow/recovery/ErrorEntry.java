package org.vaspflow.workflow.recovery;

import java.util.List;

/**
 * One known failure.
 *
 * @param id          custodian's error name where custodian has one ({@code brmix}, {@code zpotrf}, ...)
 * @param custodian   true when {@code id} is custodian's name (so results can be compared with custodian's)
 * @param aliases     other names the same failure went by
 * @param warning     true for messages that do not by themselves mean the run failed (reported by
 *                    {@code diagnose}, corrected only when the run failed for another reason)
 * @param detect      how to recognise it
 * @param ladder      escalation: the first occurrence applies step 0, the next step 1, ...; past the end the
 *                    calculation is given up
 */
public record ErrorEntry(String id, boolean custodian, List<String> aliases, String description, boolean warning,
                         Detection detect,
                         List<List<Action>> ladder) {
    public ErrorEntry {
        if (id == null || !id.matches("[a-z][a-z0-9_]*")) {
            throw new IllegalArgumentException("id must be lower_snake_case, got '" + id + "'");
        }
        aliases = aliases == null ? List.of() : List.copyOf(aliases);
        description = description == null ? "" : description;
        if (detect == null) {
            throw new IllegalArgumentException("detect is required for " + id);
        }
        ladder = ladder == null ? List.of() : ladder.stream().map(List::copyOf).toList();
    }

    public ErrorEntry withDetect(Detection d) {
        return new ErrorEntry(id, custodian, aliases, description, warning, d, ladder);
    }
}
