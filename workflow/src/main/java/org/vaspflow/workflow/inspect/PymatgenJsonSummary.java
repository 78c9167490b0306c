package org.vaspflow.workflow.inspect;

import java.nio.file.Path;
import java.util.Map;
import org.vaspflow.io.json.PymatgenStructureJson;

/** {@code inspect} of a pymatgen Structure JSON ({@code as_dict()}): the structure keys. */
final class PymatgenJsonSummary {
    private PymatgenJsonSummary() {
    }

    static void summarize(Path file, boolean arrays, Map<String, Object> entry) {
        StructureKeys.put(PymatgenStructureJson.read(file), entry);
    }
}
