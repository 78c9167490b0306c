package org.vaspflow.io.vasp;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Collections;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The catalogue of VASP INCAR tags and their types, {@code templates/incar/incar-tags.yaml} (embedded in the
 * jar, read with Jackson YAML): a map {@code TAG: type}, type one of {@code int, real, bool, string, int-array,
 * real-array}.
 */
public final class IncarTags {
    /** The type of a tag's value. */
    public enum Type {
        INT, REAL, BOOL, STRING, INT_ARRAY, REAL_ARRAY;

        static Type parse(String s) {
            return valueOf(s.strip().toUpperCase(Locale.ROOT).replace('-', '_'));
        }
    }

    private static final Map<String, Type> TYPES = load();

    private IncarTags() {
    }

    /** The type of a known tag. */
    public static Optional<Type> type(String tag) {
        return Optional.ofNullable(TYPES.get(tag.toUpperCase(Locale.ROOT)));
    }

    /** Every known tag, sorted. */
    public static Map<String, Type> all() {
        return TYPES;
    }

    /** The known tag closest to {@code tag} by edit distance (for did-you-mean), if any is within 3 edits. */
    public static Optional<String> closest(String tag) {
        String upper = tag.toUpperCase(Locale.ROOT);
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String known : TYPES.keySet()) {
            int d = levenshtein(upper, known);
            if (d < bestDistance) {
                bestDistance = d;
                best = known;
            }
        }
        return bestDistance <= Math.min(3, Math.max(1, upper.length() / 2)) ? Optional.ofNullable(best) : Optional.empty();
    }

    static int levenshtein(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }

    private static Map<String, Type> load() {
        try (InputStream in = IncarTags.class.getResourceAsStream("incar-tags.yaml")) {
            if (in == null) {
                throw new IllegalStateException("incar-tags.yaml missing from the vasp-io jar");
            }
            Map<String, String> raw = new YAMLMapper().readValue(in, new TypeReference<Map<String, String>>() { });
            Map<String, Type> map = new TreeMap<>();
            raw.forEach((tag, type) -> map.put(tag.toUpperCase(Locale.ROOT), Type.parse(type)));
            return Collections.unmodifiableMap(map);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the INCAR tag catalogue incar-tags.yaml", e);
        }
    }
}
