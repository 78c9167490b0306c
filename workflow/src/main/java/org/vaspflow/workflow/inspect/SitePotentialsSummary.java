package org.vaspflow.workflow.inspect;

import java.nio.file.Path;
import java.util.Map;
import org.vaspflow.io.lobster.SitePotentials;
import org.vaspflow.io.lobster.SitePotentialsReader;

/**
 * {@code inspect} of SitePotentials.lobster (format {@code site_potentials}): {@code ewald_splitting},
 * {@code atoms}, {@code mulliken_v}, {@code loewdin_v}, and {@code madelung_mulliken_ev},
 * {@code madelung_loewdin_ev} of its last line when the file has it.
 */
final class SitePotentialsSummary {
    private SitePotentialsSummary() {
    }

    static void summarize(Path file, boolean arrays, Map<String, Object> entry) {
        SitePotentials p = SitePotentialsReader.read(file);
        Completeness.put(p.completeness(), entry);
        entry.put("ewald_splitting", p.ewaldSplitting());
        entry.put("atoms", p.atoms());
        entry.put("mulliken_v", p.mullikenV());
        entry.put("loewdin_v", p.loewdinV());
        if (p.completeness().complete()) {
            entry.put("madelung_mulliken_ev", p.madelungMullikenEv());
            entry.put("madelung_loewdin_ev", p.madelungLoewdinEv());
        }
    }
}
