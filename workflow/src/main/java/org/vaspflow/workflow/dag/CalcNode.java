package org.vaspflow.workflow.dag;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import java.util.Map;
import org.vaspflow.workflow.spec.MatrixPoint;
import org.vaspflow.workflow.spec.StepSpec;

/**
 * What one calculation is, as stored in the {@code spec} column: its step and its matrix point, flattened
 * (absent dopant or adsorbate: empty names). {@code structure} is the material's structure file, absolute.
 */
public record CalcNode(String label, String material, String structure, String dopant,
                       Map<String, String> substitute, int dopantCount, int charge, String adsorbate,
                       String adsorbateMolecule, String adsorbateSite, StepSpec step) {
    private static final ObjectMapper JSON = new ObjectMapper()
            .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    public CalcNode {
        substitute = substitute == null ? Map.of() : Map.copyOf(substitute);
    }

    public static CalcNode of(MatrixPoint p, String structure, StepSpec step) {
        return new CalcNode(p.label(), p.material().name(), structure,
                p.dopant().map(d -> d.name()).orElse(""), p.dopant().map(d -> d.substitute()).orElse(Map.of()),
                p.dopant().map(d -> d.count()).orElse(0), p.charge(), p.adsorbate().map(a -> a.name()).orElse(""),
                p.adsorbate().map(a -> a.molecule()).orElse(""), p.adsorbate().map(a -> a.site()).orElse(""), step);
    }

    /** {@code label/step}: the calculation's unique name. */
    public String name() {
        return label + "/" + step.name();
    }

    public String toJson() {
        try {
            return JSON.writeValueAsString(this);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    public static CalcNode fromJson(String json) {
        try {
            return JSON.readValue(json, CalcNode.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored calculation spec is not readable: " + e.getOriginalMessage(), e);
        }
    }
}
