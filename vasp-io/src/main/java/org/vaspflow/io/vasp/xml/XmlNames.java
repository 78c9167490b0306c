package org.vaspflow.io.vasp.xml;

import java.nio.charset.StandardCharsets;

/** Element names without a String per tag for the common ones, and XML's predefined entities. */
final class XmlNames {
    private static final String[] COMMON = {"r", "v", "i", "c", "rc", "set", "field", "varray", "array", "energy",
        "scstep", "time", "dimension", "structure", "crystal", "calculation", "separator", "dos", "partial", "total",
        "eigenvalues", "projected", "generation", "incar", "parameters", "kpoints", "atominfo", "generator",
        "modeling", "atoms", "types"};

    private XmlNames() {
    }

    static String of(byte[] b, int from, int length) {
        for (String c : COMMON) {
            if (c.length() == length && same(b, from, c)) {
                return c;
            }
        }
        return new String(b, from, length, StandardCharsets.ISO_8859_1);
    }

    private static boolean same(byte[] b, int from, String s) {
        for (int i = 0; i < s.length(); i++) {
            if (b[from + i] != s.charAt(i)) {
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
