package org.vaspflow.io.lobster;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.vaspflow.io.parse.Completeness;
import org.vaspflow.io.parse.ParseException;
import org.vaspflow.io.parse.TextCursor;

/**
 * Reads lobsterout:
 *
 * <pre>
 * LOBSTER v4.1.0 (g++ 7.5.0)
 * starting on host sv3024 on 2023-03-17 at 22:32:17 CET using 88 threads
 * detecting used PAW program... VASP
 * setting up local basis functions...
 * As (pbeVaspFit2015) 4s 4p_y 4p_z 4p_x
 * WARNING: 12 of 730 k-points could not be orthonormalized …
 * saving projection to projectionData.lobster...
 * abs. total  spilling:   9.26%
 * abs. charge spilling:   0.99%
 * writing COHPCAR.lobster and ICOHPLIST.lobster...
 * Writing ICOHPLIST.lobster                               (LOBSTER 5.1)
 * finished in 0 h  2 min 55 s 813 ms of wall time
 *             2 h 43 min 13 s 620 ms of user time
 *             0 h  1 min 59 s 610 ms of sys  time
 * </pre>
 *
 * A run that crashed or is still going has no "finished in" line: its lobsterout is returned with
 * {@code complete == false} (pymatgen 2022.11.7 raises UnboundLocalError on such files).
 */
public final class LobsteroutReader {
    private static final Pattern VERSION = Pattern.compile("^LOBSTER\\s+(v\\S+)");
    private static final Pattern THREADS = Pattern.compile("using\\s+(\\d+)\\s+threads?");
    private static final Pattern BASIS = Pattern.compile("^([A-Z][a-z]?)\\s+\\(([^)]+)\\)\\s*(.*)$");
    private static final Pattern SPILLING = Pattern.compile("abs\\.\\s+(total|charge)\\s+spilling:\\s*([\\d.]+)%");
    private static final Pattern TIME = Pattern.compile(
            "(\\d+) h\\s+(\\d+) min\\s+(\\d+) s\\s+(\\d+) ms of (wall|user|sys)\\s+time");
    private static final Pattern WRITTEN = Pattern.compile("\\b([A-Za-z]+(?:\\.[A-Za-z]+)*\\.lobster)\\b");

    private LobsteroutReader() {
    }

    public static Lobsterout read(Path file) {
        return TextCursor.read(file, LobsteroutReader::parse);
    }

    public static Lobsterout parse(String name, String text) {
        return TextCursor.parse(name, text, LobsteroutReader::parse);
    }

    private static Lobsterout parse(TextCursor c) {
        String first = c.next();
        Matcher v = first == null ? null : VERSION.matcher(first.strip());
        if (v == null || !v.find()) {
            throw new ParseException(c.file(), first == null ? 0 : 1, 1, first == null ? "" : first,
                    "not a lobsterout: the first line should be 'LOBSTER vX.Y.Z'");
        }
        State s = new State();
        String line;
        while ((line = c.next()) != null) {
            s.line(line.strip());
        }
        Completeness done = Double.isNaN(s.times[0])
                ? Completeness.partial(c.lineNumber(), "no 'finished in' line: LOBSTER did not finish")
                : Completeness.COMPLETE;
        return new Lobsterout(v.group(1), s.threads, s.program, toArray(s.charge), toArray(s.total),
                List.copyOf(s.elements), List.copyOf(s.basisTypes), List.copyOf(s.basis), List.copyOf(s.warnings),
                List.copyOf(s.infos), s.restarted, s.saved, List.copyOf(s.files), s.times[0], s.times[1], s.times[2],
                done);
    }

    private static double[] toArray(List<Double> values) {
        return values.stream().mapToDouble(Double::doubleValue).toArray();
    }

    /** What has been read so far; one line at a time. */
    private static final class State {
        int threads;
        String program = "";
        final List<Double> charge = new ArrayList<>();
        final List<Double> total = new ArrayList<>();
        final List<String> elements = new ArrayList<>();
        final List<String> basisTypes = new ArrayList<>();
        final List<List<String>> basis = new ArrayList<>();
        final List<String> warnings = new ArrayList<>();
        final List<String> infos = new ArrayList<>();
        final List<String> files = new ArrayList<>();
        final double[] times = {Double.NaN, Double.NaN, Double.NaN};
        boolean inBasis;
        boolean restarted;
        boolean saved;

        void line(String t) {
            Matcher m;
            if (inBasis && (m = BASIS.matcher(t)).find()) {
                elements.add(m.group(1));
                basisTypes.add(m.group(2));
                basis.add(List.of(TextCursor.tokens(m.group(3))));
                return;
            }
            inBasis = t.startsWith("setting up local basis functions");
            if (t.startsWith("starting") && (m = THREADS.matcher(t)).find()) {
                threads = Integer.parseInt(m.group(1));
            } else if (t.startsWith("detecting used PAW program...")) {
                program = t.substring("detecting used PAW program...".length()).strip();
            } else if ((m = SPILLING.matcher(t)).find()) {
                (m.group(1).equals("total") ? total : charge).add(Double.parseDouble(m.group(2)));
            } else if (t.startsWith("WARNING:")) {
                warnings.add(String.join(" ", TextCursor.tokens(t.substring(8))));
            } else if (t.startsWith("INFO:")) {
                infos.add(String.join(" ", TextCursor.tokens(t.substring(5))));
            } else if ((m = TIME.matcher(t)).find()) {
                times["wall user sys ".indexOf(m.group(5)) / 5] = Integer.parseInt(m.group(1)) * 3600.0
                        + Integer.parseInt(m.group(2)) * 60.0 + Integer.parseInt(m.group(3))
                        + Integer.parseInt(m.group(4)) / 1000.0;
            } else if (t.startsWith("loading projection from projectionData.lobster")) {
                restarted = true;
            } else if (t.startsWith("saving projection to projectionData.lobster")) {
                saved = true;
            } else if (t.regionMatches(true, 0, "writing ", 0, 8)) {
                m = WRITTEN.matcher(t);
                while (m.find()) {
                    if (!files.contains(m.group(1))) {
                        files.add(m.group(1));
                    }
                }
            }
        }
    }
}
