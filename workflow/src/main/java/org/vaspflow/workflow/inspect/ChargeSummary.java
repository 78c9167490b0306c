package org.vaspflow.workflow.inspect;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import org.vaspflow.io.lobster.Charge;
import org.vaspflow.io.lobster.ChargeReader;

/**
 * {@code inspect} of CHARGE.lobster (format {@code charge}): {@code atoms} (LOBSTER labels, {@code Na1}),
 * {@code mulliken} and {@code loewdin} charges per atom; an LCFO file has fragments and no {@code mulliken}.
 */
final class ChargeSummary {
    private ChargeSummary() {
    }

    static void summarize(Path file, boolean arrays, Map<String, Object> entry) {
        Charge c = ChargeReader.read(file);
        Completeness.put(c.completeness(), entry);
        entry.put("atoms", c.atoms());
        if (!Arrays.stream(c.mulliken()).allMatch(Double::isNaN)) {
            entry.put("mulliken", c.mulliken());
        }
        entry.put("loewdin", c.loewdin());
    }
}
