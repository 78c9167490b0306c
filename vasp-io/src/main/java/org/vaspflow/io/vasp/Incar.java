package org.vaspflow.io.vasp;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * An INCAR: tags (upper case) with typed values, in file order. Immutable; {@link #with} and
 * {@link #without} return new INCARs (the input generator layers presets this way). MAGMOM always holds reals
 * (written {@code 2*5.0} even when given as {@code 2*5}, as pymatgen does), so a written INCAR re-reads equal.
 */
public record Incar(Map<String, IncarValue> tags) {
    public Incar {
        Map<String, IncarValue> copy = new LinkedHashMap<>(tags);
        if (copy.get("MAGMOM") instanceof IncarValue.Numbers n && n.integers()) {
            copy.put("MAGMOM", new IncarValue.Numbers(n.values(), false));
        }
        tags = Collections.unmodifiableMap(copy);
    }

    public static Incar empty() {
        return new Incar(Map.of());
    }

    public Optional<IncarValue> get(String tag) {
        return Optional.ofNullable(tags.get(tag.toUpperCase(Locale.ROOT)));
    }

    public Incar with(String tag, IncarValue value) {
        Map<String, IncarValue> copy = new LinkedHashMap<>(tags);
        copy.put(tag.toUpperCase(Locale.ROOT), value);
        return new Incar(copy);
    }

    public Incar without(String tag) {
        Map<String, IncarValue> copy = new LinkedHashMap<>(tags);
        copy.remove(tag.toUpperCase(Locale.ROOT));
        return new Incar(copy);
    }

    /** INCAR text ({@link IncarWriter}); sorted by tag when {@code sorted} (as pymatgen writes files). */
    public String write(boolean sorted) {
        return IncarWriter.write(this, sorted);
    }
}
