package org.vaspflow.workflow.inspect;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** {@code {"shape":[…],"sum":…}} of a numeric array, so two implementations can be compared on content. */
final class ArrayKeys {
    private ArrayKeys() {
    }

    static Map<String, Object> of(List<Integer> shape, double[] values) {
        double sum = 0;
        for (double v : values) {
            sum += v;
        }
        return entry(shape, sum);
    }

    static Map<String, Object> of(List<Integer> shape, float[] values) {
        double sum = 0;
        for (float v : values) {
            sum += v;
        }
        return entry(shape, sum);
    }

    private static Map<String, Object> entry(List<Integer> shape, double sum) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("shape", shape);
        m.put("sum", sum);
        return m;
    }
}
