package org.vaspflow.workflow.inspect;

import java.nio.file.Path;
import java.util.Map;
import org.vaspflow.io.vasp.Kpoints;
import org.vaspflow.io.vasp.KpointsReader;

/**
 * {@code inspect} of a KPOINTS or IBZKPT: {@code comment}, {@code style} (pymatgen's names: {@code Gamma},
 * {@code Monkhorst}, {@code Automatic}, {@code Reciprocal}, {@code Cartesian}, {@code Line_mode}); meshes add
 * {@code divisions} and {@code shift}, the fully automatic mode {@code length}, explicit lists {@code nkpoints}
 * and {@code weight_sum}, line mode {@code nsegments}, {@code points_per_line} and {@code nkpoints} (= segments ×
 * points per line, the k-points VASP generates); {@code labels} when the file names points.
 */
final class KpointsSummary {
    private KpointsSummary() {
    }

    static void summarize(Path file, boolean arrays, Map<String, Object> entry) {
        Kpoints k = KpointsReader.read(file);
        entry.put("comment", k.comment());
        entry.put("style", k.style());
        switch (k.style()) {
            case "Gamma", "Monkhorst" -> {
                entry.put("divisions", k.divisions());
                entry.put("shift", k.shift());
            }
            case "Automatic" -> entry.put("length", k.lengthAngstrom());
            case "Line_mode" -> {
                entry.put("nsegments", k.nPoints() / 2);
                entry.put("points_per_line", k.pointsPerLine());
                entry.put("nkpoints", k.nPoints() / 2 * k.pointsPerLine());
            }
            default -> {
                entry.put("nkpoints", k.nPoints());
                double sum = 0;
                for (double w : k.weights()) {
                    sum += w;
                }
                entry.put("weight_sum", sum);
            }
        }
        if (!k.labels().isEmpty()) {
            entry.put("labels", k.labels());
        }
    }
}
