package org.vaspflow.workflow.build;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.vaspflow.io.structure.Element;

/**
 * The command-line form of substitutions: {@code HOST:DOPANT[=N][,DOPANT[=N]…]}, e.g. {@code Mn:Ru}, {@code Mn:Ru,Ti},
 * {@code Mn:Ru=2,Ti=1}; several such options may be given ({@code --substitute Mn:Ru --substitute Mn:Ti}). A dopant
 * without {@code =N} has no count of its own (the caller supplies one).
 */
public final class SubstitutionSpec {
    /** One dopant on one host, with its count when given. */
    public record Dopant(Element host, Element dopant, Optional<Integer> count) {
    }

    private SubstitutionSpec() {
    }

    /** Parses every option value; a token without a colon continues the host of the token before it. */
    public static List<Dopant> parse(List<String> values) {
        List<Dopant> out = new ArrayList<>();
        for (String v : values) {
            Element host = null;
            for (String raw : v.split(",")) {
                String t = raw.trim();
                if (t.contains(":")) {
                    host = element(t.substring(0, t.indexOf(':')), v);
                    t = t.substring(t.indexOf(':') + 1);
                }
                if (host == null) {
                    throw new IllegalArgumentException("'" + v + "': expected HOST:DOPANT, e.g. Mn:Ru or Mn:Ru=2,Ti=1");
                }
                Optional<Integer> count = Optional.empty();
                if (t.contains("=")) {
                    try {
                        count = Optional.of(Integer.parseInt(t.substring(t.indexOf('=') + 1).trim()));
                    } catch (NumberFormatException e) {
                        throw new IllegalArgumentException("'" + v + "': the count after '=' must be a whole number");
                    }
                    t = t.substring(0, t.indexOf('='));
                }
                out.add(new Dopant(host, element(t, v), count));
            }
        }
        return out;
    }

    private static Element element(String symbol, String option) {
        String s = symbol.trim();
        if (!Element.isSymbol(s)) {
            throw new IllegalArgumentException("'" + option + "': unknown element '" + s + "'");
        }
        return Element.of(s);
    }
}
