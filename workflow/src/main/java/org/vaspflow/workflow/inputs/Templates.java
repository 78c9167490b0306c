package org.vaspflow.workflow.inputs;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads the embedded templates ({@code templates/…} on the classpath): presets bound strictly to {@link Preset},
 * tables as trees. A YAML error names the file, the YAML path and the line.
 */
public final class Templates {
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private Templates() {
    }

    /** A preset with its parents resolved. */
    public static Preset preset(String name) {
        return resolve(name, new HashSet<>());
    }

    private static Preset resolve(String name, Set<String> seen) {
        if (!seen.add(name)) {
            throw new IllegalArgumentException("preset inheritance loops through " + name);
        }
        Preset p = read(name);
        return p.parent() == null ? p : p.over(resolve(p.parent(), seen));
    }

    private static Preset read(String name) {
        if (!name.matches("[A-Za-z0-9][A-Za-z0-9._-]*")) {
            throw new IllegalArgumentException("not a preset name: '" + name + "'");
        }
        String path = "templates/incar/presets/" + name + ".yaml";
        Preset p;
        String text = "";
        try (InputStream in = open(path, "no preset named '" + name + "'")) {
            text = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            p = YAML.readValue(text, Preset.class);
        } catch (UnrecognizedPropertyException e) {
            throw new IllegalArgumentException(path + ": unknown key '" + e.getPropertyName() + "' at "
                    + e.getPathReference() + ", line " + keyLine(text, e.getPropertyName(), e.getLocation()), e);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(path + ": " + e.getOriginalMessage() + ", line " + line(e.getLocation()), e);
        } catch (IOException e) {
            throw new IllegalStateException(path + ": " + e.getMessage(), e);
        }
        return p;
    }

    /** The names of a preset's chain, the preset itself first, then its parent, and so on. */
    public static List<String> chain(String name) {
        List<String> out = new ArrayList<>();
        for (String n = name; n != null; n = read(n).parent()) {
            if (out.contains(n)) {
                throw new IllegalArgumentException("preset inheritance loops through " + n);
            }
            out.add(n);
        }
        return out;
    }

    /** A table under {@code templates/incar/tables}. */
    public static JsonNode table(String name) {
        return tree("templates/incar/tables/" + name + ".yaml", name);
    }

    /** A table under {@code templates/lobster} (the LOBSTER basis). */
    public static JsonNode lobsterTable(String name) {
        return tree("templates/lobster/" + name + ".yaml", name);
    }

    private static JsonNode tree(String path, String name) {
        try (InputStream in = open(path, "no table named '" + name + "'")) {
            return YAML.readTree(in);
        } catch (IOException e) {
            throw new IllegalStateException(path + ": " + e.getMessage(), e);
        }
    }

    /** The text (UTF-8) of an embedded resource such as {@code templates/workflows/x.yaml}; empty when absent. */
    public static java.util.Optional<String> text(String path) {
        try (InputStream in = Templates.class.getClassLoader().getResourceAsStream(path)) {
            return in == null ? java.util.Optional.empty()
                    : java.util.Optional.of(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("cannot read resource " + path, e);
        }
    }

    private static InputStream open(String path, String missing) {
        InputStream in = Templates.class.getClassLoader().getResourceAsStream(path);
        if (in == null) {
            throw new IllegalArgumentException(missing + " (" + path + ")");
        }
        return in;
    }

    /**
     * The line of the first {@code key:} in the text: Jackson's location trails behind for records (their
     * properties are buffered until the object ends), so it is only the fallback.
     */
    private static int keyLine(String text, String key, JsonLocation at) {
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].matches("\\s*" + java.util.regex.Pattern.quote(key) + "\\s*:.*")) {
                return i + 1;
            }
        }
        return line(at);
    }

    private static int line(JsonLocation at) {
        return at == null ? 0 : at.getLineNr();
    }
}
