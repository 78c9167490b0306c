package org.vaspflow.io.parse;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;

/**
 * The line of every key and list item of a YAML text, by dotted path ({@code steps[1].products.NaO2}), read in one
 * token walk. Jackson's own location trails behind when binding records (their properties are buffered until the
 * object ends), so loaders look up the line of the path Jackson reports here.
 */
public final class YamlLines {
    private YamlLines() {
    }

    /** Lines by path; after a syntax error, the lines read up to it. */
    public static Map<String, Integer> of(String yaml, JsonFactory yamlFactory) {
        Map<String, Integer> out = new HashMap<>();
        try (JsonParser p = yamlFactory.createParser(yaml)) {
            for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
                if (t == JsonToken.FIELD_NAME || t.isScalarValue() || t == JsonToken.START_OBJECT) {
                    out.putIfAbsent(dotted(p.getParsingContext().pathAsPointer().toString()),
                            p.currentTokenLocation().getLineNr());
                }
            }
        } catch (IOException e) {
            // a syntax error: the lines read so far are all there is
        }
        return out;
    }

    /** A JSON pointer ({@code /steps/1/incar}) as a dotted path ({@code steps[1].incar}). */
    public static String dotted(String pointer) {
        StringBuilder sb = new StringBuilder();
        for (String part : pointer.split("/")) {
            if (part.isEmpty()) {
                continue;
            }
            if (part.chars().allMatch(Character::isDigit)) {
                sb.append('[').append(part).append(']');
            } else {
                sb.append(sb.length() > 0 ? "." : "").append(part.replace("~1", "/").replace("~0", "~"));
            }
        }
        return sb.toString();
    }
}
