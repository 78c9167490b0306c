package org.vaspflow.workflow.spec;

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
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.vaspflow.io.parse.YamlLines;
import java.util.stream.Collectors;

/**
 * Reads a campaign YAML strictly into {@link CampaignSpec}: unknown keys, duplicate keys, wrong types and
 * invalid values are {@link CampaignSpecException}s naming the YAML path (e.g. {@code steps[1].incar}) and line.
 * Jackson reports where it was when binding failed; cross-step checks (an {@code after} naming no step) find
 * their line by walking the YAML tokens once.
 */
public final class CampaignLoader {
    private static final ObjectMapper YAML = YAMLMapper.builder()
            .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .addModule(new Jdk8Module())
            .build();

    private CampaignLoader() {
    }

    public static CampaignSpec load(Path file) {
        try {
            return parse(Files.readString(file), file.toString());
        } catch (IOException e) {
            throw new CampaignSpecException(file.toString(), "", 0, "cannot read: " + e.getMessage(), e);
        }
    }

    public static CampaignSpec parse(String yaml, String source) {
        CampaignSpec spec;
        try {
            spec = YAML.readValue(yaml, CampaignSpec.class);
        } catch (UnrecognizedPropertyException e) {
            String known = e.getKnownPropertyIds() == null ? "" : " (known keys: " + e.getKnownPropertyIds()
                    .stream().map(Object::toString).sorted().collect(Collectors.joining(", ")) + ")";
            throw new CampaignSpecException(source, path(e), line(yaml, path(e), e.getLocation()),
                    "unknown key '" + e.getPropertyName() + "'" + known, e);
        } catch (ValueInstantiationException e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            throw new CampaignSpecException(source, path(e), line(yaml, path(e), e.getLocation()), String.valueOf(
                    cause.getMessage()), e);
        } catch (JsonMappingException e) {
            throw new CampaignSpecException(source, path(e), line(yaml, path(e), e.getLocation()),
                    e.getOriginalMessage(), e);
        } catch (JsonProcessingException e) {
            throw new CampaignSpecException(source, "", line(e.getLocation()), e.getOriginalMessage(), e);
        }
        if (spec == null) {
            throw new CampaignSpecException(source, "", 1, "empty campaign file", null);
        }
        var problems = spec.problems();
        if (!problems.isEmpty()) {
            String[] p = problems.get(0);
            throw new CampaignSpecException(source, p[0], lines(yaml).getOrDefault(p[0], 0), p[1], null);
        }
        return spec;
    }

    /** The binding path as {@code a.b[2].c}. */
    static String path(JsonMappingException e) {
        StringBuilder sb = new StringBuilder();
        for (JsonMappingException.Reference r : e.getPath()) {
            if (r.getFieldName() != null) {
                if (sb.length() > 0) {
                    sb.append('.');
                }
                sb.append(r.getFieldName());
            } else if (r.getIndex() >= 0) {
                sb.append('[').append(r.getIndex()).append(']');
            }
        }
        return sb.toString();
    }

    /**
     * The line of {@code path} from the token walk (Jackson's own location trails behind for records, whose
     * properties are buffered until the object ends), else Jackson's.
     */
    private static int line(String yaml, String path, JsonLocation loc) {
        return lines(yaml).getOrDefault(path, line(loc));
    }

    private static int line(JsonLocation loc) {
        return loc == null ? 0 : Math.max(0, loc.getLineNr());
    }

    static Map<String, Integer> lines(String yaml) {
        return YamlLines.of(yaml, YAML.getFactory());
    }
}
