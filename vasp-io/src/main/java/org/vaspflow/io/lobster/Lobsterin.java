package org.vaspflow.io.lobster;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A lobsterin: keywords in file order, each with its value text (empty for flags such as {@code skipdos}).
 * Keywords are compared case-insensitively, as LOBSTER does; repeated keywords ({@code basisfunctions},
 * {@code cohpGenerator}, {@code cohpbetween}) keep every occurrence.
 */
public record Lobsterin(List<Entry> entries) {
    public Lobsterin {
        entries = List.copyOf(entries);
    }

    /**
     * One line: {@code cohpGenerator from 1.5 to 3.0 orbitalwise} → keyword and value. The keyword keeps the
     * spelling it was given (and is written so), but compares case-insensitively, as LOBSTER reads it; runs of
     * whitespace in the value are one space.
     */
    public record Entry(String keyword, String value) {
        public Entry {
            value = String.join(" ", value.strip().split("\\s+"));
        }

        public boolean is(String name) {
            return keyword.equalsIgnoreCase(name);
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Entry e && is(e.keyword) && value.equals(e.value);
        }

        @Override
        public int hashCode() {
            return key(keyword).hashCode() * 31 + value.hashCode();
        }
    }

    /** The first value of a keyword. */
    public Optional<String> get(String keyword) {
        return entries.stream().filter(e -> e.is(keyword)).map(Entry::value).findFirst();
    }

    /** Every value of a repeated keyword. */
    public List<String> all(String keyword) {
        return entries.stream().filter(e -> e.is(keyword)).map(Entry::value).toList();
    }

    /** The {@code basisfunctions} lines: element → basis functions ({@code Na → [3s, 2p]}), in file order. */
    public Map<String, List<String>> basisFunctions() {
        Map<String, List<String>> out = new LinkedHashMap<>();
        for (String v : all("basisfunctions")) {
            String[] tok = v.split(" ");
            out.put(tok[0], List.of(tok).subList(1, tok.length));
        }
        return out;
    }

    public boolean has(String keyword) {
        return entries.stream().anyMatch(e -> e.is(keyword));
    }

    /** A copy with one more line. */
    public Lobsterin with(String keyword, String value) {
        List<Entry> copy = new ArrayList<>(entries);
        copy.add(new Entry(keyword, value));
        return new Lobsterin(copy);
    }

    /** The lobsterin text, one keyword per line. */
    public String write() {
        StringBuilder sb = new StringBuilder();
        for (Entry e : entries) {
            sb.append(e.keyword());
            if (!e.value().isEmpty()) {
                sb.append(' ').append(e.value());
            }
            sb.append('\n');
        }
        return sb.toString();
    }

    /** Keyword in lower case, for comparisons. */
    static String key(String keyword) {
        return keyword.toLowerCase(Locale.ROOT);
    }
}
