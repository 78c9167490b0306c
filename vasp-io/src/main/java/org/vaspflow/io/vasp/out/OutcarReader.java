package org.vaspflow.io.vasp.out;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.vaspflow.io.parse.Completeness;
import org.vaspflow.io.parse.ParseException;
import org.vaspflow.io.parse.TextCursor;

/**
 * Streams an OUTCAR once, handing each block to its own small parser:
 *
 * <pre>
 *  vasp.5.3.5 31Mar14 (build Apr 25 2014 17:03:44) complex          version (first line)
 *  running on   12 total cores                                       cores
 *    k-points NKPTS = 1 … number of bands NBANDS= 24                 header: NKPTS NBANDS NIONS ISPIN ENCUT NELECT
 *  E-fermi :   2.4155     XC(G=0): -9.8904     alpha+bet : -7.8432  every SCF summary
 *  number of electron  28.0000001 magnetization   4.0000000           every SCF summary
 *   in kB     -25.15548   137.04889 …                                stress of the ionic step
 *  POSITION   TOTAL-FORCE (eV/Angst)  + dashes + NIONS rows          forces of the ionic step
 *   FREE ENERGIE OF THE ION-ELECTRON SYSTEM (eV)                      ends an ionic step:
 *   free  energy   TOTEN  =   -20.66323714 eV
 *   energy  without entropy=  -20.66323714  energy(sigma->0) = -20.66323714
 *  magnetization (x) / total charge  + "# of ion s p d tot" rows     per-ion moments and charges
 *  Total CPU time used (sec):   81.640 …                             timing: the run ended normally
 * </pre>
 *
 * Fortran quirks are handled by {@link TextCursor#splitFortranFields} (fused negatives such as
 * {@code -0.123-0.456}) and {@link TextCursor#fortranDouble} ({@code ****} → NaN). A file without a version line
 * is not an OUTCAR (ParseException); a run that did not reach the timing section is returned with what it has and
 * {@code complete == false}.
 */
public final class OutcarReader {
    private static final Pattern HEADER = Pattern.compile("\\b(NKPTS|NBANDS|NIONS|ISPIN|ENCUT|NELECT)\\s*=\\s*(\\S+)");
    private static final Pattern ELECTRONS = Pattern.compile("number of electron\\s+(\\S+)\\s+magnetization\\s*(\\S*)");
    private static final Pattern EFERMI = Pattern.compile("E-fermi\\s*:\\s*(\\S+)");

    private OutcarReader() {
    }

    public static Outcar read(Path file) {
        return TextCursor.read(file, OutcarReader::parse);
    }

    private static Outcar parse(TextCursor c) {
        String first = c.next();
        if (first == null || !first.strip().startsWith("vasp.")) {
            throw new ParseException(c.file(), first == null ? 0 : 1, 1, first == null ? "" : first,
                    "not an OUTCAR: the first line should name the VASP version (vasp.x.y.z)");
        }
        State s = new State();
        s.version = first.strip();
        String line;
        while ((line = c.next()) != null) {
            s.line(c, line);
        }
        Completeness done = s.runStats.containsKey("Total CPU time used (sec)") ? Completeness.COMPLETE
                : Completeness.partial(c.lineNumber(), "no timing section: the run did not finish");
        return new Outcar(s.version, Map.copyOf(s.header), List.copyOf(s.steps),
                s.efermi.stream().mapToDouble(Double::doubleValue).toArray(), s.nelect, s.totalMag,
                s.magnetization, s.magColumns, s.charge, s.chargeColumns, Map.copyOf(s.runStats), s.stopped,
                List.copyOf(s.warnings), done);
    }

    /** What has been read so far; each block parser updates it. */
    private static final class State {
        String version;
        final Map<String, Double> header = new LinkedHashMap<>();
        final List<Outcar.IonicStep> steps = new ArrayList<>();
        final List<Double> efermi = new ArrayList<>();
        double nelect = Double.NaN;
        double totalMag = Double.NaN;
        List<double[]> magnetization = List.of();
        List<String> magColumns = List.of();
        List<double[]> charge = List.of();
        List<String> chargeColumns = List.of();
        final Map<String, Double> runStats = new LinkedHashMap<>();
        boolean stopped;
        final List<String> warnings = new ArrayList<>();
        double[] pendingForces = new double[0];
        double[] pendingStress = new double[0];

        void line(TextCursor c, String line) {
            String t = line.strip();
            if (t.startsWith("running on") && !runStats.containsKey("cores")) {
                String[] tok = TextCursor.tokens(t);
                runStats.put("cores", tok.length > 2 ? TextCursor.fortranDouble(tok[2]) : Double.NaN);
            } else if (t.startsWith("running") && !runStats.containsKey("cores")) {
                String[] tok = TextCursor.tokens(t);
                runStats.put("cores", tok.length > 1 ? TextCursor.fortranDouble(tok[1]) : Double.NaN);
            } else if (t.contains("E-fermi")) {
                Matcher m = EFERMI.matcher(t);
                if (m.find()) {
                    efermi.add(TextCursor.fortranDouble(m.group(1)));
                }
            } else if (t.startsWith("number of electron")) {
                Matcher m = ELECTRONS.matcher(t);
                if (m.find()) {
                    nelect = TextCursor.fortranDouble(m.group(1));
                    totalMag = m.group(2).isEmpty() ? Double.NaN : TextCursor.fortranDouble(m.group(2));
                }
            } else if (t.startsWith("in kB")) {
                double[] v = c.doubles(t.substring(5));
                if (v.length == 6) {
                    pendingStress = v;
                }
            } else if (t.startsWith("POSITION") && t.contains("TOTAL-FORCE")) {
                pendingForces = forces(c);
            } else if (t.startsWith("FREE ENERGIE OF THE ION-ELECTRON SYSTEM")) {
                energies(c);
            } else if (t.equals("magnetization (x)")) {
                List<String> cols = new ArrayList<>();
                magnetization = perIon(c, cols);
                magColumns = cols;
            } else if (t.equals("total charge")) {
                List<String> cols = new ArrayList<>();
                charge = perIon(c, cols);
                chargeColumns = cols;
            } else if (t.contains("(sec)") || t.contains("(kb)")) {
                int colon = t.indexOf(':');
                if (colon > 0) {
                    runStats.put(t.substring(0, colon).strip(), TextCursor.fortranDouble(t.substring(colon + 1).strip()));
                }
            } else if (t.contains("soft stop encountered!  aborting job")) {
                stopped = true;
            } else if (t.startsWith("WARNING") || t.startsWith("|     W    W    AA    RRRRR")) {
                warnings.add(t.startsWith("|") ? boxedWarning(c) : t);
            } else if (HEADER.matcher(t).find() && steps.isEmpty()) {
                Matcher m = HEADER.matcher(t);
                while (m.find()) {
                    header.putIfAbsent(m.group(1), TextCursor.fortranDouble(m.group(2).replace("eV", "")));
                }
            }
        }

        private double[] forces(TextCursor c) {
            c.require("the dashes under POSITION");
            List<Double> values = new ArrayList<>();
            String row;
            while ((row = c.next()) != null && !row.strip().startsWith("---")) {
                double[] v = c.doubles(row);
                if (v.length < 6) {
                    throw c.error("a force row needs 3 positions and 3 forces");
                }
                values.add(v[3]);
                values.add(v[4]);
                values.add(v[5]);
            }
            return values.stream().mapToDouble(Double::doubleValue).toArray();
        }

        private void energies(TextCursor c) {
            double toten = Double.NaN;
            double wo = Double.NaN;
            double sigma0 = Double.NaN;
            for (int i = 0; i < 5; i++) {
                String l = c.next();
                if (l == null) {
                    return;
                }
                if (l.contains("free  energy   TOTEN")) {
                    toten = TextCursor.fortranDouble(TextCursor.tokens(l.substring(l.indexOf('=') + 1))[0]);
                } else if (l.contains("energy  without entropy")) {
                    String[] parts = l.split("=");
                    wo = TextCursor.fortranDouble(TextCursor.tokens(parts[1])[0]);
                    sigma0 = parts.length > 2 ? TextCursor.fortranDouble(TextCursor.tokens(parts[2])[0]) : Double.NaN;
                    break;
                }
            }
            steps.add(new Outcar.IonicStep(toten, wo, sigma0, pendingForces, pendingStress));
            pendingForces = new double[0];
            pendingStress = new double[0];
        }

        /** A "# of ion  s  p  d  tot" table: rows until the "tot" line; columns into {@code cols}. */
        private static List<double[]> perIon(TextCursor c, List<String> cols) {
            List<double[]> rows = new ArrayList<>();
            String l;
            while ((l = c.next()) != null) {
                String t = l.strip();
                if (t.startsWith("# of ion")) {
                    cols.clear();
                    String[] h = t.substring("# of ion".length()).strip().split("\\s+");
                    cols.addAll(List.of(h));
                } else if (t.startsWith("tot") || t.isEmpty() && !rows.isEmpty()) {
                    break;
                } else if (!t.isEmpty() && Character.isDigit(t.charAt(0))) {
                    double[] v = c.doubles(t);
                    rows.add(java.util.Arrays.copyOfRange(v, 1, v.length));
                }
            }
            return List.copyOf(rows);
        }

        private static String boxedWarning(TextCursor c) {
            for (int i = 0; i < 8; i++) {
                String l = c.next();
                if (l == null) {
                    break;
                }
                String t = l.replace('|', ' ').strip();
                if (!t.isEmpty() && !t.contains("W    W") && !t.contains("WW  WW") && !t.contains("W  W")
                        && !t.startsWith("-")) {
                    return "WARNING: " + t;
                }
            }
            return "WARNING";
        }
    }
}
