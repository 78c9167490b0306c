package org.vaspflow.workflow.build;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Orbits of k-subsets of a set of sites under a group of site permutations: one representative per orbit (the
 * lexicographically smallest sorted image, so the result does not depend on the order of discovery) with its orbit
 * size. Built level by level: every orbit of k-subsets contains a subset that extends a representative of a
 * (k−1)-orbit by one site, so the representatives of level k are the canonical forms of all such extensions; the work
 * is (number of orbits) × (number of sites) × |G| × k instead of C(n, k) × |G|.
 */
public final class SiteOrbits {
    /** One symmetry-distinct subset (sorted site indices) and how many subsets are equivalent to it. */
    public record Orbit(int[] sites, int size) {
        public Orbit {
            sites = sites.clone();
        }

        @Override
        public int[] sites() {
            return sites.clone();
        }
    }

    /** One step of a combined occupation: choose {@code count} of {@code sites} not taken by an earlier step. */
    public record Step(int[] sites, int count) {
        public Step {
            sites = sites.clone();
        }

        @Override
        public int[] sites() {
            return sites.clone();
        }
    }

    /**
     * One symmetry-distinct combined occupation: the sites chosen in each step (sorted, in step order) and the number
     * of combined occupations equivalent to it.
     */
    public record Combined(List<int[]> sitesPerStep, int size) {
        public Combined {
            sitesPerStep = sitesPerStep.stream().map(int[]::clone).toList();
        }

        @Override
        public List<int[]> sitesPerStep() {
            return sitesPerStep.stream().map(int[]::clone).toList();
        }
    }

    private SiteOrbits() {
    }

    /**
     * Orbits of combined occupations (several dopant elements, dopants and vacancies, on one or several host
     * sublattices) under a group of site permutations. The orbits of pairs (A, B) under G are, for each orbit
     * representative A of the first step, the orbits of B under the set stabiliser of A (standard double-coset
     * argument; see e.g. Kerber, <i>Applied Finite Group Actions</i>, 1999, ch. 1): so each step is a
     * {@link #of} enumeration under the stabiliser of all earlier choices, and the orbit size is the product of the
     * orbit sizes of the steps. Steps must use sites that every permutation maps onto sites of the same step.
     *
     * @param maxOrbits stop with an exception beyond this many combined orbits (or orbits at any level)
     */
    public static List<Combined> combined(List<int[]> permutations, List<Step> steps, int maxOrbits) {
        List<Combined> out = new ArrayList<>();
        extend(distinct(permutations), steps, 0, new boolean[size(permutations, steps)], new ArrayList<>(), 1, maxOrbits,
                out);
        return out;
    }

    private static int size(List<int[]> permutations, List<Step> steps) {
        int n = permutations.isEmpty() ? 0 : permutations.get(0).length;
        for (Step st : steps) {
            for (int s : st.sites) {
                n = Math.max(n, s + 1);
            }
        }
        return n;
    }

    private static void extend(List<int[]> group, List<Step> steps, int step, boolean[] used, List<int[]> chosen,
            int orbitSize, int maxOrbits, List<Combined> out) {
        if (step == steps.size()) {
            if (out.size() >= maxOrbits) {
                throw new IllegalStateException("more than " + maxOrbits + " symmetry-distinct configurations; "
                        + "use smaller counts or a smaller cell");
            }
            out.add(new Combined(chosen, orbitSize));
            return;
        }
        int[] free = Arrays.stream(steps.get(step).sites).filter(s -> !used[s]).sorted().toArray();
        for (Orbit o : of(group, free, steps.get(step).count, maxOrbits)) {
            int[] rep = o.sites();
            List<int[]> stabiliser = new ArrayList<>();
            for (int[] p : group) {
                if (Arrays.equals(image(rep, p), rep)) {
                    stabiliser.add(p);
                }
            }
            for (int s : rep) {
                used[s] = true;
            }
            chosen.add(rep);
            extend(stabiliser, steps, step + 1, used, chosen, orbitSize * o.size(), maxOrbits, out);
            chosen.remove(chosen.size() - 1);
            for (int s : rep) {
                used[s] = false;
            }
        }
    }

    /**
     * @param permutations site permutations of the group (each maps {@code sites} onto itself)
     * @param sites the sites a subset may contain
     * @param k subset size
     * @param maxOrbits stop with an exception beyond this many orbits at any level
     */
    public static List<Orbit> of(List<int[]> permutations, int[] sites, int k, int maxOrbits) {
        List<int[]> group = distinct(permutations);
        Set<Integer> allowed = new LinkedHashSet<>();
        for (int s : sites) {
            allowed.add(s);
        }
        for (int[] p : group) {
            for (int s : sites) {
                if (!allowed.contains(p[s])) {
                    throw new IllegalArgumentException("the symmetry maps site " + s + " outside the chosen sites");
                }
            }
        }
        if (k < 0 || k > sites.length) {
            throw new IllegalArgumentException("cannot choose " + k + " of " + sites.length + " sites");
        }
        Map<String, int[]> level = new LinkedHashMap<>();
        level.put("[]", new int[0]);
        for (int size = 1; size <= k; size++) {
            Map<String, int[]> next = new LinkedHashMap<>();
            for (int[] rep : level.values()) {
                for (int s : sites) {
                    if (Arrays.binarySearch(rep, s) >= 0) {
                        continue;
                    }
                    int[] ext = Arrays.copyOf(rep, size);
                    ext[size - 1] = s;
                    Arrays.sort(ext);
                    int[] canon = canonical(ext, group);
                    next.putIfAbsent(Arrays.toString(canon), canon);
                }
                if (next.size() > maxOrbits) {
                    throw new IllegalStateException("more than " + maxOrbits + " symmetry-distinct configurations of "
                            + size + " sites; use a smaller count or cell");
                }
            }
            level = next;
        }
        List<Orbit> out = new ArrayList<>();
        for (int[] rep : level.values()) {
            int stabiliser = 0;
            for (int[] p : group) {
                if (Arrays.equals(image(rep, p), rep)) {
                    stabiliser++;
                }
            }
            out.add(new Orbit(rep, group.size() / stabiliser));
        }
        out.sort(Comparator.comparing(Orbit::sites, Arrays::compare));
        return out;
    }

    /** The lexicographically smallest sorted image of a sorted subset. */
    static int[] canonical(int[] subset, List<int[]> group) {
        int[] best = subset;
        for (int[] p : group) {
            int[] img = image(subset, p);
            if (Arrays.compare(img, best) < 0) {
                best = img;
            }
        }
        return best;
    }

    private static int[] image(int[] subset, int[] p) {
        int[] img = new int[subset.length];
        for (int i = 0; i < subset.length; i++) {
            img[i] = p[subset[i]];
        }
        Arrays.sort(img);
        return img;
    }

    private static List<int[]> distinct(List<int[]> perms) {
        Map<String, int[]> seen = new LinkedHashMap<>();
        for (int[] p : perms) {
            seen.putIfAbsent(Arrays.toString(p), p);
        }
        return new ArrayList<>(seen.values());
    }
}
