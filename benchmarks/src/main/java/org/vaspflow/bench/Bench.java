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
                yield v.finalEnergyEv() + v.projected().map(p -> sample(p.weights())).orElse(0.0);
            }
            case "procar" -> {
                Procar p = ProcarReader.read(Path.of(args[1]));
                arrayBytes = 8L * (p.kpoints().length + p.weights().length + p.energiesEv().length
                        + p.occupations().length) + 4L * (p.weightsByOrbital().length + p.magnetization().length
                        + p.phase().length);
                yield sample(p.weightsByOrbital());
            }
            case "doscar" -> {
                Doscar d = DoscarReader.read(Path.of(args[1]));
                arrayBytes = dosBytes(d.dos());
                yield sample(d.dos().partial()) + sample(d.dos().total());
            }
            case "cohpcar" -> {
                Cohpcar c = CohpcarReader.read(Path.of(args[1]));
                arrayBytes = 8L * (c.energiesEv().length + c.curves().length + c.integrals().length);
                yield sample(c.curves());
            }
            case "folders" -> folders(Integer.parseInt(args[1]), Path.of(args[2]));
            case "plan", "poll", "transitions" -> WorkflowBench.run(args[0], Integer.parseInt(args[1]));
            default -> throw new IllegalArgumentException("unknown mode " + args[0]);
        };
        long ms = (System.nanoTime() - t0) / 1_000_000;
        System.out.printf("%s %d ms checksum %.6g arrays %.1f MB%n", args[0], ms, check, arrayBytes / 1e6);
    }

    /**
     * The sum of every 64th value (and the last): a checksum that shows the parse produced the array, printed so the
     * work cannot be skipped. Why not a full sum: a serial pass over the array after the parse was up to a quarter
     * of a run under C1 (a 300 MB DOSCAR), time that is the harness's, not the reader's — the Python side sums
     * nothing. The printed checksums changed with this (2026-12-06); figures before then show full sums.
     */
    static double sample(double[] a) {
        double s = a.length == 0 ? 0 : a[a.length - 1];
        for (int i = 0; i < a.length; i += 64) {
            s += a[i];
        }
        return s;
    }

    static double sample(float[] a) {
        double s = a.length == 0 ? 0 : a[a.length - 1];
        for (int i = 0; i < a.length; i += 64) {
            s += a[i];
        }
        return s;
    }

    /** Bytes of the primitive arrays the last parse returned (the memory target is relative to them). */
    private static long arrayBytes;

    private static long dosBytes(org.vaspflow.io.vasp.Dos d) {
        return 8L * (d.energiesEv().length + d.total().length + d.integrated().length) + 4L * d.partial().length;
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
