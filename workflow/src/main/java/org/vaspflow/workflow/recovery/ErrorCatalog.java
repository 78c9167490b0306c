package org.vaspflow.workflow.recovery;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.vaspflow.workflow.spec.CampaignSpecException;

/**
 * The VASP error catalogue ({@code templates/errors/vasp-errors.yaml}): what each known failure looks like and
 * the corrections to try, in order, as data. Format: {@code docs/workflow.md}. Bound strictly (unknown keys are
 * errors with path and line, reported as {@link CampaignSpecException}).
 *
 * @param incarDefaults VASP's defaults for tags a correction scales when the INCAR does not set them
 */
public record ErrorCatalog(int version, Map<String, Object> incarDefaults, List<ErrorEntry> errors) {
    /** Where the shipped catalogue lives on the class path (and in the source tree under templates/). */
    public static final String RESOURCE = "templates/errors/vasp-errors.yaml";
    private static final ObjectMapper YAML = YAMLMapper.builder()
            .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(com.fasterxml.jackson.core.JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .build();

    public ErrorCatalog {
        incarDefaults = incarDefaults == null ? Map.of() : Map.copyOf(incarDefaults);
        errors = errors == null ? List.of() : List.copyOf(errors);
        java.util.Set<String> ids = new java.util.HashSet<>();
        for (ErrorEntry e : errors) {
            if (!ids.add(e.id())) {
                throw new IllegalArgumentException("error id '" + e.id() + "' appears twice");
            }
        }
    }

    /** The catalogue shipped with vaspflow. */
    public static ErrorCatalog builtIn() {
        try (InputStream in = ErrorCatalog.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the class path");
            }
            return parse(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8), RESOURCE);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + RESOURCE, e);
        }
    }

    public static ErrorCatalog load(Path file) {
        try {
            return parse(Files.readString(file), file.toString());
        } catch (IOException e) {
            throw new CampaignSpecException(file.toString(), "", 0, "cannot read: " + e.getMessage(), e);
        }
    }

    public static ErrorCatalog parse(String yaml, String source) {
        try {
            return YAML.readValue(yaml, ErrorCatalog.class);
        } catch (com.fasterxml.jackson.databind.JsonMappingException e) {
            StringBuilder path = new StringBuilder();
            for (var r : e.getPath()) {
                path.append(r.getFieldName() != null ? (path.length() > 0 ? "." : "") + r.getFieldName()
                        : "[" + r.getIndex() + "]");
            }
            Throwable cause = e.getCause() == null ? e : e.getCause();
            throw new CampaignSpecException(source, path.toString(), e.getLocation() == null ? 0
                    : e.getLocation().getLineNr(), cause == e ? e.getOriginalMessage() : cause.getMessage(), e);
        } catch (IOException e) {
            throw new CampaignSpecException(source, "", 0, e.getMessage(), e);
        }
    }

    public Optional<ErrorEntry> entry(String id) {
        return errors.stream().filter(e -> e.id().equals(id) || e.aliases().contains(id)).findFirst();
    }

    /** A copy with one entry replaced (e.g. a different threshold for a study). */
    public ErrorCatalog with(ErrorEntry replacement) {
        return new ErrorCatalog(version, incarDefaults, errors.stream()
                .map(e -> e.id().equals(replacement.id()) ? replacement : e).toList());
    }
}
