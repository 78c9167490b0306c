package org.vaspflow.workflow.build;

import org.apache.commons.math3.util.ArithmeticUtils;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.math3.fraction.Fraction;
import org.vaspflow.io.structure.Element;
import org.vaspflow.io.structure.Structure;

/**
 * A target composition with fractional amounts per formula unit, e.g. {@code Na0.6Li0.2Mn0.8O2} or
 * {@code Na[Li1/3Ru2/3]O2}, and what it takes to realise it in a supercell of a parent structure: the smallest number
 * of formula units in which every amount is a whole number of atoms (the least common multiple of the amounts'
 * denominators: 5 for Na0.6Li0.2Mn0.8O2, 3 for Na[Li1/3Ru2/3]O2), the smallest multiple of the parent cell that holds
 * that many, and the substitutions and vacancies that turn the parent into the target.
 *
 * <p>The formula unit of the parent is fixed by an anchor element: the most electronegative element common to both
 * (O in an oxide), whose amount must not change; Z = (anchor atoms in the parent cell) / (anchor amount per formula
 * unit).
 */
public final class CompositionTarget {
    private static final Pattern TOKEN = Pattern.compile("([A-Z][a-z]?)(\\d+/\\d+|\\d*\\.?\\d*(?:/\\d+)?)");

    /** One element's amount per formula unit, and the text it was given as ("0.6", "1/3", "2"). */
    public record Amount(Element element, Fraction perFormulaUnit, String text) {
    }

    private final String formula;
    private final List<Amount> amounts;

    private CompositionTarget(String formula, List<Amount> amounts) {
        this.formula = formula;
        this.amounts = List.copyOf(amounts);
    }

    /** Parses "Na0.6Li0.2Mn0.8O2", "NaLi1/3Ru2/3O2", "Na[Li1/3Ru2/3]O2" (brackets only group, they do not multiply). */
    public static CompositionTarget parse(String text) {
        String t = text.replace("[", "").replace("]", "").replace("(", "").replace(")", "").replace(" ", "");
        Matcher m = TOKEN.matcher(t);
        List<Amount> out = new ArrayList<>();
        int at = 0;
        while (at < t.length() && m.find(at) && m.start() == at) {
            String n = m.group(2).isEmpty() ? "1" : m.group(2);
            if (!Element.isSymbol(m.group(1))) {
                throw new IllegalArgumentException("unknown element '" + m.group(1) + "' in composition " + text);
            }
            Element e = Element.of(m.group(1));
            out.add(new Amount(e, Supercells.parseFraction(n), n));
            at = m.end();
        }
        if (at != t.length() || out.isEmpty()) {
            throw new IllegalArgumentException("cannot read composition '" + text + "' at character " + (at + 1)
                    + " (expected e.g. Na0.6Li0.2Mn0.8O2 or Na[Li1/3Ru2/3]O2)");
        }
        return new CompositionTarget(text, out);
    }

    public String formula() {
        return formula;
    }

    public List<Amount> amounts() {
        return amounts;
    }

    /** The smallest number of formula units in which every amount is a whole number of atoms. */
    public int smallestFormulaUnits() {
        int m = 1;
        for (Amount a : amounts) {
            m = ArithmeticUtils.lcm(m, a.perFormulaUnit().getDenominator());
        }
        return m;
    }

    /**
     * Why {@code formulaUnits} formula units cannot hold the target ("Li1/3Ru2/3 cannot be placed in 16 formula
     * units: 16 × 1/3 is not an integer"), or empty when they can.
     */
    public Optional<String> whyNot(int formulaUnits) {
        List<String> bad = new ArrayList<>();
        for (Amount a : amounts) {
            if (a.perFormulaUnit().multiply(formulaUnits).getDenominator() != 1) {
                bad.add(formulaUnits + " × " + a.text() + " (" + a.element().symbol() + ") is not an integer");
            }
        }
        return bad.isEmpty() ? Optional.empty() : Optional.of(formula + " cannot be placed in " + formulaUnits
                + " formula units: " + String.join("; ", bad) + "; it needs a multiple of " + smallestFormulaUnits()
                + " formula units");
    }

    /** Formula units of the target in a cell of the parent, by the anchor element (see the class comment). */
    public int formulaUnitsIn(Structure cell) {
        Amount anchor = anchor(cell);
        Fraction z = new Fraction(cell.composition().get(anchor.element())).divide(anchor.perFormulaUnit());
        if (z.getDenominator() != 1) {
            throw new IllegalArgumentException("the cell's " + cell.composition().get(anchor.element()) + " "
                    + anchor.element().symbol() + " atoms are not a whole number of " + formula + " formula units");
        }
        return z.intValue();
    }

    /** The smallest number of copies of the parent cell whose formula units can hold the target. */
    public int smallestCellMultiple(Structure unit) {
        int z = formulaUnitsIn(unit);
        int n = smallestFormulaUnits();
        return n / ArithmeticUtils.gcd(n, z);
    }

    /**
     * The substitutions ({@code dopantHosts}: dopant → the element whose sites it takes) and vacancies that make the
     * target from this cell: dopant counts = amount × formula units; a host element's shortfall after its dopants
     * becomes vacancies on its sites. Dopants first (in the order given), then vacancies.
     */
    public List<SiteEnumeration.Change> changes(Structure cell, Map<Element, Element> dopantHosts) {
        int fu = formulaUnitsIn(cell);
        whyNot(fu).ifPresent(msg -> {
            throw new IllegalArgumentException(msg);
        });
        Map<Element, Integer> target = new LinkedHashMap<>();
        amounts.forEach(a -> target.merge(a.element(), a.perFormulaUnit().multiply(fu).intValue(), Integer::sum));
        Map<Element, Integer> host = cell.composition();
        Map<Element, Integer> shortfall = new LinkedHashMap<>();
        host.forEach((e, n) -> shortfall.put(e, n - target.getOrDefault(e, 0)));
        List<SiteEnumeration.Change> out = new ArrayList<>();
        for (Map.Entry<Element, Integer> t : target.entrySet()) {
            Element e = t.getKey();
            if (host.containsKey(e)) {
                continue;
            }
            Element h = dopantHosts.get(e);
            if (h == null || !host.containsKey(h)) {
                throw new IllegalArgumentException(formula + " has " + e.symbol() + ", which the structure has not: "
                        + "say which sites it takes, e.g. --substitute " + host.keySet().iterator().next().symbol()
                        + ":" + e.symbol());
            }
            out.add(new SiteEnumeration.Change(h, Optional.of(e), t.getValue()));
            shortfall.merge(h, -t.getValue(), Integer::sum);
        }
        for (Map.Entry<Element, Integer> s : shortfall.entrySet()) {
            if (s.getValue() < 0) {
                throw new IllegalArgumentException(formula + " in " + fu + " formula units needs more atoms on "
                        + s.getKey().symbol() + " sites than the cell's " + host.get(s.getKey()));
            }
            if (s.getValue() > 0 && !target.containsKey(s.getKey())) {
                throw new IllegalArgumentException(formula + " has no " + s.getKey().symbol() + ": its "
                        + s.getValue() + " sites in the cell would all be empty; put dopants on them (--substitute "
                        + s.getKey().symbol() + ":X) or include " + s.getKey().symbol() + " in the composition");
            }
            if (s.getValue() > 0) {
                out.add(new SiteEnumeration.Change(s.getKey(), Optional.empty(), s.getValue()));
            }
        }
        return out;
    }

    private Amount anchor(Structure cell) {
        Amount best = null;
        for (Amount a : amounts) {
            if (cell.composition().containsKey(a.element()) && (best == null
                    || en(a.element()) > en(best.element()))) {
                best = a;
            }
        }
        if (best == null) {
            throw new IllegalArgumentException(formula + " shares no element with the structure ("
                    + cell.formula() + ")");
        }
        return best;
    }

    private static double en(Element e) {
        double x = e.electronegativityPauling();
        return Double.isNaN(x) ? -1 : x;
    }

}
