package org.vaspflow.workflow.inspect;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.vaspflow.io.vasp.Incar;
import org.vaspflow.io.vasp.IncarReader;
import org.vaspflow.io.vasp.IncarValidator;

/**
 * {@code inspect} of an INCAR: {@code tags} (every tag in file order with its typed value: integer, real,
 * boolean, string, or a list expanded from repeats, {@code MAGMOM = 2*5 2*0.6} → {@code [5.0,5.0,0.6,0.6]}) and
 * {@code warnings} (unknown tags with a did-you-mean, values of the wrong type; {@link IncarValidator}).
 */
final class IncarSummary {
    private IncarSummary() {
    }

    static void summarize(Path file, boolean arrays, Map<String, Object> entry) {
        Incar incar = IncarReader.read(file);
        Map<String, Object> tags = new LinkedHashMap<>();
        incar.tags().forEach((k, v) -> tags.put(k, v.plain()));
        entry.put("tags", tags);
        List<Map<String, String>> warnings = IncarValidator.check(incar).stream()
                .map(f -> Map.of("tag", f.tag(), "problem", f.problem(), "suggestion", f.suggestion())).toList();
        entry.put("warnings", warnings);
    }
}
