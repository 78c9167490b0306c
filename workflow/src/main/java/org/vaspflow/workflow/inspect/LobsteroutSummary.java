package org.vaspflow.workflow.inspect;

import java.nio.file.Path;
import java.util.Map;
import org.vaspflow.io.lobster.Lobsterout;
import org.vaspflow.io.lobster.LobsteroutReader;

/**
 * {@code inspect} of a lobsterout (format {@code lobsterout}): {@code lobster_version}, {@code threads},
 * {@code dft_program}, {@code charge_spilling_percent} and {@code total_spilling_percent} (per spin),
 * {@code elements}, {@code basis_types}, {@code basis_functions}, {@code warnings}, {@code infos},
 * {@code written_files}, and {@code wall_time_s}, {@code user_time_s}, {@code sys_time_s} for a finished run.
 */
final class LobsteroutSummary {
    private LobsteroutSummary() {
    }

    static void summarize(Path file, boolean arrays, Map<String, Object> entry) {
        Lobsterout o = LobsteroutReader.read(file);
        Completeness.put(o.completeness(), entry);
        entry.put("lobster_version", o.version());
        entry.put("threads", o.threads());
        entry.put("dft_program", o.dftProgram());
        entry.put("charge_spilling_percent", o.chargeSpillingPercent());
        entry.put("total_spilling_percent", o.totalSpillingPercent());
        entry.put("elements", o.elements());
        entry.put("basis_types", o.basisTypes());
        entry.put("basis_functions", o.basisFunctions());
        entry.put("warnings", o.warnings());
        entry.put("infos", o.infos());
        entry.put("written_files", o.writtenFiles());
        if (o.completeness().complete()) {
            entry.put("wall_time_s", o.wallTimeSeconds());
            entry.put("user_time_s", o.userTimeSeconds());
            entry.put("sys_time_s", o.sysTimeSeconds());
        }
    }
}
