package org.vaspflow.workflow.dag;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import java.util.List;
import java.util.Map;
import org.vaspflow.workflow.spec.MatrixPoint;
import org.vaspflow.workflow.spec.StepSpec;

/**
 * What one calculation is, as stored in the {@code spec} column: its matrix point, its step and the chain of
 * steps before it, so that its inputs can be rebuilt from this record alone (after a restart, by {@code plan}).
 *
 * @param label     the matrix point's label (folder name)
 * @param structure the material's structure file, absolute
 * @param point     the matrix point (material, dopant and configuration, content, charge, adsorbate)
 * @param ancestors the steps this one follows, first step first (empty for a first step)
 * @param step      the step
 */
public record CalcNode(String label, String structure, MatrixPoint point, List<StepSpec> ancestors, StepSpec step) {
    private static final ObjectMapper JSON = new ObjectMapper()
            .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .registerModule(new Jdk8Module())
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    public CalcNode {
        ancestors = ancestors == null ? List.of() : List.copyOf(ancestors);
    }

    public static CalcNode of(MatrixPoint p, String structure, List<StepSpec> ancestors, StepSpec step) {
        return new CalcNode(p.label(), structure, p, ancestors, step);
    }

    /** {@code label/step}: the calculation's unique name. */
    public String name() {
        return label + "/" + step.name();
    }

    public String material() {
        return point.material().name();
    }

    /** The dopant's name, empty for none. */
    public String dopant() {
        return point.dopant().map(d -> d.name()).orElse("");
    }

    public Map<String, String> substitute() {
        return point.dopant().map(d -> d.substitute()).orElse(Map.of());
    }

    public int dopantCount() {
        return point.dopant().map(d -> d.count()).orElse(0);
    }

    public int charge() {
        return point.charge();
    }

    /** The adsorbate's name, empty for none. */
    public String adsorbate() {
        return point.adsorbate().map(a -> a.name()).orElse("");
    }

    public String adsorbateMolecule() {
        return point.adsorbate().map(a -> a.molecule()).orElse("");
    }

    public String adsorbateSite() {
        return point.adsorbate().map(a -> a.site()).orElse("");
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
