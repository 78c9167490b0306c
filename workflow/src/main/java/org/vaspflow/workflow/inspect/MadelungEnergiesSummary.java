package org.vaspflow.workflow.inspect;

import java.nio.file.Path;
import java.util.Map;
import org.vaspflow.io.lobster.MadelungEnergies;
import org.vaspflow.io.lobster.MadelungEnergiesReader;

/**
 * {@code inspect} of MadelungEnergies.lobster (format {@code madelung_energies}): {@code ewald_splitting},
 * {@code madelung_mulliken_ev}, {@code madelung_loewdin_ev}, one value per Ewald parameter row (LOBSTER's default
 * first).
 */
final class MadelungEnergiesSummary {
    private MadelungEnergiesSummary() {
    }

    static void summarize(Path file, boolean arrays, Map<String, Object> entry) {
        MadelungEnergies m = MadelungEnergiesReader.read(file);
        entry.put("ewald_splitting", m.ewaldSplitting());
        entry.put("madelung_mulliken_ev", m.mullikenEv());
        entry.put("madelung_loewdin_ev", m.loewdinEv());
    }
}
