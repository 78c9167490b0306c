package org.vaspflow.workflow.build;

import org.apache.commons.math3.util.ArithmeticUtils;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.math3.fraction.Fraction;
import org.vaspflow.io.structure.Element;
import org.vaspflow.io.structure.Structure;
import org.vaspflow.workflow.build.SiteEnumeration.Change;

/**
 * Turns the enumerate options (substitutions with counts, a dopant fraction, vacancies for a list of contents, a
 * target composition) into the enumerations to run on one cell, each with a label for its output folders, checking
 * that the cell can hold what is asked and saying why not when it cannot.
 */
public final class EnumerationRuns {
    /**
     * One enumeration: a folder label ("2" for a single change of 2 sites, "Ru2-Ti1-vacNa4" for several), its
     * changes, and the kept content per formula unit for vacancy lists.
     */
    public record Run(String label, List<Change> changes, Optional<Fraction> content) {
        public Run {
            changes = List.copyOf(changes);
        }
    }

    /** What was asked; lists may be empty. */
    public record Request(List<SubstitutionSpec.Dopant> dopants, Optional<Element> vacancy, List<Integer> counts,
            Optional<String> fraction, List<String> contents, Optional<CompositionTarget> composition) {
        public Request {
            dopants = List.copyOf(dopants);
            counts = List.copyOf(counts);
            contents = List.copyOf(contents);
        }
    }

    private EnumerationRuns() {
    }

    /** The runs for this request on this cell (empty when nothing is to be changed). */
    public static List<Run> of(Structure cell, Request q) {
        if (q.composition().isPresent()) {
            if (!q.contents().isEmpty() || q.fraction().isPresent()) {
                throw new IllegalArgumentException("--composition fixes every count; do not combine it with "
                        + "--contents or --fraction");
            }
            Map<Element, Element> hosts = new LinkedHashMap<>();
            q.dopants().forEach(d -> hosts.put(d.dopant(), d.host()));
            return List.of(run(q.composition().get().changes(cell, hosts), Optional.empty()));
        }
        List<List<Change>> substitutions = substitutions(cell, q);
        List<Run> runs = new ArrayList<>();
        if (q.vacancy().isEmpty()) {
            substitutions.forEach(s -> runs.add(run(s, Optional.empty())));
            return runs;
        }
        Element host = q.vacancy().get();
        int hostSites = SiteEnumeration.indicesOf(cell, host).length;
        if (hostSites == 0) {
            throw new IllegalArgumentException("the structure has no " + host.symbol() + " sites");
        }
        List<Change> fixed = substitutions.isEmpty() ? List.of() : substitutions.get(0);
        if (substitutions.size() > 1) {
            throw new IllegalArgumentException("with vacancies give one count per dopant (e.g. Mn:Ru=1)");
        }
        if (q.contents().isEmpty()) {
            if (!fixed.isEmpty()) {
                throw new IllegalArgumentException("with substitutions, give the vacancies as --contents");
            }
            for (int k : q.counts().isEmpty() ? List.of(1) : q.counts()) {
                runs.add(run(List.of(new Change(host, Optional.empty(), k)), Optional.empty()));
            }
            return runs;
        }
        for (String x : q.contents()) {
            Fraction keep = Supercells.parseFraction(x);
            Fraction kept = keep.multiply(hostSites);
            if (keep.doubleValue() > 1 || keep.doubleValue() < 0) {
                throw new IllegalArgumentException(host.symbol() + " content " + x + " is outside 0…1 (the fraction of "
                        + "the " + host.symbol() + " sites kept)");
            }
            if (kept.getDenominator() != 1) {
                int m = keep.getDenominator() / ArithmeticUtils.gcd(keep.getDenominator(), hostSites);
                throw new IllegalArgumentException(String.format("%s content %s cannot be placed in %d formula units "
                        + "(one %s site each): %d × %s is not an integer (%.2f atoms); use a cell with a multiple of %d "
                        + "formula units", host.symbol(), x, hostSites, host.symbol(), hostSites,
                        keep.getDenominator() == 1 ? x : keep.getNumerator() + "/" + keep.getDenominator(),
                        kept.doubleValue(), hostSites * m));
            }
            List<Change> changes = new ArrayList<>(fixed);
            changes.add(new Change(host, Optional.empty(), hostSites - kept.intValue()));
            runs.add(run(changes, Optional.of(keep)));
        }
        return runs;
    }

    /** Each element of the result is one combination of substitution counts (several for "--count 1,2,3"). */
    private static List<List<Change>> substitutions(Structure cell, Request q) {
        List<SubstitutionSpec.Dopant> ds = q.dopants();
        List<List<Change>> out = new ArrayList<>();
        if (ds.isEmpty()) {
            if (q.fraction().isPresent()) {
                throw new IllegalArgumentException("--fraction needs --substitute HOST:DOPANT");
            }
            return out;
        }
        if (q.fraction().isPresent()) {
            if (ds.size() != 1) {
                throw new IllegalArgumentException("--fraction takes one dopant; give counts for several");
            }
            int hostSites = SiteEnumeration.indicesOf(cell, ds.get(0).host()).length;
            Fraction f = Supercells.parseFraction(q.fraction().get());
            String why = Supercells.whyNot(hostSites, List.of(ds.get(0).dopant().symbol()), List.of(f));
            if (!why.isEmpty()) {
                int m = Supercells.smallestMultiple(hostSites, List.of(f));
                throw new IllegalArgumentException("this cell cannot hold that composition: " + why + "; use " + m
                        + " times as many cells (e.g. --supercell-size " + m + ")");
            }
            out.add(List.of(change(ds.get(0), f.multiply(hostSites).intValue())));
            return out;
        }
        boolean explicit = ds.stream().allMatch(d -> d.count().isPresent());
        if (ds.size() == 1 && !explicit && q.vacancy().isEmpty()) {
            for (int k : q.counts().isEmpty() ? List.of(1) : q.counts()) {
                out.add(List.of(change(ds.get(0), k)));
            }
            return out;
        }
        List<Integer> given = q.counts();
        if (!explicit && given.size() > 1 && given.size() != ds.size()) {
            throw new IllegalArgumentException("--count has " + given.size() + " numbers for " + ds.size()
                    + " dopants: give one per dopant, or write Mn:Ru=2,Ti=1");
        }
        List<Change> one = new ArrayList<>();
        for (int i = 0; i < ds.size(); i++) {
            int k = ds.get(i).count().orElse(given.isEmpty() ? 1 : given.size() == 1 ? given.get(0) : given.get(i));
            one.add(change(ds.get(i), k));
        }
        out.add(one);
        return out;
    }

    private static Change change(SubstitutionSpec.Dopant d, int count) {
        return new Change(d.host(), Optional.of(d.dopant()), count);
    }

    private static Run run(List<Change> changes, Optional<Fraction> content) {
        String label;
        if (changes.size() == 1) {
            label = String.valueOf(changes.get(0).count());
        } else {
            List<String> parts = new ArrayList<>();
            for (Change c : changes) {
                parts.add(c.replacement().map(Element::symbol).orElse("vac" + c.host().symbol()) + c.count());
            }
            label = String.join("-", parts);
        }
        return new Run(label, changes, content);
    }

}
