package org.vaspflow.io.structure;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Chemical formulas written exactly as pymatgen 2022.11.7 writes them ({@code Composition.formula} and
 * {@code Composition.reduced_formula}), so names and tables agree with pymatgen/Materials Project:
 *
 * <ul>
 *   <li>formula: elements by Pauling electronegativity (stable sort, so ties keep their order of first
 *       appearance), every count written: {@code "Fe2 O2"};</li>
 *   <li>reduced formula: counts divided by their gcd, elements by (electronegativity, symbol), count 1
 *       omitted; when there are at least three elements and the two most electronegative differ by less than
 *       1.65, they are written as a bracketed polyanion if it reduces further ({@code Eu(In4Rh)2},
 *       {@code Li3Fe2(PO4)3}); and the special diatomic and peroxide names ({@code O2}, {@code Na2O2},
 *       {@code H2O2}, …).</li>
 * </ul>
 * Elements without a Pauling value (noble gases) sort last here; pymatgen sorts NaN unpredictably.
 */
public final class Formulas {
    private static final Map<String, String> SPECIAL = Map.ofEntries(Map.entry("LiO", "Li2O2"),
            Map.entry("NaO", "Na2O2"), Map.entry("KO", "K2O2"), Map.entry("HO", "H2O2"), Map.entry("CsO", "Cs2O2"),
            Map.entry("RbO", "Rb2O2"), Map.entry("O", "O2"), Map.entry("N", "N2"), Map.entry("F", "F2"),
            Map.entry("Cl", "Cl2"), Map.entry("H", "H2"));

    private Formulas() {
    }

    private static double x(Element e) {
        double v = e.electronegativityPauling();
        return Double.isNaN(v) ? Double.POSITIVE_INFINITY : v;
    }

    /** pymatgen's {@code Composition.formula}. */
    public static String formula(Map<Element, Integer> composition) {
        List<Element> els = new ArrayList<>(composition.keySet());
        els.sort(Comparator.comparingDouble(Formulas::x));
        StringBuilder sb = new StringBuilder();
        for (Element e : els) {
            if (sb.length() > 0) {
                sb.append(' ');
            }
            sb.append(e.symbol()).append(composition.get(e));
        }
        return sb.toString();
    }

    /** pymatgen's {@code Composition.reduced_formula}. */
    public static String reducedFormula(Map<Element, Integer> composition) {
        Reduced r = reduce(composition);
        String special = SPECIAL.get(r.formula);
        return special != null ? special : r.formula;
    }

    private record Reduced(String formula, int factor) {
    }

    private static Reduced reduce(Map<Element, Integer> amounts) {
        List<Element> syms = new ArrayList<>(amounts.keySet());
        syms.removeIf(e -> amounts.get(e) == 0);
        syms.sort(Comparator.comparingDouble(Formulas::x).thenComparing(Element::symbol));
        int factor = 0;
        for (int n : amounts.values()) {
            factor = gcd(factor, n);
        }
        factor = Math.max(1, Math.abs(factor));
        String polyanion = "";
        int n = syms.size();
        if (n >= 3 && x(syms.get(n - 1)) - x(syms.get(n - 2)) < 1.65) {
            Map<Element, Integer> poly = new LinkedHashMap<>();
            poly.put(syms.get(n - 2), amounts.get(syms.get(n - 2)) / factor);
            poly.put(syms.get(n - 1), amounts.get(syms.get(n - 1)) / factor);
            Reduced inner = reduce(poly);
            if (inner.factor != 1) {
                polyanion = "(" + inner.formula + ")" + inner.factor;
            }
        }
        int keep = polyanion.isEmpty() ? n : n - 2;
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < keep; i++) {
            Element e = syms.get(i);
            sb.append(e.symbol());
            int count = amounts.get(e) / factor;
            if (count != 1) {
                sb.append(count);
            }
        }
        return new Reduced(sb.append(polyanion).toString(), factor);
    }

    private static int gcd(int a, int b) {
        return b == 0 ? Math.abs(a) : gcd(b, a % b);
    }
}
