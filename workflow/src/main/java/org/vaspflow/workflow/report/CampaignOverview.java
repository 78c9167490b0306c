package org.vaspflow.workflow.report;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The report's first section.
 *
 * @param name       campaign name from its YAML (the folder name when no campaign YAML was found)
 * @param specFile   the campaign YAML, absolute; empty when none was found
 * @param storeFile  the SQLite store the report was read from
 * @param executors  executors the jobs went to, from the store's job records (the store keeps no profile name)
 * @param created    time of the first history row (the campaign was planned)
 * @param lastChange time of the last history row
 * @param counts     calculations per state, in the order of the state machine; states with none absent
 * @param total      number of calculations
 */
public record CampaignOverview(String name, String specFile, String storeFile, List<String> executors,
        Instant created, Instant lastChange, Map<String, Integer> counts, int total) {
    public CampaignOverview {
        executors = List.copyOf(executors);
        counts = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(counts));
    }
}
