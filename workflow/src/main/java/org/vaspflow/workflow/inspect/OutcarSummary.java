package org.vaspflow.workflow.inspect;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.vaspflow.io.vasp.out.Outcar;
import org.vaspflow.io.vasp.out.OutcarHeader;
import org.vaspflow.io.vasp.out.OutcarReader;
import org.vaspflow.io.vasp.out.OutcarRunStats;
import org.vaspflow.io.vasp.out.SiteTable;

/**
 * {@code inspect} keys of an OUTCAR (CLI.md): run dimensions from the header, the last E-fermi, the last finished
 * ionic step's energy and forces, per-site moments ({@code tot} column of {@code magnetization (x)}; [x, y, z] per
 * site for a non-collinear run) and the SCF's total moment; plus {@code stopped}, {@code run_stats},
 * {@code warnings}. Keys the file does not give are left out.
 */
final class OutcarSummary {
    private OutcarSummary() {
    }

    static void summarize(Path file, boolean arrays, Map<String, Object> entry) {
        Outcar o = OutcarReader.read(file);
        Completeness.put(o.completeness(), entry);
        OutcarHeader h = o.header();
        entry.put("vasp_version", h.versionLine());
        OutputKeys.count(entry, "natoms", h.nIons());
        OutputKeys.count(entry, "ispin", h.nSpins());
        OutputKeys.count(entry, "nkpoints", h.nKpoints());
        OutputKeys.count(entry, "nbands", h.nBands());
        OutputKeys.number(entry, "nelect", Double.isNaN(h.nElectrons()) ? o.nElectrons() : h.nElectrons());
        OutputKeys.number(entry, "efermi", o.efermiEv());
        OutputKeys.number(entry, "final_energy", o.finalEnergyEv());
        if (h.nIons() > 0) {
            OutputKeys.number(entry, "final_energy_per_atom", o.finalEnergyEv() / h.nIons());
        }
        entry.put("n_ionic_steps", o.ionicSteps().size());
        if (!o.ionicSteps().isEmpty()) {
            OutputKeys.number(entry, "final_forces_max_norm", maxNorm(o.finalForces()));
        }
        if (!o.magnetization().isEmpty()) {
            entry.put("magnetization", perSite(o.magnetization()));
        }
        OutputKeys.number(entry, "total_magnetization", o.totalMagnetization());
        entry.put("stopped", o.stopped());
        entry.put("run_stats", runStats(o.runStats()));
        entry.put("warnings", o.warnings());
    }

    private static double maxNorm(double[] f) {
        double max = Double.NaN;
        for (int i = 0; i + 2 < f.length; i += 3) {
            double n = Math.sqrt(f[i] * f[i] + f[i + 1] * f[i + 1] + f[i + 2] * f[i + 2]);
            max = Double.isNaN(max) ? n : Math.max(max, n);
        }
        return max;
    }

    /** The {@code tot} column per site; [x, y, z] per site when all three tables were printed. */
    private static List<Object> perSite(List<SiteTable> tables) {
        List<Object> out = new ArrayList<>();
        double[][] tot = tables.stream().map(t -> t.column("tot")).toArray(double[][]::new);
        for (int i = 0; i < tot[0].length; i++) {
            if (tot.length == 3 && tot[1].length == tot[0].length && tot[2].length == tot[0].length) {
                out.add(List.of(tot[0][i], tot[1][i], tot[2][i]));
            } else {
                out.add(tot[0][i]);
            }
        }
        return out;
    }

    private static Map<String, Object> runStats(OutcarRunStats s) {
        Map<String, Object> m = new LinkedHashMap<>();
        OutputKeys.count(m, "cores", s.cores());
        OutputKeys.number(m, "elapsed_time_sec", s.elapsedTimeSec());
        OutputKeys.number(m, "total_cpu_time_sec", s.totalCpuTimeSec());
        OutputKeys.number(m, "max_memory_kb", s.maxMemoryKb());
        OutputKeys.number(m, "average_memory_kb", s.averageMemoryKb());
        return m;
    }
}
