package org.vaspflow.io.vasp;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

/**
 * Writes INCAR text as pymatgen's {@code Incar.get_string(sort_keys)} (2022.11.7) does, so a vaspflow INCAR and a
 * pymatgen INCAR of the same tags can be compared with {@code diff}:
 *
 * <pre>
 * ALGO = Fast              TAG = value, one per line, file order or sorted by tag
 * EDIFF = 1e-06            reals as Python's repr
 * LASPH = True             logicals True / False (VASP reads the first letter, as for .TRUE.)
 * LDAUL = 2 0              lists element by element
 * MAGMOM = 2*5.0 1*0.6     MAGMOM as runs n*value, every run with its count, values as reals
 * </pre>
 *
 * One difference from pymatgen: a list read from a file keeps one number type for all its entries (all integers
 * or all reals), so {@code LDAUU = 5.3 0} is written {@code 5.3 0.0}; VASP reads both alike.
 */
public final class IncarWriter {
    private IncarWriter() {
    }

    /** The INCAR text; tags in the INCAR's order, or sorted by name when {@code sortKeys} (as pymatgen writes files). */
    public static String write(Incar incar, boolean sortKeys) {
        Map<String, IncarValue> order = sortKeys ? new TreeMap<>(incar.tags()) : incar.tags();
        StringBuilder sb = new StringBuilder();
        order.forEach((tag, value) -> sb.append(tag).append(" = ").append(text(tag, value)).append('\n'));
        return sb.toString();
    }

    /** Writes the INCAR with sorted tags (what {@code Incar.write_file} does). */
    public static void write(Incar incar, Path file) {
        try {
            Files.writeString(file, write(incar, true), StandardCharsets.US_ASCII);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String text(String tag, IncarValue value) {
        if (tag.equals("MAGMOM") && value instanceof IncarValue.Numbers n) {
            return n.compact();
        }
        return value.text();
    }
}
