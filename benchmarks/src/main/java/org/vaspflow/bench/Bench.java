package org.vaspflow.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.vaspflow.io.lobster.Cohpcar;
import org.vaspflow.io.lobster.CohpcarReader;
import org.vaspflow.io.parse.ParallelParser;
import org.vaspflow.io.vasp.out.Doscar;
import org.vaspflow.io.vasp.out.DoscarReader;
import org.vaspflow.io.vasp.out.OszicarReader;
import org.vaspflow.io.vasp.out.Procar;
import org.vaspflow.io.vasp.out.ProcarReader;
import org.vaspflow.io.vasp.xml.Vasprun;
import org.vaspflow.io.vasp.xml.VasprunOptions;
import org.vaspflow.io.vasp.xml.VasprunReader;

/**
 * The Java side of {@code benchmarks/run.sh}: parses one file the way the pymatgen side does (vasprun.xml with
 * projections, PROCAR, DOSCAR, COHPCAR) and prints a checksum so the work cannot be optimised away; or parses N
 * copies of a small calculation folder in one JVM with {@link ParallelParser} and prints the time per folder;
 * or runs one of the workflow benchmarks of {@link WorkflowBench}.
 * Whole-process time and peak memory are measured outside, by {@code /usr/bin/time}.
 */
public final class Bench {
    private Bench() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 2) {
            System.err.println("usage: Bench vasprun|procar|doscar|cohpcar FILE  |  Bench folders N TEMPLATE_DIR"
                    + "  |  Bench plan|poll|transitions N");
            System.exit(2);
        }
        long t0 = System.nanoTime();
        arrayBytes = 0;
        double check = switch (args[0]) {
            case "vasprun" -> {
                Vasprun v = VasprunReader.read(Path.of(args[1]), VasprunOptions.ALL);
                arrayBytes = v.eigenvalues().map(e -> 8L * (e.energiesEv().length + e.occupations().length)).orElse(0L)
                        + v.projected().map(p -> 4L * p.weights().length).orElse(0L)
                        + v.dos().map(Bench::dosBytes).orElse(0L);
                double s = v.finalEnergyEv();
                if (v.projected().isPresent()) {
                    // every 1024th weight: enough to show the array is there; a full serial sum was ~8% of the run
                    float[] w = v.projected().get().weights();
                    for (int i = 0; i < w.length; i += 1024) {
                        s += w[i];
                    }
                }
                yield s;
            }
            case "procar" -> {
                Procar p = ProcarReader.read(Path.of(args[1]));
                arrayBytes = 8L * (p.kpoints().length + p.weights().length + p.energiesEv().length
                        + p.occupations().length) + 4L * (p.weightsByOrbital().length + p.magnetization().length
                        + p.phase().length);
                double s = 0;
                for (float f : p.weightsByOrbital()) {
                    s += f;
                }
                yield s;
            }
            case "doscar" -> {
                Doscar d = DoscarReader.read(Path.of(args[1]));
                arrayBytes = dosBytes(d.dos());
                yield sum(d.dos().partial()) + sum(d.dos().total());
            }
            case "cohpcar" -> {
                Cohpcar c = CohpcarReader.read(Path.of(args[1]));
                arrayBytes = 8L * (c.energiesEv().length + c.curves().length + c.integrals().length);
                yield sum(c.curves());
            }
            case "folders" -> folders(Integer.parseInt(args[1]), Path.of(args[2]));
            case "plan", "poll", "transitions" -> WorkflowBench.run(args[0], Integer.parseInt(args[1]));
            default -> throw new IllegalArgumentException("unknown mode " + args[0]);
        };
        long ms = (System.nanoTime() - t0) / 1_000_000;
        System.out.printf("%s %d ms checksum %.6g arrays %.1f MB%n", args[0], ms, check, arrayBytes / 1e6);
    }

    /**
     * {@code Arrays.stream(a).sum()} as a plain loop: the same compensated (Kahan) sum, bit for bit, as JDK 17's
     * {@code Collectors.sumWithCompensation} and {@code computeFinalSum}, so the printed checksums do not change.
     * Why: under the launcher's C1-only JIT the stream's lambdas cost ~0.1 s on a 300 MB DOSCAR, time that is the
     * harness's, not the reader's (the Python side computes no checksum).
     */
    static double sum(double[] a) {
        double sum = 0;
        double compensation = 0;
        double simple = 0;
        for (double v : a) {
            double tmp = v - compensation;
            double next = sum + tmp;
            compensation = (next - sum) - tmp;
            sum = next;
            simple += v;
        }
        double total = sum - compensation;
        return Double.isNaN(total) && Double.isInfinite(simple) ? simple : total;
    }

    /** Bytes of the primitive arrays the last parse returned (the memory target is relative to them). */
    private static long arrayBytes;

    private static long dosBytes(org.vaspflow.io.vasp.Dos d) {
        return 8L * (d.energiesEv().length + d.total().length + d.integrated().length + d.partial().length);
    }

    /** N copies of a calculation folder (vasprun.xml + OSZICAR), parsed on all cores; prints ms per folder. */
    private static double folders(int n, Path template) throws IOException {
        Path root = Files.createTempDirectory("vf-bench-folders");
        List<Path> dirs = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Path d = Files.createDirectories(root.resolve("calc-" + i));
            for (String f : new String[] {"vasprun.xml", "OSZICAR"}) {
                Files.copy(template.resolve(f), d.resolve(f));
            }
            dirs.add(d);
        }
        long t0 = System.nanoTime();
        List<ParallelParser.Outcome<Double>> out = ParallelParser.parseAll(dirs, d -> VasprunReader.read(
                d.resolve("vasprun.xml"), VasprunOptions.STRUCTURES_ONLY).finalEnergyEv()
                + OszicarReader.read(d.resolve("OSZICAR")).finalEnergyEv());
        double ms = (System.nanoTime() - t0) / 1e6;
        System.out.printf("folders: %d folders in %.0f ms = %.2f ms per folder on %d cores%n", n, ms, ms / n,
                Runtime.getRuntime().availableProcessors());
        try (var walk = Files.walk(root)) {
            for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
        return out.stream().filter(ParallelParser.Outcome::ok).count();
    }
}
