package org.vaspflow.workflow.inspect;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.vaspflow.io.vasp.PotcarHeader;
import org.vaspflow.io.vasp.PotcarReader;
import org.vaspflow.io.vasp.PotcarSpec;

/**
 * {@code inspect} of a POTCAR (headers only: {@code symbols}, {@code functional}, {@code titel}, {@code zval},
 * {@code enmax} (eV), {@code vrhfin}, one entry per pseudopotential in file order) or of a POTCAR.spec
 * ({@code symbols}).
 */
final class PotcarSummary {
    private PotcarSummary() {
    }

    static void summarize(Path file, boolean arrays, Map<String, Object> entry) {
        List<PotcarHeader> headers = PotcarReader.read(file);
        entry.put("symbols", headers.stream().map(PotcarHeader::symbol).toList());
        entry.put("functional", headers.stream().map(PotcarHeader::functional).toList());
        entry.put("titel", headers.stream().map(PotcarHeader::titel).toList());
        entry.put("zval", headers.stream().map(PotcarHeader::zvalElectrons).toList());
        entry.put("enmax", headers.stream().map(PotcarHeader::enmaxEv).toList());
        entry.put("vrhfin", headers.stream().map(PotcarHeader::vrhfin).toList());
    }

    static void spec(Path file, boolean arrays, Map<String, Object> entry) {
        entry.put("symbols", PotcarSpec.read(file).symbols());
    }
}
