package org.vaspflow.io.vasp;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.vaspflow.io.structure.Site;
import org.vaspflow.io.structure.Structure;

/**
 * Writes POSCAR files in the VASP 5 layout:
 *
 * <pre>
 * Fe2 O2                                   comment (the formula when the structure has none)
 * 1.0                                      scale: always 1.0, the scale read is folded into the lattice
 *  -2.0055919881462536 0.0000001047997919 ...  lattice vectors, Å (plain decimals)
 *   Fe   O                                 species names as read (Mn_pv, Fe/3a1b2c), else element symbols
 *    2   2
 * Selective dynamics                       when the file had it or any site is constrained
 * Direct
 *  0.0 0.0 0.0 T T F Fe1                   fractional coordinates, flags, label
 *                                          blank line, then the velocities (Cartesian Å/fs) when present
 * </pre>
 *
 * Numbers are the shortest decimal that reads back to the same double (pymatgen writes {@code %.16f}, which may
 * lose the last bit), right-aligned in 22 columns, so a written file re-reads equal bit for bit; the written
 * scale is 1.0 whatever was read.
 */
public final class PoscarWriter {
    private PoscarWriter() {
    }

    public static String write(Poscar poscar) {
        Structure s = poscar.structure();
        StringBuilder sb = new StringBuilder();
        String comment = s.comment().isBlank() ? s.formula() : s.comment();
        sb.append(comment.replace('\n', ' ')).append('\n');
        sb.append("1.0\n");
        for (int i = 0; i < 3; i++) {
            double[] v = s.lattice().vector(i);
            sb.append(' ').append(num(v[0])).append(' ').append(num(v[1])).append(' ').append(num(v[2])).append('\n');
        }
        List<Structure.SpeciesGroup> groups = s.speciesGroups();
        List<String> names = poscar.speciesNames().size() == groups.size() ? poscar.speciesNames()
                : groups.stream().map(g -> g.element().symbol()).toList();
        StringBuilder counts = new StringBuilder();
        StringBuilder species = new StringBuilder();
        for (int i = 0; i < groups.size(); i++) {
            String name = names.get(i);
            String count = Integer.toString(groups.get(i).count());
            int width = Math.max(name.length(), count.length()) + 2;
            species.append(String.format("%" + width + "s", name));
            counts.append(String.format("%" + width + "s", count));
        }
        sb.append(species).append('\n').append(counts).append('\n');
        boolean selective = poscar.selectiveDynamics() || s.sites().stream().anyMatch(Site::isConstrained);
        if (selective) {
            sb.append("Selective dynamics\n");
        }
        sb.append("Direct\n");
        for (Site site : s.sites()) {
            sb.append(' ').append(num(site.frac(0))).append(' ').append(num(site.frac(1))).append(' ')
                    .append(num(site.frac(2)));
            if (selective) {
                boolean[] f = site.selectiveDynamics();
                sb.append(' ').append(f[0] ? 'T' : 'F').append(' ').append(f[1] ? 'T' : 'F').append(' ')
                        .append(f[2] ? 'T' : 'F');
            }
            if (!site.label().isEmpty()) {
                sb.append(' ').append(site.label());
            }
            sb.append('\n');
        }
        if (!poscar.velocities().isEmpty()) {
            sb.append('\n');
            for (double[] v : poscar.velocities()) {
                sb.append(' ').append(num(v[0])).append(' ').append(num(v[1])).append(' ').append(num(v[2]))
                        .append('\n');
            }
        }
        return sb.toString();
    }

    public static void write(Poscar poscar, Path file) {
        try {
            Files.writeString(file, write(poscar), StandardCharsets.US_ASCII);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Shortest round-trip decimal, plain notation, padded to a column. */
    static String num(double x) {
        if (x == 0.0) {
            // keep the sign of -0.0 so a re-read is bit-for-bit equal
            return String.format("%22s", 1 / x < 0 ? "-0.0" : "0.0");
        }
        String plain = new BigDecimal(Double.toString(x)).toPlainString();
        if (!plain.contains(".")) {
            plain = plain + ".0";
        }
        return String.format("%22s", plain);
    }
}
