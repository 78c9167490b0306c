package org.vaspflow.io.structure;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A chemical element (Z = 1 … 118) with its standard atomic mass, Pauling electronegativity and oxidation
 * states. One instance per element, so {@code ==} compares elements.
 *
 * <p>Data: {@code elements.tsv} beside this class, taken from pymatgen's {@code periodic_table.json}
 * (pymatgen 2022.11.7) so that formulas, sort orders (by electronegativity) and oxidation-state guesses
 * agree with pymatgen. Elements without a Pauling value (noble gases, heavy elements) report NaN, which
 * pymatgen also does.
 */
public final class Element implements Comparable<Element> {
    private static final List<Element> BY_Z;
    private static final Map<String, Element> BY_SYMBOL;

    static {
        List<Element> list = new ArrayList<>();
        Map<String, Element> map = new HashMap<>();
        try (InputStream in = Element.class.getResourceAsStream("elements.tsv")) {
            if (in == null) {
                throw new IllegalStateException("elements.tsv missing from the vasp-io jar");
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = r.readLine()) != null) {
                if (line.startsWith("#") || line.isBlank()) {
                    continue;
                }
                String[] f = line.split("\t", -1);
                Element e = new Element(Integer.parseInt(f[0]), f[1], f[2], Double.parseDouble(f[3]),
                        Double.parseDouble(f[4]), ints(f[5]), ints(f[6]));
                list.add(e);
                map.put(e.symbol, e);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        BY_Z = Collections.unmodifiableList(list);
        BY_SYMBOL = Collections.unmodifiableMap(map);
    }

    private final int z;
    private final String symbol;
    private final String name;
    private final double massAmu;
    private final double electronegativityPauling;
    private final List<Integer> commonOxidationStates;
    private final List<Integer> oxidationStates;

    private Element(int z, String symbol, String name, double massAmu, double electronegativityPauling,
            List<Integer> common, List<Integer> all) {
        this.z = z;
        this.symbol = symbol;
        this.name = name;
        this.massAmu = massAmu;
        this.electronegativityPauling = electronegativityPauling;
        this.commonOxidationStates = common;
        this.oxidationStates = all;
    }

    /** The element with this symbol ({@code "Ru"}); case must be as printed (capital first letter). */
    public static Element of(String symbol) {
        Element e = BY_SYMBOL.get(symbol);
        if (e == null) {
            throw new IllegalArgumentException("unknown element symbol '" + symbol + "'");
        }
        return e;
    }

    /**
     * The element a VASP species label names: {@code "Mn_pv"}, {@code "Fe/"}, {@code "O_s"}, {@code "Na"},
     * {@code "Mn1"} (CIF/POSCAR site labels), {@code "ru"}; empty when no element matches.
     */
    public static Optional<Element> parse(String label) {
        if (label == null) {
            return Optional.empty();
        }
        String s = label.strip();
        int end = 0;
        while (end < s.length() && end < 2 && Character.isLetter(s.charAt(end))) {
            end++;
        }
        if (end == 0) {
            return Optional.empty();
        }
        String first = s.substring(0, 1).toUpperCase(Locale.ROOT);
        if (end == 2) {
            Element two = BY_SYMBOL.get(first + s.substring(1, 2).toLowerCase(Locale.ROOT));
            if (two != null) {
                return Optional.of(two);
            }
        }
        return Optional.ofNullable(BY_SYMBOL.get(first));
    }

    /** True when {@code symbol} is exactly an element symbol. */
    public static boolean isSymbol(String symbol) {
        return BY_SYMBOL.containsKey(symbol);
    }

    /** The element with atomic number z (1-based). */
    public static Element ofZ(int z) {
        if (z < 1 || z > BY_Z.size()) {
            throw new IllegalArgumentException("no element with Z = " + z);
        }
        return BY_Z.get(z - 1);
    }

    /** All elements in order of Z. */
    public static List<Element> all() {
        return BY_Z;
    }

    public int z() {
        return z;
    }

    public String symbol() {
        return symbol;
    }

    public String name() {
        return name;
    }

    /** Standard atomic mass in unified atomic mass units (g/mol). */
    public double massAmu() {
        return massAmu;
    }

    /** Pauling electronegativity; NaN where none is defined. */
    public double electronegativityPauling() {
        return electronegativityPauling;
    }

    /** The common oxidation states (pymatgen's {@code common_oxidation_states}), ascending. */
    public List<Integer> commonOxidationStates() {
        return commonOxidationStates;
    }

    /** Every known oxidation state, ascending. */
    public List<Integer> oxidationStates() {
        return oxidationStates;
    }

    /** Transition metal as pymatgen counts them: groups 3-12 (Sc-Zn, Y-Cd, La, Hf-Hg, Ac, Rf-Cn). */
    public boolean isTransitionMetal() {
        return (z >= 21 && z <= 30) || (z >= 39 && z <= 48) || z == 57 || (z >= 72 && z <= 80) || z == 89
                || (z >= 104 && z <= 112);
    }

    /** Ordering by Z. */
    @Override
    public int compareTo(Element o) {
        return Integer.compare(z, o.z);
    }

    @Override
    public String toString() {
        return symbol;
    }

    private static List<Integer> ints(String field) {
        if (field.isBlank()) {
            return List.of();
        }
        List<Integer> out = new ArrayList<>();
        for (String p : field.split(",")) {
            out.add(Integer.parseInt(p.strip()));
        }
        Collections.sort(out);
        return Collections.unmodifiableList(out);
    }
}
