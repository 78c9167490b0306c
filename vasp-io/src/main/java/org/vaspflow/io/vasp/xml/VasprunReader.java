package org.vaspflow.io.vasp.xml;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.vaspflow.io.parse.Completeness;
import org.vaspflow.io.parse.Compression;
import org.vaspflow.io.parse.ParseException;
import org.vaspflow.io.structure.Structure;
import org.vaspflow.io.vasp.Dos;

/**
 * Streaming reader of vasprun.xml. No DOM is built: a byte-level pull scanner ({@link XmlCursor}) walks the
 * elements, and the big {@code <array>} blocks of {@code <r>} rows are parsed from the raw bytes with
 * FastDoubleParser, split across cores ({@link ArrayReader}); memory is the returned arrays plus a 4 MiB buffer.
 *
 * <pre>
 * &lt;modeling&gt;
 *  &lt;generator&gt; &lt;i name="version" type="string"&gt;5.3.5 &lt;/i&gt; … &lt;/generator&gt;
 *  &lt;incar&gt; &lt;i type="int" name="ISPIN"&gt; 2&lt;/i&gt; &lt;v name="MAGMOM"&gt; 5 -5 0.6 0.6&lt;/v&gt; … &lt;/incar&gt;
 *  &lt;kpoints&gt; &lt;generation param="Gamma"&gt;…&lt;/generation&gt; &lt;varray name="kpointlist"&gt; &lt;varray name="weights"&gt;
 *  &lt;parameters&gt; &lt;separator name="electronic"&gt; &lt;i …&gt; … (nested separators) &lt;/parameters&gt;
 *  &lt;atominfo&gt; &lt;array name="atoms"&gt; &lt;set&gt;&lt;rc&gt;&lt;c&gt;Fe&lt;/c&gt;&lt;c&gt;1&lt;/c&gt;&lt;/rc&gt; … &lt;array name="atomtypes"&gt;
 *  &lt;structure name="initialpos"&gt; &lt;crystal&gt; &lt;varray name="basis"&gt; … &lt;varray name="positions"&gt;
 *  &lt;calculation&gt;            one per ionic step
 *    &lt;scstep&gt; &lt;energy&gt; &lt;i name="e_fr_energy"&gt; … &lt;/scstep&gt;   one per electronic step
 *    &lt;structure&gt; &lt;varray name="forces"&gt; &lt;varray name="stress"&gt; &lt;energy&gt; (ionic energies)
 *    &lt;eigenvalues&gt; &lt;array&gt; &lt;set&gt;&lt;set comment="spin 1"&gt;&lt;set comment="kpoint 1"&gt; &lt;r&gt;e occ&lt;/r&gt;
 *    &lt;dos&gt; &lt;i name="efermi"&gt; &lt;total&gt; … &lt;partial&gt; &lt;field&gt;s&lt;/field&gt; … &lt;set comment="ion 1"&gt;…
 *    &lt;projected&gt; &lt;array&gt; &lt;field&gt;s&lt;/field&gt;… &lt;set&gt;&lt;set spin&gt;&lt;set kpoint&gt;&lt;set band&gt; &lt;r&gt;per ion&lt;/r&gt;
 *  &lt;/calculation&gt;
 *  &lt;structure name="finalpos"&gt;
 * &lt;/modeling&gt;
 * </pre>
 *
 * A file that ends early or is damaged gives every complete ionic step and {@code completeness().complete() ==
 * false} with the line and column where reading stopped. A file without {@code <modeling>} at all, or without the
 * atom list, is a {@link ParseException}. Whether projections exist is decided from the data (VASP 5.2/5.3 write
 * LORBIT as F in vasprun.xml even when projections follow).
 */
public final class VasprunReader {
    private static final int MAX_BUFFER_BYTES = 1 << 22;
    private static final int MIN_BUFFER_BYTES = 1 << 12;

    private VasprunReader() {
    }

    public static Vasprun read(Path file) {
        return read(file, VasprunOptions.ALL);
    }

    public static Vasprun read(Path file, VasprunOptions options) {
        try (InputStream in = Compression.open(file)) {
            return parse(file.toString(), in, options, bufferFor(file));
        } catch (IOException e) {
            throw new ParseException(file, 0, 0, "", "cannot read: " + e.getMessage());
        }
    }

    public static Vasprun parse(String name, InputStream in, VasprunOptions options) {
        return parse(name, in, options, MAX_BUFFER_BYTES);
    }

    /** A small plain file gets a buffer its size; anything else 4 MiB, enough for rows to be split across cores. */
    private static int bufferFor(Path file) {
        try {
            if (Compression.of(file) == Compression.NONE) {
                return (int) Math.max(MIN_BUFFER_BYTES, Math.min(MAX_BUFFER_BYTES, Files.size(file) + 1));
            }
        } catch (IOException | RuntimeException e) {
            // the open that follows reports an unreadable file
        }
        return MAX_BUFFER_BYTES;
    }

    static Vasprun parse(String name, InputStream in, VasprunOptions options, int bufferBytes) {
        VasprunBuilder b = new VasprunBuilder(name, options);
        XmlCursor x = new XmlCursor(in, bufferBytes);
        try {
            b.readDocument(x);
        } catch (XmlDamage e) {
            b.damaged(e.line, e.column, e.snippet, e.getMessage());
        } catch (ParseException e) {
            throw e;
        } catch (RuntimeException e) {
            // a value the format allows but the model refuses (a singular lattice, an unknown element): damage here,
            // unless rows still being parsed found some earlier in the file
            XmlDamage earlier = x.settle();
            if (earlier != null) {
                b.damaged(earlier.line, earlier.column, earlier.snippet, earlier.getMessage());
            } else {
                b.damaged(x.line(), x.column(), "", String.valueOf(e.getMessage()));
            }
        }
        return b.build();
    }

    /** Accumulates the parts of a vasprun as they stream past. */
    static final class VasprunBuilder {
        final String name;
        final VasprunOptions options;
        final Map<String, Object> generator = new LinkedHashMap<>();
        final Map<String, Object> incar = new LinkedHashMap<>();
        final Map<String, Object> parameters = new LinkedHashMap<>();
        Vasprun.Kpoints kpoints = new Vasprun.Kpoints(new double[0], new double[0], "", new int[0]);
        List<String> atomSymbols = List.of();
        List<Vasprun.AtomType> atomTypes = List.of();
        Structure initial;
        Structure fin;
        final List<Vasprun.IonicStep> steps = new ArrayList<>();
        Vasprun.Eigenvalues eigenvalues;
        Dos dos;
        Vasprun.ProjectedEigenvalues projected;
        Completeness completeness = Completeness.COMPLETE;
        boolean sawEnd;

        VasprunBuilder(String name, VasprunOptions options) {
            this.name = name;
            this.options = options;
        }

        boolean hasAtoms() {
            return !atomSymbols.isEmpty() && initial != null;
        }

        /** Records where reading stopped; without the atoms and initial structure there is nothing to return. */
        void damaged(int line, int column, String snippet, String reason) {
            if (!hasAtoms()) {
                throw new ParseException(name, line, column, snippet, "not a readable vasprun.xml: " + reason);
            }
            completeness = new Completeness(false, line, column, reason);
        }

        void readDocument(XmlCursor x) throws XmlDamage {
            if (!x.nextStart() || !x.name().equals("modeling")) {
                throw new ParseException(name, x.line(), x.column(), "", "no <modeling> element: not a vasprun.xml");
            }
            VasprunSections s = new VasprunSections(this);
            while (x.nextChildOf("modeling")) {
                switch (x.name()) {
                    case "generator" -> s.items(x, "generator", generator, true);
                    case "incar" -> s.items(x, "incar", incar, false);
                    case "parameters" -> s.items(x, "parameters", parameters, false);
                    case "kpoints" -> kpoints = s.kpoints(x);
                    case "atominfo" -> s.atominfo(x);
                    case "structure" -> {
                        String which = x.attribute("name");
                        if (atomSymbols.isEmpty() || "primitive_cell".equals(which)) {
                            // VASP 6 writes the primitive cell (and 5.4 some structures) before <atominfo>
                            x.skipElement();
                            continue;
                        }
                        Structure st = s.structure(x);
                        if ("initialpos".equals(which)) {
                            initial = st;
                        } else if ("finalpos".equals(which)) {
                            fin = st;
                        }
                    }
                    case "calculation" -> s.calculation(x);
                    default -> x.skipElement();
                }
            }
            sawEnd = true;
        }

        Vasprun build() {
            if (!hasAtoms()) {
                throw new ParseException(name, 0, 0, "", "vasprun.xml without atoms or initial structure");
            }
            Completeness c = completeness;
            if (c.complete() && !sawEnd) {
                c = new Completeness(false, 0, 0, "file ends before </modeling>");
            }
            Map<String, String> gen = new LinkedHashMap<>();
            generator.forEach((k, v) -> gen.put(k, String.valueOf(v)));
            return new Vasprun(java.util.Collections.unmodifiableMap(gen), java.util.Collections.unmodifiableMap(incar),
                    java.util.Collections.unmodifiableMap(parameters), kpoints, atomSymbols, atomTypes, initial,
                    Optional.ofNullable(fin), List.copyOf(steps), Optional.ofNullable(eigenvalues),
                    Optional.ofNullable(dos), Optional.ofNullable(projected), c);
        }
    }
}
