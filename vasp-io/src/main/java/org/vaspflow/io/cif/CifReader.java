package org.vaspflow.io.cif;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.vaspflow.io.parse.ParseException;
import org.vaspflow.io.parse.TextCursor;
import org.vaspflow.io.structure.Element;
import org.vaspflow.io.structure.Lattice;
import org.vaspflow.io.structure.Site;
import org.vaspflow.io.structure.Structure;

/**
 * Reads the first data block of a CIF into an ordered {@link Structure} (the full cell the operations generate,
 * not reduced to a primitive cell):
 *
 * <pre>
 * data_NaCl
 * _cell_length_a 5.6402(3)        uncertainties in brackets are dropped
 * _cell_angle_alpha 90
 * loop_
 * _symmetry_equiv_pos_as_xyz      (or _space_group_symop_operation_xyz, or the dotted CIF 2 names)
 *   'x, y, z'
 *   '-x+1/2, y, -z'
 * loop_
 * _atom_site_label _atom_site_type_symbol _atom_site_fract_x _atom_site_fract_y _atom_site_fract_z _atom_site_occupancy
 *   Na1 Na 0 0 0 1
 * </pre>
 *
 * The element comes from {@code _atom_site_type_symbol} ({@code Fe3+} → Fe), else from the label ({@code O1} → O).
 * Every symmetry operation is applied to every atom site; images closer than 1e-4 in fractional coordinates
 * (periodically) are merged, pymatgen's {@code CifParser} default site tolerance. Site order: the images of the
 * first {@code atom_site} row in operation order, then of the second, …. The lattice is oriented as pymatgen's
 * {@code Lattice.from_parameters}.
 *
 * <p>Errors (a {@link ParseException} naming the site): an occupancy other than 1 (VASP needs an ordered
 * structure: order it first, e.g. by enumeration) and two rows generating the same position. A space group given
 * only by name or number without its operations is an error too: vaspflow does not generate operations from
 * symbols, and reading the asymmetric unit as P1 would silently lose atoms.
 */
public final class CifReader {
    private static final double MERGE_TOLERANCE = 1e-4;
    private static final Pattern NUMBER = Pattern.compile("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?");

    private CifReader() {
    }

    public static Structure read(Path file) {
        return TextCursor.read(file, CifReader::parse);
    }

    public static Structure parse(String name, String text) {
        return TextCursor.parse(name, text, CifReader::parse);
    }

    private static Structure parse(TextCursor c) {
        CifBlock block = CifBlock.of(c);
        return new Structure(lattice(c, block), sites(c, block, operations(c, block)), "");
    }

    private static Lattice lattice(TextCursor c, CifBlock block) {
        String[] keys = {"_cell_length_a", "_cell_length_b", "_cell_length_c", "_cell_angle_alpha", "_cell_angle_beta",
            "_cell_angle_gamma"};
        double[] p = new double[6];
        for (int k = 0; k < 6; k++) {
            CifTokens.Token t = block.item(keys[k]);
            if (t == null) {
                throw new ParseException(c.file(), Math.max(1, c.lineNumber()), 1, "", "missing " + keys[k]);
            }
            p[k] = number(c, t);
        }
        try {
            return Lattice.fromParameters(p[0], p[1], p[2], p[3], p[4], p[5]);
        } catch (IllegalArgumentException e) {
            throw CifBlock.error(c, block.item(keys[0]), "cell parameters give no valid lattice: " + e.getMessage());
        }
    }

    private static List<SymmetryOperation> operations(TextCursor c, CifBlock block) {
        List<CifTokens.Token> raw = block.column("_symmetry_equiv_pos_as_xyz");
        if (raw == null) {
            raw = block.column("_space_group_symop_operation_xyz");
        }
        List<SymmetryOperation> ops = new ArrayList<>();
        if (raw == null) {
            requireP1(c, block);
            ops.add(SymmetryOperation.parse("x,y,z"));
            return ops;
        }
        for (CifTokens.Token t : raw) {
            try {
                ops.add(SymmetryOperation.parse(t.text()));
            } catch (IllegalArgumentException e) {
                throw CifBlock.error(c, t, "bad symmetry operation: " + e.getMessage());
            }
        }
        return ops;
    }

    /** Without an operation loop, only a P1 (or unnamed) space group is read as it stands. */
    private static void requireP1(TextCursor c, CifBlock block) {
        for (String tag : new String[] {"_symmetry_space_group_name_h-m", "_space_group_name_h-m_alt",
            "_symmetry_int_tables_number", "_space_group_it_number"}) {
            CifTokens.Token t = block.item(tag);
            String v = t == null ? "" : t.text().replace(" ", "").toUpperCase(Locale.ROOT);
            if (t != null && !v.equals("P1") && !v.equals("1") && !v.equals("?") && !v.equals(".")) {
                throw CifBlock.error(c, t, "space group " + t.text() + " given without its symmetry operations "
                        + "(_symmetry_equiv_pos_as_xyz loop); vaspflow does not generate them from the symbol");
            }
        }
    }

    private static List<Site> sites(TextCursor c, CifBlock block, List<SymmetryOperation> ops) {
        List<CifTokens.Token> xs = block.column("_atom_site_fract_x");
        if (xs == null || block.column("_atom_site_fract_y") == null || block.column("_atom_site_fract_z") == null) {
            throw new ParseException(c.file(), Math.max(1, c.lineNumber()), 1, "",
                    "no _atom_site_fract_x/y/z loop (Cartesian-only CIFs are not read)");
        }
        List<CifTokens.Token> ys = sameLoop(c, block, "_atom_site_fract_y");
        List<CifTokens.Token> zs = sameLoop(c, block, "_atom_site_fract_z");
        List<CifTokens.Token> labels = sameLoop(c, block, "_atom_site_label");
        List<CifTokens.Token> types = sameLoop(c, block, "_atom_site_type_symbol");
        List<CifTokens.Token> occupancies = sameLoop(c, block, "_atom_site_occupancy");
        List<Site> out = new ArrayList<>();
        List<Integer> rowOf = new ArrayList<>();
        for (int k = 0; k < xs.size(); k++) {
            String label = labels != null ? labels.get(k).text() : "";
            String name = label.isEmpty() ? "#" + (k + 1) : label;
            Element element = element(c, types != null ? types.get(k) : null, labels != null ? labels.get(k) : null,
                    xs.get(k), name);
            if (occupancies != null) {
                double occ = number(c, occupancies.get(k));
                if (Math.abs(occ - 1.0) > 1e-6) {
                    throw CifBlock.error(c, occupancies.get(k), "site " + name + " has occupancy " + occ
                            + ": VASP needs an ordered structure");
                }
            }
            double[] f = {number(c, xs.get(k)), number(c, ys.get(k)), number(c, zs.get(k))};
            for (SymmetryOperation op : ops) {
                double[] g = op.apply(f);
                for (int d = 0; d < 3; d++) {
                    g[d] -= Math.floor(g[d]);
                    if (g[d] >= 1 - 1e-12) {
                        g[d] = 0;
                    }
                }
                int same = indexOf(out, g);
                if (same < 0) {
                    out.add(new Site(element, g, label, Site.ALL_FREE));
                    rowOf.add(k);
                } else if (rowOf.get(same) != k) {
                    throw CifBlock.error(c, xs.get(k), "site " + name + " generates the position of site "
                            + (out.get(same).label().isEmpty() ? "#" + (rowOf.get(same) + 1) : out.get(same).label())
                            + " (a disordered or duplicated site)");
                }
            }
        }
        return out;
    }

    /** A column of the atom_site loop that holds the fractional x, or null when absent. */
    private static List<CifTokens.Token> sameLoop(TextCursor c, CifBlock block, String tag) {
        List<CifTokens.Token> col = block.column(tag);
        if (col != null && !block.sameLoop(tag, "_atom_site_fract_x")) {
            throw CifBlock.error(c, col.isEmpty() ? block.column("_atom_site_fract_x").get(0) : col.get(0),
                    tag + " is not in the loop of _atom_site_fract_x");
        }
        return col;
    }

    private static Element element(TextCursor c, CifTokens.Token type, CifTokens.Token label, CifTokens.Token at,
            String name) {
        for (CifTokens.Token t : new CifTokens.Token[] {type, label}) {
            if (t != null && !t.text().equals("?") && !t.text().equals(".")) {
                return Element.parse(t.text().replaceAll("[0-9+\\-]+$", ""))
                        .orElseThrow(() -> CifBlock.error(c, t, "site " + name + " names no element"));
            }
        }
        throw CifBlock.error(c, at, "site " + name + " has neither a type symbol nor a label");
    }

    private static int indexOf(List<Site> sites, double[] g) {
        for (int i = 0; i < sites.size(); i++) {
            double sum = 0;
            for (int d = 0; d < 3; d++) {
                double x = sites.get(i).frac(d) - g[d];
                x -= Math.rint(x);
                sum += x * x;
            }
            if (sum < MERGE_TOLERANCE * MERGE_TOLERANCE) {
                return i;
            }
        }
        return -1;
    }

    /** A CIF number: {@code 5.6402(3)} → 5.6402 (also with the closing bracket missing); {@code ?}, {@code .} are errors. */
    private static double number(TextCursor c, CifTokens.Token t) {
        String s = t.text();
        int bracket = s.indexOf('(');
        if (bracket >= 0) {
            s = s.substring(0, bracket);
        }
        if (!NUMBER.matcher(s).matches()) {
            throw CifBlock.error(c, t, "not a number");
        }
        double v = Double.parseDouble(s);
        if (!Double.isFinite(v)) {
            throw CifBlock.error(c, t, "number out of range");
        }
        return v;
    }
}
