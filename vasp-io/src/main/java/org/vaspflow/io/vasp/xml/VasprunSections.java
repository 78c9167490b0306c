package org.vaspflow.io.vasp.xml;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.vaspflow.io.parse.TextCursor;
import org.vaspflow.io.structure.Element;
import org.vaspflow.io.structure.Lattice;
import org.vaspflow.io.structure.Site;
import org.vaspflow.io.structure.Structure;

/** One parser per vasprun.xml section; each consumes exactly its element. */
final class VasprunSections {
    private final VasprunReader.VasprunBuilder b;

    VasprunSections(VasprunReader.VasprunBuilder b) {
        this.b = b;
    }

    /** {@code <i>} and {@code <v>} items (recursing into separators), typed by their {@code type} attribute. */
    void items(XmlCursor x, String parent, Map<String, Object> into, boolean asStrings) throws XmlDamage {
        while (x.nextChildOf(parent)) {
            String tag = x.name();
            String name = x.attribute("name");
            String type = x.attribute("type");
            switch (tag) {
                case "i" -> {
                    String text = x.text();
                    into.put(name, asStrings ? text.strip() : scalar(type, text));
                }
                case "v" -> into.put(name, vector(type, x.text()));
                case "separator" -> {
                    if ("response functions".equals(name)) {
                        // as pymatgen: this separator repeats NELM etc. with other values; the root ones win
                        Map<String, Object> response = new java.util.LinkedHashMap<>();
                        items(x, "separator", response, asStrings);
                        response.forEach(into::putIfAbsent);
                    } else {
                        items(x, "separator", into, asStrings);
                    }
                }
                default -> x.skipElement();
            }
        }
    }

    /** A {@code <v>} item: numbers, or its text for string/logical vectors and anything not numeric. */
    private static Object vector(String type, String text) {
        if ("string".equals(type) || "logical".equals(type)) {
            return text.strip();
        }
        try {
            return XmlNumbers.parse(text);
        } catch (NumberFormatException e) {
            return text.strip();
        }
    }

    private static Object scalar(String type, String text) {
        String t = text.strip();
        if ("string".equals(type)) {
            return t;
        }
        if ("logical".equals(type)) {
            return t.startsWith("T") || t.startsWith(".T") || t.equalsIgnoreCase("true");
        }
        if ("int".equals(type)) {
            try {
                return Long.parseLong(t);
            } catch (NumberFormatException e) {
                return t;
            }
        }
        double d = TextCursor.fortranDouble(t);
        return Double.isNaN(d) && !t.startsWith("*") ? t : d;
    }

    Vasprun.Kpoints kpoints(XmlCursor x) throws XmlDamage {
        String style = "";
        int[] divisions = new int[0];
        double[] coords = new double[0];
        double[] weights = new double[0];
        while (x.nextChildOf("kpoints")) {
            switch (x.name()) {
                case "generation" -> {
                    style = x.attribute("param") == null ? "" : x.attribute("param");
                    while (x.nextChildOf("generation")) {
                        if ("divisions".equals(x.attribute("name"))) {
                            double[] d = XmlNumbers.parse(x.text());
                            divisions = new int[d.length];
                            for (int i = 0; i < d.length; i++) {
                                divisions[i] = (int) d[i];
                            }
                        } else {
                            x.skipElement();
                        }
                    }
                }
                case "varray" -> {
                    String n = x.attribute("name");
                    double[] rows = varray(x);
                    if ("kpointlist".equals(n)) {
                        coords = rows;
                    } else if ("weights".equals(n)) {
                        weights = rows;
                    }
                }
                default -> x.skipElement();
            }
        }
        return new Vasprun.Kpoints(coords, weights, style, divisions);
    }

    /** All numbers of a {@code <varray>}'s {@code <v>} rows, flat. */
    static double[] varray(XmlCursor x) throws XmlDamage {
        XmlNumbers.DoubleBuffer buf = new XmlNumbers.DoubleBuffer(16);
        while (x.nextChildOf("varray")) {
            if (x.name().equals("v")) {
                XmlNumbers.parseInto(x.text(), buf);
            } else {
                x.skipElement();
            }
        }
        return buf.toArray();
    }

    void atominfo(XmlCursor x) throws XmlDamage {
        while (x.nextChildOf("atominfo")) {
            if (x.name().equals("array")) {
                String n = x.attribute("name");
                List<List<String>> rows = rc(x);
                if ("atoms".equals(n)) {
                    List<String> symbols = new ArrayList<>();
                    for (List<String> r : rows) {
                        String s = r.get(0).strip();
                        symbols.add(s.equals("X") ? "Xe" : s);
                    }
                    b.atomSymbols = List.copyOf(symbols);
                } else if ("atomtypes".equals(n)) {
                    List<Vasprun.AtomType> types = new ArrayList<>();
                    for (List<String> r : rows) {
                        if (r.size() >= 5) {
                            types.add(new Vasprun.AtomType((int) TextCursor.fortranDouble(r.get(0).strip()),
                                    r.get(1).strip(), TextCursor.fortranDouble(r.get(2).strip()),
                                    TextCursor.fortranDouble(r.get(3).strip()), r.get(4).strip()));
                        }
                    }
                    b.atomTypes = List.copyOf(types);
                }
            } else {
                x.skipElement();
            }
        }
    }

    /** The {@code <rc><c>…</c></rc>} rows of an array, as strings. */
    private static List<List<String>> rc(XmlCursor x) throws XmlDamage {
        List<List<String>> rows = new ArrayList<>();
        int depth = 1;
        List<String> row = null;
        while (depth > 0) {
            if (!x.nextStartOrEnd()) {
                depth--;
                if (x.name().equals("rc") && row != null) {
                    rows.add(row);
                    row = null;
                }
                continue;
            }
            switch (x.name()) {
                case "rc" -> {
                    row = new ArrayList<>();
                    depth++;
                }
                case "c" -> {
                    String t = x.text();
                    if (row != null) {
                        row.add(t);
                    }
                }
                case "field" -> x.text();
                default -> depth++;
            }
        }
        return rows;
    }

    Structure structure(XmlCursor x) throws XmlDamage {
        double[] basis = null;
        double[] positions = null;
        while (x.nextChildOf("structure")) {
            switch (x.name()) {
                case "crystal" -> {
                    while (x.nextChildOf("crystal")) {
                        if (x.name().equals("varray") && "basis".equals(x.attribute("name"))) {
                            basis = varray(x);
                        } else {
                            x.skipElement();
                        }
                    }
                }
                case "varray" -> {
                    if ("positions".equals(x.attribute("name"))) {
                        positions = varray(x);
                    } else {
                        x.skipElement();
                    }
                }
                default -> x.skipElement();
            }
        }
        int n = b.atomSymbols.size();
        if (basis == null || basis.length != 9 || positions == null || positions.length != 3 * n) {
            throw x.damage("structure without a 3x3 basis or " + n + " positions");
        }
        Lattice lattice = Lattice.fromMatrix(new double[][] {{basis[0], basis[1], basis[2]},
            {basis[3], basis[4], basis[5]}, {basis[6], basis[7], basis[8]}});
        List<Site> sites = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            Element e = Element.parse(b.atomSymbols.get(i))
                    .orElseThrow(() -> new IllegalStateException("unknown element in atominfo"));
            sites.add(new Site(e, new double[] {positions[3 * i], positions[3 * i + 1], positions[3 * i + 2]}));
        }
        return new Structure(lattice, sites);
    }

    void calculation(XmlCursor x) throws XmlDamage {
        List<Vasprun.ElectronicStep> electronic = new ArrayList<>();
        Structure structure = null;
        double[] forces = new double[0];
        double[] stress = new double[0];
        double[] energies = {Double.NaN, Double.NaN, Double.NaN};
        while (x.nextChildOf("calculation")) {
            switch (x.name()) {
                case "scstep" -> electronic.add(scstep(x));
                case "structure" -> structure = structure(x);
                case "varray" -> {
                    String n = x.attribute("name");
                    double[] v = varray(x);
                    if ("forces".equals(n)) {
                        forces = v;
                    } else if ("stress".equals(n)) {
                        stress = v;
                    }
                }
                case "energy" -> energies = energies(x);
                case "eigenvalues" -> eigenvalues(x);
                case "dos" -> dos(x);
                case "projected" -> projected(x);
                default -> x.skipElement();
            }
        }
        Structure st = structure != null ? structure
                : b.steps.isEmpty() ? b.initial : b.steps.get(b.steps.size() - 1).structure();
        b.steps.add(new Vasprun.IonicStep(st, forces, stress, energies[0], energies[1], energies[2],
                List.copyOf(electronic)));
    }

    private Vasprun.ElectronicStep scstep(XmlCursor x) throws XmlDamage {
        double[] e = {Double.NaN, Double.NaN, Double.NaN, 0};
        while (x.nextChildOf("scstep")) {
            if (x.name().equals("energy")) {
                e = energies(x);
            } else {
                x.skipElement();
            }
        }
        return new Vasprun.ElectronicStep(e[0], e[1], e[2], e[3] == 0);
    }

    /** e_fr_energy, e_wo_entrp, e_0_energy of an {@code <energy>} block, then how many other terms it has. */
    private static double[] energies(XmlCursor x) throws XmlDamage {
        double[] e = {Double.NaN, Double.NaN, Double.NaN, 0};
        while (x.nextChildOf("energy")) {
            String n = x.attribute("name");
            if (x.name().equals("i")) {
                double v = TextCursor.fortranDouble(x.text().strip());
                switch (n == null ? "" : n) {
                    case "e_fr_energy" -> e[0] = v;
                    case "e_wo_entrp" -> e[1] = v;
                    case "e_0_energy" -> e[2] = v;
                    default -> e[3]++;
                }
            } else {
                x.skipElement();
            }
        }
        return e;
    }

    private void eigenvalues(XmlCursor x) throws XmlDamage {
        if (!b.options.readEigenvalues()) {
            x.skipElement();
            return;
        }
        while (x.nextChildOf("eigenvalues")) {
            if (!x.name().equals("array")) {
                x.skipElement();
                continue;
            }
            XmlNumbers.DoubleBuffer buf = new XmlNumbers.DoubleBuffer(1024);
            ArrayReader.Shape shape = ArrayReader.read(x, buf);
            int spins = Math.max(1, shape.setsAtDepth[2]);
            int kpoints = Math.max(1, shape.setsAtDepth[3] / spins);
            int bands = shape.rows / (spins * kpoints);
            double[] all = buf.toArray(shape.values());
            int cols = shape.columns;
            double[] energy = new double[shape.rows];
            double[] occ = new double[shape.rows];
            for (int r = 0; r < shape.rows; r++) {
                energy[r] = all[r * cols];
                occ[r] = cols > 1 ? all[r * cols + 1] : Double.NaN;
            }
            b.eigenvalues = new Vasprun.Eigenvalues(spins, kpoints, bands, energy, occ);
        }
    }

    private void dos(XmlCursor x) throws XmlDamage {
        if (!b.options.readDos()) {
            x.skipElement();
            return;
        }
        new DosSection(b).read(x);
    }

    private void projected(XmlCursor x) throws XmlDamage {
        if (!b.options.readProjected()) {
            x.skipElement();
            return;
        }
        while (x.nextChildOf("projected")) {
            if (!x.name().equals("array")) {
                x.skipElement();
                continue;
            }
            XmlNumbers.FloatBuffer buf = new XmlNumbers.FloatBuffer(expectedProjections());
            ArrayReader.Shape shape = ArrayReader.read(x, buf);
            int spins = Math.max(1, shape.setsAtDepth[2]);
            int kpoints = Math.max(1, shape.setsAtDepth[3] / spins);
            int bands = Math.max(1, shape.setsAtDepth[4] / (spins * kpoints));
            int ions = shape.rows / (spins * kpoints * bands);
            b.projected = new Vasprun.ProjectedEigenvalues(spins, kpoints, bands, ions, List.copyOf(shape.fields),
                    buf.toArray(shape.values()));
        }
    }

    /**
     * The projection count the parameters announce (spin components × k-points × bands × ions × 9 lm orbitals,
     * the s-p-d case), so the float array is usually filled in place without growing or trimming.
     */
    private long expectedProjections() {
        long spins = Boolean.TRUE.equals(b.parameters.get("LNONCOLLINEAR")) ? 4 : Math.max(1, longParameter("ISPIN", 1));
        return spins * b.kpoints.count() * Math.max(1, longParameter("NBANDS", 1)) * b.atomSymbols.size() * 9;
    }

    private long longParameter(String name, long otherwise) {
        return b.parameters.get(name) instanceof Number n ? n.longValue() : otherwise;
    }
}
