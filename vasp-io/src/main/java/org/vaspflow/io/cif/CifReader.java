package org.vaspflow.io.cif;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.vaspflow.io.parse.ParseException;
import org.vaspflow.io.parse.TextCursor;
import org.vaspflow.io.structure.Element;
import org.vaspflow.io.structure.Lattice;
import org.vaspflow.io.structure.Site;
import org.vaspflow.io.structure.Structure;

/**
 * Reads the first data block of a CIF into an ordered {@link Structure}:
 *
 * <pre>
 * data_NaCl
 * _cell_length_a 5.6402(3)        uncertainties in brackets are dropped
 * _cell_angle_alpha 90
 * loop_
 * _symmetry_equiv_pos_as_xyz      (or _space_group_symop_operation_xyz)
 *   'x, y, z'
 *   '-x+1/2, y, -z'
 * loop_
 * _atom_site_label _atom_site_type_symbol _atom_site_fract_x _atom_site_fract_y _atom_site_fract_z _atom_site_occupancy
 *   Na1 Na 0 0 0 1
 * </pre>
 *
 * Every symmetry operation is applied to every atom site; images closer than 1e-4 in fractional coordinates
 * (periodically) are merged, as pymatgen's {@code CifParser} does with its default site tolerance. The lattice is
 * oriented as pymatgen's {@code Lattice.from_parameters}. A site with occupancy below 1 is an error naming the
 * site: VASP needs an ordered structure (order it first, e.g. with enumeration).
 */
public final class CifReader {
    private static final double MERGE_TOLERANCE = 1e-4;

    private CifReader() {
    }

    public static Structure read(Path file) {
        return TextCursor.read(file, CifReader::parse);
    }

    public static Structure parse(String name, String text) {
        return TextCursor.parse(name, text, CifReader::parse);
    }

    private static Structure parse(TextCursor c) {
        List<CifTokens.Token> tokens = CifTokens.of(c);
        Map<String, CifTokens.Token> items = new HashMap<>();
        Map<String, List<CifTokens.Token>> loops = new LinkedHashMap<>();
        int i = 0;
        boolean inBlock = false;
        while (i < tokens.size()) {
            CifTokens.Token t = tokens.get(i);
            String lower = t.text().toLowerCase(Locale.ROOT);
            if (!t.quoted() && lower.startsWith("data_")) {
                if (inBlock) {
                    break;
                }
                inBlock = true;
                i++;
            } else if (!t.quoted() && lower.equals("loop_")) {
                i = readLoop(c, tokens, i + 1, loops);
            } else if (!t.quoted() && lower.startsWith("_")) {
                if (i + 1 >= tokens.size()) {
                    throw error(c, t, "tag " + t.text() + " has no value");
                }
                items.put(lower, tokens.get(i + 1));
                i += 2;
            } else {
                throw error(c, t, "unexpected value outside a loop");
            }
        }
        if (!inBlock) {
            throw new ParseException(c.file(), 1, 1, "", "no data_ block: not a CIF");
        }
        Lattice lattice = lattice(c, items);
        List<SymmetryOperation> ops = operations(c, loops);
        return new Structure(lattice, sites(c, loops, ops), "");
    }

    private static int readLoop(TextCursor c, List<CifTokens.Token> tokens, int i, Map<String, List<CifTokens.Token>> loops) {
        List<String> tags = new ArrayList<>();
        while (i < tokens.size() && !tokens.get(i).quoted() && tokens.get(i).text().startsWith("_")) {
            tags.add(tokens.get(i).text().toLowerCase(Locale.ROOT));
            i++;
        }
        List<List<CifTokens.Token>> columns = new ArrayList<>();
        for (int k = 0; k < tags.size(); k++) {
            columns.add(new ArrayList<>());
        }
        int count = 0;
        while (i < tokens.size()) {
            CifTokens.Token t = tokens.get(i);
            String lower = t.text().toLowerCase(Locale.ROOT);
            if (!t.quoted() && (lower.startsWith("_") || lower.equals("loop_") || lower.startsWith("data_"))) {
                break;
            }
            columns.get(count % tags.size()).add(t);
            count++;
            i++;
        }
        if (tags.isEmpty() || count % tags.size() != 0) {
            CifTokens.Token at = tokens.get(Math.min(i, tokens.size()) - 1);
            throw error(c, at, "loop with " + tags.size() + " tags has " + count + " values (not a multiple)");
        }
        for (int k = 0; k < tags.size(); k++) {
            loops.put(tags.get(k), columns.get(k));
        }
        return i;
    }

    private static Lattice lattice(TextCursor c, Map<String, CifTokens.Token> items) {
        String[] keys = {"_cell_length_a", "_cell_length_b", "_cell_length_c", "_cell_angle_alpha", "_cell_angle_beta",
            "_cell_angle_gamma"};
        double[] p = new double[6];
        for (int k = 0; k < 6; k++) {
            CifTokens.Token t = items.get(keys[k]);
            if (t == null) {
                throw new ParseException(c.file(), 0, 0, "", "missing " + keys[k]);
            }
            p[k] = number(c, t);
        }
        try {
            return Lattice.fromParameters(p[0], p[1], p[2], p[3], p[4], p[5]);
        } catch (IllegalArgumentException e) {
            throw error(c, items.get(keys[0]), "cell parameters give no valid lattice");
        }
    }

    private static List<SymmetryOperation> operations(TextCursor c, Map<String, List<CifTokens.Token>> loops) {
        List<CifTokens.Token> raw = loops.getOrDefault("_symmetry_equiv_pos_as_xyz",
                loops.getOrDefault("_space_group_symop_operation_xyz", List.of()));
        List<SymmetryOperation> ops = new ArrayList<>();
        for (CifTokens.Token t : raw) {
            try {
                ops.add(SymmetryOperation.parse(t.text()));
            } catch (IllegalArgumentException e) {
                throw error(c, t, "bad symmetry operation: " + e.getMessage());
            }
        }
        if (ops.isEmpty()) {
            ops.add(SymmetryOperation.parse("x,y,z"));
        }
        return ops;
    }

    private static List<Site> sites(TextCursor c, Map<String, List<CifTokens.Token>> loops, List<SymmetryOperation> ops) {
        List<CifTokens.Token> xs = loops.get("_atom_site_fract_x");
        List<CifTokens.Token> ys = loops.get("_atom_site_fract_y");
        List<CifTokens.Token> zs = loops.get("_atom_site_fract_z");
        if (xs == null || ys == null || zs == null) {
            throw new ParseException(c.file(), 0, 0, "", "no _atom_site_fract_x/y/z loop");
        }
        List<CifTokens.Token> labels = loops.get("_atom_site_label");
        List<CifTokens.Token> types = loops.get("_atom_site_type_symbol");
        List<CifTokens.Token> occupancies = loops.get("_atom_site_occupancy");
        List<Site> out = new ArrayList<>();
        for (int k = 0; k < xs.size(); k++) {
            String label = labels != null ? labels.get(k).text() : "";
            CifTokens.Token symbolToken = types != null ? types.get(k) : labels != null ? labels.get(k) : xs.get(k);
            Element element = Element.parse(symbolToken.text().replaceAll("[0-9+\\-]+$", ""))
                    .orElseThrow(() -> error(c, symbolToken, "site names no element"));
            if (occupancies != null) {
                double occ = number(c, occupancies.get(k));
                if (Math.abs(occ - 1.0) > 1e-6) {
                    throw error(c, occupancies.get(k), "site " + (label.isEmpty() ? "#" + (k + 1) : label)
                            + " has fractional occupancy " + occ + ": VASP needs an ordered structure");
                }
            }
            double[] f = {number(c, xs.get(k)), number(c, ys.get(k)), number(c, zs.get(k))};
            List<double[]> images = new ArrayList<>();
            for (SymmetryOperation op : ops) {
                double[] g = op.apply(f);
                for (int d = 0; d < 3; d++) {
                    g[d] -= Math.floor(g[d]);
                    if (g[d] >= 1 - 1e-12) {
                        g[d] = 0;
                    }
                }
                if (images.stream().noneMatch(h -> same(h, g)) && out.stream().noneMatch(s -> same(s.fracCoords(), g))) {
                    images.add(g);
                }
            }
            for (double[] g : images) {
                out.add(new Site(element, g, label, Site.ALL_FREE));
            }
        }
        return out;
    }

    private static boolean same(double[] a, double[] b) {
        double sum = 0;
        for (int d = 0; d < 3; d++) {
            double x = a[d] - b[d];
            x -= Math.rint(x);
            sum += x * x;
        }
        return Math.sqrt(sum) < MERGE_TOLERANCE;
    }

    /** A CIF number: {@code 5.6402(3)} → 5.6402; {@code .} and {@code ?} (unknown) are errors. */
    private static double number(TextCursor c, CifTokens.Token t) {
        String s = t.text();
        int bracket = s.indexOf('(');
        if (bracket >= 0) {
            s = s.substring(0, bracket);
        }
        double v = TextCursor.fortranDouble(s);
        if (!Double.isFinite(v)) {
            throw error(c, t, "not a number");
        }
        return v;
    }

    private static ParseException error(TextCursor c, CifTokens.Token t, String reason) {
        return new ParseException(c.file(), t.line(), t.column(), t.text(), reason);
    }
}
