package org.vaspflow.workflow.inspect;

import java.nio.file.Path;
import java.util.Map;
import org.vaspflow.io.cif.CifReader;

/** {@code inspect} of a CIF: the structure keys of the full cell its symmetry operations generate. */
final class CifSummary {
    private CifSummary() {
    }

    static void summarize(Path file, boolean arrays, Map<String, Object> entry) {
        StructureKeys.put(CifReader.read(file), entry);
    }
}
