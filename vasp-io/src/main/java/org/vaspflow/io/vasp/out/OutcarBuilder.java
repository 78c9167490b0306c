package org.vaspflow.io.vasp.out;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.vaspflow.io.parse.Completeness;
import org.vaspflow.io.parse.TextCursor;

/** What the OUTCAR sections have read so far (one per reading, not shared). */
final class OutcarBuilder {
    String versionLine = "";
    final Map<String, String> headerTags = new HashMap<>();
    int cores = -1;
    final List<Outcar.IonicStep> steps = new ArrayList<>();
    final DoubleList efermi = new DoubleList();
    double nElectrons = Double.NaN;
    double totalMagnetization = Double.NaN;
    /** The last table of each title, in the order first seen. */
    final Map<String, SiteTable> tables = new LinkedHashMap<>();
    OutcarRunStats runStats = OutcarRunStats.NONE;
    boolean stopped;
    final List<String> warnings = new ArrayList<>();
    double[] pendingPositions = new double[0];
    double[] pendingForces = new double[0];
    double[] pendingStress = new double[0];

    void finishStep(double free, double withoutEntropy, double sigma0) {
        steps.add(new Outcar.IonicStep(free, withoutEntropy, sigma0, pendingPositions, pendingForces, pendingStress));
        pendingPositions = new double[0];
        pendingForces = new double[0];
        pendingStress = new double[0];
    }

    Outcar build(Completeness completeness) {
        List<SiteTable> magnetization = new ArrayList<>();
        for (String axis : new String[] {"x", "y", "z"}) {
            SiteTable t = tables.get("magnetization (" + axis + ")");
            if (t != null) {
                magnetization.add(t);
            }
        }
        OutcarRunStats stats = runStats.cores() == cores ? runStats
                : new OutcarRunStats(cores, runStats.totalCpuTimeSec(), runStats.userTimeSec(),
                        runStats.systemTimeSec(), runStats.elapsedTimeSec(), runStats.maxMemoryKb(),
                        runStats.averageMemoryKb(), runStats.finished());
        return new Outcar(header(), List.copyOf(steps), efermi.toArray(), nElectrons, totalMagnetization,
                List.copyOf(magnetization), Optional.ofNullable(tables.get("total charge")), stats, stopped,
                List.copyOf(warnings), completeness);
    }

    private OutcarHeader header() {
        return new OutcarHeader(versionLine, count("NIONS"), count("NKPTS"), count("NBANDS"), count("ISPIN"),
                real("ENCUT"), real("NELECT"), count("NEDOS"), count("LORBIT"), count("NSW"), count("IBRION"),
                count("ISIF"), flag("LNONCOLLINEAR"), flag("LSORBIT"));
    }

    private int count(String tag) {
        double v = real(tag);
        return Double.isNaN(v) || v != Math.rint(v) ? -1 : (int) v;
    }

    private double real(String tag) {
        String v = headerTags.get(tag);
        return v == null ? Double.NaN : TextCursor.fortranDouble(v);
    }

    private boolean flag(String tag) {
        String v = headerTags.get(tag);
        return v != null && (v.startsWith("T") || v.startsWith(".T"));
    }
}
