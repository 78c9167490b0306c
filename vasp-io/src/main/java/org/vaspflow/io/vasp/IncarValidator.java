package org.vaspflow.io.vasp;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Checks an INCAR against the tag catalogue: unknown tags (with a did-you-mean suggestion by edit distance) and
 * values whose type differs from the catalogued type (a real where VASP expects an integer, text where it
 * expects a number).
 */
public final class IncarValidator {
    private IncarValidator() {
    }

    /** One finding: the tag, what is wrong, and a suggested tag name when one is close. */
    public record Finding(String tag, String problem, String suggestion) {
    }

    public static List<Finding> check(Incar incar) {
        List<Finding> out = new ArrayList<>();
        for (Map.Entry<String, IncarValue> e : incar.tags().entrySet()) {
            String tag = e.getKey();
            var type = IncarTags.type(tag);
            if (type.isEmpty()) {
                String suggestion = IncarTags.closest(tag).orElse("");
                out.add(new Finding(tag, "unknown INCAR tag" + (suggestion.isEmpty() ? "" : "; did you mean "
                        + suggestion + "?"), suggestion));
                continue;
            }
            IncarValue v = e.getValue();
            boolean fits = switch (type.get()) {
                case INT -> v instanceof IncarValue.Int;
                case REAL -> v instanceof IncarValue.Real || v instanceof IncarValue.Int;
                case BOOL -> v instanceof IncarValue.Bool;
                case STRING -> true;
                case INT_ARRAY -> v instanceof IncarValue.Numbers n && n.integers()
                        || v instanceof IncarValue.Int;
                case REAL_ARRAY -> v instanceof IncarValue.Numbers || v instanceof IncarValue.Int
                        || v instanceof IncarValue.Real;
            };
            if (!fits) {
                out.add(new Finding(tag, "expects " + type.get().name().toLowerCase().replace('_', '-') + " but has '"
                        + v.text() + "'", ""));
            }
        }
        return out;
    }
}
