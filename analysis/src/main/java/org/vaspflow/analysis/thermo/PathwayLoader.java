package org.vaspflow.analysis.thermo;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Reads a pathway YAML strictly into {@link Pathway}: unknown or duplicate keys, wrong types, invalid values and
 * names that refer to no species are {@link PathwayException}s with the YAML path and line. Jackson's own location
 * lags behind for records (their properties are buffered until the object closes), so lines come from one walk over
 * the YAML tokens, keyed by path.
 */
public final class PathwayLoader {
    private static final ObjectMapper YAML = YAMLMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .build();

    private PathwayLoader() {
    }

    public static Pathway load(Path file) {
        try {
            return parse(Files.readString(file), file.toString());
        } catch (IOException e) {
            throw new PathwayException(file.toString(), "", 0, "cannot read: " + e.getMessage(), e);
        }
    }

    public static Pathway parse(String yaml, String source) {
        Pathway p;
        try {
            p = YAML.readValue(yaml, Pathway.class);
        } catch (UnrecognizedPropertyException e) {
            String known = e.getKnownPropertyIds() == null ? "" : " (known keys: " + e.getKnownPropertyIds()
                    .stream().map(Object::toString).sorted().collect(Collectors.joining(", ")) + ")";
            throw new PathwayException(source, path(e), line(yaml, path(e), e.getLocation()),
                    "unknown key '" + e.getPropertyName() + "'" + known, e);
        } catch (ValueInstantiationException e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            throw new PathwayException(source, path(e), line(yaml, path(e), e.getLocation()),
                    String.valueOf(cause.getMessage()), e);
        } catch (JsonMappingException e) {
            throw new PathwayException(source, path(e), line(yaml, path(e), e.getLocation()), e.getOriginalMessage(), e);
        } catch (JsonProcessingException e) {
            throw new PathwayException(source, "", e.getLocation() == null ? 0 : e.getLocation().getLineNr(),
                    e.getOriginalMessage(), e);
        }
        if (p == null) {
            throw new PathwayException(source, "", 1, "empty pathway file", null);
        }
        List<String[]> problems = p.problems();
        if (!problems.isEmpty()) {
            String[] first = problems.get(0);
            throw new PathwayException(source, first[0], lines(yaml).getOrDefault(first[0], 0), first[1], null);
        }
        return p;
    }

    static String path(JsonMappingException e) {
        StringBuilder sb = new StringBuilder();
        for (JsonMappingException.Reference r : e.getPath()) {
            if (r.getFieldName() != null) {
                sb.append(sb.length() > 0 ? "." : "").append(r.getFieldName());
            } else if (r.getIndex() >= 0) {
                sb.append('[').append(r.getIndex()).append(']');
            }
        }
        return sb.toString();
    }

    private static int line(String yaml, String path, JsonLocation loc) {
        Map<String, Integer> lines = lines(yaml);
        // a value error inside a record is reported at the record: its key's line is the best there is
        String p = path;
        while (!p.isEmpty()) {
            Integer l = lines.get(p);
            if (l != null) {
                return l;
            }
            int cut = Math.max(p.lastIndexOf('.'), p.lastIndexOf('['));
            p = cut < 0 ? "" : p.substring(0, cut);
        }
        return loc == null ? 0 : Math.max(0, loc.getLineNr());
    }

    /** Line of every key and list item, by path ({@code steps[1].products.NaO2}). */
    static Map<String, Integer> lines(String yaml) {
        Map<String, Integer> out = new HashMap<>();
        try (JsonParser parser = YAML.getFactory().createParser(yaml)) {
            for (JsonToken t = parser.nextToken(); t != null; t = parser.nextToken()) {
                if (t == JsonToken.FIELD_NAME || t.isScalarValue() || t == JsonToken.START_OBJECT) {
                    out.putIfAbsent(dotted(parser.getParsingContext().pathAsPointer().toString()),
                            parser.currentTokenLocation().getLineNr());
                }
            }
        } catch (IOException e) {
            // a syntax error: the lines read so far are all there is
        }
        return out;
    }

    private static String dotted(String pointer) {
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
