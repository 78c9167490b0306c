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

    private SiteOrbits() {
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
