package org.vaspflow.io.structure.symmetry;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The 230 space-group types ({@code spacegroups.tsv}: operations of spglib's default setting of each type) keyed by
 * {@link SpaceGroupFingerprint}, so a group found in any setting is identified by computing its fingerprint.
 */
public final class SpaceGroupTable {
    private static final Map<Integer, SpaceGroupType> TYPES = new LinkedHashMap<>();
    private static final Map<Integer, List<SymmetryOperation>> OPERATIONS = new LinkedHashMap<>();
    private static final Map<String, List<SpaceGroupType>> BY_FINGERPRINT = new HashMap<>();

    static {
        try (InputStream in = SpaceGroupTable.class.getResourceAsStream("spacegroups.tsv");
                BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (line.startsWith("#") || line.isBlank()) {
                    continue;
                }
                String[] f = line.split("\t");
                SpaceGroupType type = new SpaceGroupType(Integer.parseInt(f[0]), Integer.parseInt(f[1]), f[2], f[3]);
                List<SymmetryOperation> ops = new ArrayList<>();
                for (String tok : f[4].split(" ")) {
                    ops.add(decode(tok));
                }
                TYPES.put(type.number(), type);
                OPERATIONS.put(type.number(), List.copyOf(ops));
                BY_FINGERPRINT.computeIfAbsent(SpaceGroupFingerprint.of(ops, invariantLattice(ops)),
                        k -> new ArrayList<>()).add(type);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private SpaceGroupTable() {
    }

    /** The type of the group with these operations (pure translations included) in a cell with these lattice rows. */
    public static Optional<SpaceGroupType> identify(List<SymmetryOperation> operations, double[][] latticeRows) {
        List<SpaceGroupType> hits = BY_FINGERPRINT.get(SpaceGroupFingerprint.of(operations, latticeRows));
        return hits == null || hits.size() != 1 ? Optional.empty() : Optional.of(hits.get(0));
    }

    public static SpaceGroupType type(int number) {
        return TYPES.get(number);
    }

    /** The operations of the default setting's conventional cell (centring translations included). */
    public static List<SymmetryOperation> operations(int number) {
        return OPERATIONS.get(number);
    }

    /** Fingerprints shared by more than one type (empty when identification is unambiguous). */
    static Map<String, List<SpaceGroupType>> collisions() {
        Map<String, List<SpaceGroupType>> out = new HashMap<>();
        BY_FINGERPRINT.forEach((k, v) -> {
            if (v.size() > 1) {
                out.put(k, v);
            }
        });
        return Collections.unmodifiableMap(out);
    }

    /**
     * Lattice rows whose metric G = Σ Rᵀ R is kept by every rotation (Cholesky factor, right-handed), so that a
     * group given only by its operations can be fingerprinted.
     */
    static double[][] invariantLattice(List<SymmetryOperation> ops) {
        double[][] g = new double[3][3];
        for (SymmetryOperation op : ops) {
            int[][] r = op.rotation();
            for (int i = 0; i < 3; i++) {
                for (int j = 0; j < 3; j++) {
                    for (int k = 0; k < 3; k++) {
                        g[i][j] += r[k][i] * r[k][j];
                    }
                }
            }
        }
        double[][] l = new double[3][3];
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j <= i; j++) {
                double s = g[i][j];
                for (int k = 0; k < j; k++) {
                    s -= l[i][k] * l[j][k];
                }
                l[i][j] = i == j ? Math.sqrt(s) : s / l[j][j];
            }
        }
        return l;
    }

    private static SymmetryOperation decode(String tok) {
        int[][] r = new int[3][3];
        for (int k = 0; k < 9; k++) {
            char c = tok.charAt(k);
            r[k / 3][k % 3] = c == '+' ? 1 : c == '-' ? -1 : 0;
        }
        String[] t = tok.substring(10).split(",");
        return new SymmetryOperation(r, new double[] {Integer.parseInt(t[0]) / 24.0, Integer.parseInt(t[1]) / 24.0,
            Integer.parseInt(t[2]) / 24.0});
    }
}
