package org.vaspflow.io.vasp.xml;

import java.nio.charset.StandardCharsets;

/** Element names without a String per tag for the common ones, and XML's predefined entities. */
final class XmlNames {
    /** Element and attribute names VASP writes, the most frequent first (a big file has one {@code <set comment>} per band). */
    private static final String[] COMMON = {"r", "set", "comment", "v", "i", "c", "rc", "name", "type", "field",
        "varray", "array", "energy", "scstep", "time", "dimension", "structure", "crystal", "calculation", "separator",
        "dos", "partial", "total", "eigenvalues", "projected", "generation", "incar", "parameters", "kpoints",
        "atominfo", "generator", "modeling", "atoms", "types", "param"};
    /** The same names as bytes: under the C1 JIT a byte compare is cheaper than {@code String.charAt}. */
    private static final byte[][] COMMON_BYTES = java.util.Arrays.stream(COMMON)
            .map(n -> n.getBytes(StandardCharsets.ISO_8859_1)).toArray(byte[][]::new);

    private XmlNames() {
    }

    static String of(byte[] b, int from, int length) {
        for (int k = 0; k < COMMON_BYTES.length; k++) {
            if (COMMON_BYTES[k].length == length && same(b, from, COMMON_BYTES[k])) {
                return COMMON[k];
            }
        }
        return new String(b, from, length, StandardCharsets.ISO_8859_1);
    }

    private static boolean same(byte[] b, int from, byte[] name) {
        for (int i = 0; i < name.length; i++) {
            if (b[from + i] != name[i]) {
                return false;
            }
        }
        return true;
    }

    /** The code point of {@code &name;} (predefined entities and character references), -1 when unknown. */
    static int entity(String name) {
        switch (name) {
            case "lt":
                return '<';
            case "gt":
                return '>';
            case "amp":
                return '&';
            case "quot":
                return '"';
            case "apos":
                return '\'';
            default:
                break;
        }
        try {
            int cp = name.startsWith("#x") ? Integer.parseInt(name.substring(2), 16)
                    : name.startsWith("#") ? Integer.parseInt(name.substring(1)) : -1;
            return Character.isValidCodePoint(cp) ? cp : -1;
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
