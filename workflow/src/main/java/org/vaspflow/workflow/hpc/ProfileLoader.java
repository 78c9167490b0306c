package org.vaspflow.workflow.hpc;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Finds, expands and strictly binds profiles. A profile name is looked up as {@code NAME.yaml} in
 * {@code $VASPFLOW_PROFILES} (a folder), {@code ~/.vaspflow/profiles/}, {@code ./hpc-profiles/} and finally the
 * profiles shipped inside the jar; a name containing {@code /} or ending in {@code .yaml} is a file path.
 *
 * <p>Before binding, {@code ${VAR}} and {@code ${VAR:-default}} are replaced by environment variables, line by
 * line (so error line numbers stay right); an unset variable without a default is an error. The value is
 * inserted verbatim, so quote such scalars in the YAML when they may contain {@code :} or {@code #}. This is
 * meant for machine-dependent values such as the test cluster's key path, never for secrets.
 */
public final class ProfileLoader {
    private static final Pattern VAR = Pattern.compile("\\$\\{([A-Za-z_][A-Za-z0-9_]*)(?::-([^}]*))?}");
    private static final ObjectMapper YAML = YAMLMapper.builder()
            .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .build();

    private ProfileLoader() {
    }

    /** A bound profile, where it came from, and its job-script template text. */
    public record LoadedProfile(Profile profile, String origin, String template) {
    }

    /** Loads a profile by name or path with the process environment. */
    public static LoadedProfile load(String nameOrPath) {
        return load(nameOrPath, System::getenv);
    }

    public static LoadedProfile load(String nameOrPath, UnaryOperator<String> env) {
        Optional<Path> dir = Optional.empty();
        String text;
        String origin;
        Path file = locate(nameOrPath, env);
        if (file != null) {
            origin = file.toString();
            dir = Optional.ofNullable(file.toAbsolutePath().getParent());
            try {
                text = Files.readString(file);
            } catch (IOException e) {
                throw new ProfileException(origin, "", 0, "cannot read: " + e.getMessage(), e);
            }
        } else {
            origin = "classpath:hpc-profiles/" + nameOrPath + ".yaml";
            text = org.vaspflow.workflow.inputs.Templates.text("hpc-profiles/" + nameOrPath + ".yaml").orElseThrow(() -> new ProfileException(
                    nameOrPath, "", 0, "no such profile; looked in " + searchDirs(env).stream()
                            .map(Path::toString).collect(Collectors.joining(", ")) + " and the built-in profiles",
                    null));
        }
        Profile profile = parse(text, origin, env);
        return new LoadedProfile(profile, origin, template(profile, dir, origin));
    }

    /** Expands and binds one profile text; {@code source} names it in errors. */
    public static Profile parse(String yaml, String source, UnaryOperator<String> env) {
        String expanded = expand(yaml, source, env);
        try {
            return YAML.readValue(expanded, Profile.class);
        } catch (UnrecognizedPropertyException e) {
            String known = e.getKnownPropertyIds() == null ? "" : " (known keys: " + e.getKnownPropertyIds().stream()
                    .map(Object::toString).sorted().collect(Collectors.joining(", ")) + ")";
            throw new ProfileException(source, path(e), line(e, expanded),
                    "unknown key '" + e.getPropertyName() + "'" + known, e);
        } catch (ValueInstantiationException e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            throw new ProfileException(source, path(e), line(e, expanded), cause.getMessage(), e);
        } catch (JsonMappingException e) {
            throw new ProfileException(source, path(e), line(e, expanded), e.getOriginalMessage(), e);
        } catch (JsonProcessingException e) {
            throw new ProfileException(source, "", line(e), e.getOriginalMessage(), e);
        }
    }

    static String expand(String yaml, String source, UnaryOperator<String> env) {
        String[] lines = yaml.split("\n", -1);
        StringBuilder out = new StringBuilder(yaml.length());
        for (int i = 0; i < lines.length; i++) {
            Matcher m = VAR.matcher(lines[i]);
            StringBuilder line = new StringBuilder();
            while (m.find()) {
                String value = env.apply(m.group(1));
                if (value == null || value.isEmpty() && m.group(2) != null) {
                    if (m.group(2) == null) {
                        throw new ProfileException(source, "", i + 1,
                                "environment variable " + m.group(1) + " is not set (write ${" + m.group(1)
                                        + ":-default} for a fallback)", null);
                    }
                    value = m.group(2);
                }
                m.appendReplacement(line, Matcher.quoteReplacement(value));
            }
            m.appendTail(line);
            out.append(line);
            if (i < lines.length - 1) {
                out.append('\n');
            }
        }
        return out.toString();
    }

    private static Path locate(String nameOrPath, UnaryOperator<String> env) {
        if (nameOrPath.contains("/") || nameOrPath.endsWith(".yaml") || nameOrPath.endsWith(".yml")) {
            Path p = Path.of(nameOrPath);
            if (!Files.isRegularFile(p)) {
                throw new ProfileException(nameOrPath, "", 0, "no such file", null);
            }
            return p;
        }
        for (Path dir : searchDirs(env)) {
            Path p = dir.resolve(nameOrPath + ".yaml");
            if (Files.isRegularFile(p)) {
                return p;
            }
        }
        return null;
    }

    static List<Path> searchDirs(UnaryOperator<String> env) {
        List<Path> dirs = new ArrayList<>();
        String custom = env.apply("VASPFLOW_PROFILES");
        if (custom != null && !custom.isBlank()) {
            dirs.add(Path.of(custom));
        }
        dirs.add(Path.of(System.getProperty("user.home"), ".vaspflow", "profiles"));
        dirs.add(Path.of("hpc-profiles"));
        return dirs;
    }

    private static String template(Profile profile, Optional<Path> dir, String origin) {
        String name = profile.template().isEmpty() ? profile.scheduler().key() + ".sh.tmpl" : profile.template();
        if (dir.isPresent()) {
            for (Path p : List.of(dir.get().resolve("templates").resolve(name), dir.get().resolve(name))) {
                if (Files.isRegularFile(p)) {
                    try {
                        return Files.readString(p);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }
            }
        }
        return org.vaspflow.workflow.inputs.Templates.text("hpc-profiles/templates/" + name).orElseThrow(() -> new ProfileException(origin,
                "template", 0, "job-script template '" + name + "' not found beside the profile (templates/"
                + name + ") nor built in", null));
    }

    private static String path(JsonMappingException e) {
        return e.getPath().stream()
                .map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
                .collect(Collectors.joining(".")).replace(".[", "[");
    }

    /**
     * The line of the offending key: found by walking the YAML path through the text (Jackson's location is
     * one token late for properties of records), else Jackson's token line.
     */
    private static int line(JsonMappingException e, String text) {
        String[] lines = text.split("\n", -1);
        int at = -1;
        for (JsonMappingException.Reference r : e.getPath()) {
            if (r.getFieldName() == null) {
                continue;
            }
            Pattern key = Pattern.compile("^\\s*(- )?\"?" + Pattern.quote(r.getFieldName()) + "\"?\\s*:.*");
            int found = -1;
            for (int i = at + 1; i < lines.length && found < 0; i++) {
                if (key.matcher(lines[i]).matches()) {
                    found = i;
                }
            }
            if (found < 0) {
                return line(e);
            }
            at = found;
        }
        return at < 0 ? line(e) : at + 1;
    }

    private static int line(JsonProcessingException e) {
        JsonLocation location = e.getProcessor() instanceof JsonParser p ? p.currentTokenLocation() : e.getLocation();
        return location == null ? 0 : Math.max(0, location.getLineNr());
    }
}
