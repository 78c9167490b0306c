package org.vaspflow.analysis.thermo;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.vaspflow.io.parse.YamlLines;
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
            // Jackson reports unknown keys of a record only after its constructor ran; a constructor error (say, a
            // missing 'steps' because it was spelt 'step') would hide the real mistake, so keys are checked first
            unknownKey(YAML.readTree(yaml), "", TOP).ifPresent(k -> {
                throw new PathwayException(source, k[0], lines(yaml).getOrDefault(k[0], 0), k[1], null);
            });
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
            throw new PathwayException(source, path(e), line(yaml, path(e), e.getLocation()), e.getOriginalMessage(),
                    e);
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

    private static final List<String> TOP = List.of("name", "reaction", "process", "carrier", "species", "zpe_ev",
            "ts_ev", "o2_correction", "equilibrium_potential_v", "steps");
    private static final Map<String, List<String>> NESTED = Map.of(
            "carrier", List.of("ion", "reference", "per_pair"),
            "species.*", List.of("energy_ev", "calc", "formula_units", "note", "formula"),
            "o2_correction", List.of("method", "value_ev", "species", "water", "hydrogen", "water_splitting_ev"),
            "steps[]", List.of("name", "type", "reactants", "products", "electrons"));

    /** The first key that is not one of {@code known} at {@code path} or below, as (path, reason). */
    private static java.util.Optional<String[]> unknownKey(JsonNode node, String path, List<String> known) {
        if (node == null || !node.isObject()) {
            return java.util.Optional.empty();
        }
        for (java.util.Iterator<String> it = node.fieldNames(); it.hasNext();) {
            String k = it.next();
            String at = path.isEmpty() ? k : path + "." + k;
            if (!known.contains(k)) {
                return java.util.Optional.of(new String[] {at, "unknown key '" + k + "' (known keys: "
                        + String.join(", ", known.stream().sorted().toList()) + ")"});
            }
            java.util.Optional<String[]> below = java.util.Optional.empty();
            JsonNode v = node.get(k);
            if (path.isEmpty() && NESTED.containsKey(k)) {
                below = unknownKey(v, at, NESTED.get(k));
            } else if (path.isEmpty() && k.equals("species") && v.isObject()) {
                for (java.util.Iterator<String> s = v.fieldNames(); s.hasNext() && below.isEmpty();) {
                    String name = s.next();
                    below = unknownKey(v.get(name), at + "." + name, NESTED.get("species.*"));
                }
            } else if (path.isEmpty() && k.equals("steps") && v.isArray()) {
                for (int i = 0; i < v.size() && below.isEmpty(); i++) {
                    below = unknownKey(v.get(i), at + "[" + i + "]", NESTED.get("steps[]"));
                }
            }
            if (below.isPresent()) {
                return below;
            }
        }
        return java.util.Optional.empty();
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

    static Map<String, Integer> lines(String yaml) {
        return YamlLines.of(yaml, YAML.getFactory());
    }
}
