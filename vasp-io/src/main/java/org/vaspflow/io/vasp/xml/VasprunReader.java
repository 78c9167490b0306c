package org.vaspflow.io.vasp.xml;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.vaspflow.io.parse.Completeness;
import org.vaspflow.io.parse.Compression;
import org.vaspflow.io.parse.ParseException;
import org.vaspflow.io.structure.Structure;
import org.vaspflow.io.vasp.Dos;

/**
 * Streaming reader of vasprun.xml (StAX; no DOM is built, so memory is the returned arrays plus a buffer):
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
    private static final XMLInputFactory FACTORY = factory();

    private VasprunReader() {
    }

    private static XMLInputFactory factory() {
        XMLInputFactory f = XMLInputFactory.newFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        f.setProperty(XMLInputFactory.IS_COALESCING, true);
        return f;
    }

    public static Vasprun read(Path file) {
        return read(file, VasprunOptions.ALL);
    }

    public static Vasprun read(Path file, VasprunOptions options) {
        try (InputStream in = Compression.open(file)) {
            return parse(file.toString(), in, options);
        } catch (IOException e) {
            throw new ParseException(file, 0, 0, "", "cannot read: " + e.getMessage());
        }
    }

    public static Vasprun parse(String name, InputStream in, VasprunOptions options) {
        VasprunBuilder b = new VasprunBuilder(name, options);
        XMLStreamReader x = null;
        try {
            x = FACTORY.createXMLStreamReader(in);
            b.readDocument(new XmlCursor(x));
        } catch (XMLStreamException | RuntimeException e) {
            if (e instanceof ParseException pe && !b.hasAtoms()) {
                throw pe;
            }
            int line = x == null ? 0 : safeLine(x, e);
            int column = x == null ? 0 : safeColumn(x, e);
            if (!b.hasAtoms()) {
                throw new ParseException(name, line, column, "", "not a readable vasprun.xml: " + message(e));
            }
            b.damaged(new Completeness(false, line, column, message(e)));
        } finally {
            if (x != null) {
                try {
                    x.close();
                } catch (XMLStreamException ignored) {
                    // the damage was already recorded
                }
            }
        }
        return b.build();
    }

    private static String message(Exception e) {
        String m = e.getMessage();
        return m == null ? e.getClass().getSimpleName() : m.replaceAll("\\s+", " ");
    }

    private static int safeLine(XMLStreamReader x, Exception e) {
        if (e instanceof XMLStreamException xe && xe.getLocation() != null) {
            return Math.max(0, xe.getLocation().getLineNumber());
        }
        try {
            return Math.max(0, x.getLocation().getLineNumber());
        } catch (RuntimeException ignored) {
            return 0;
        }
    }

    private static int safeColumn(XMLStreamReader x, Exception e) {
        if (e instanceof XMLStreamException xe && xe.getLocation() != null) {
            return Math.max(0, xe.getLocation().getColumnNumber());
        }
        try {
            return Math.max(0, x.getLocation().getColumnNumber());
        } catch (RuntimeException ignored) {
            return 0;
        }
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

        void damaged(Completeness c) {
            completeness = c;
        }

        void readDocument(XmlCursor x) throws XMLStreamException {
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
