package org.vaspflow.workflow.inputs;

import java.util.List;
import org.vaspflow.io.vasp.IncarValue;

/** Turns YAML scalars and lists (as Jackson binds them) into typed INCAR values. */
final class IncarValues {
    private IncarValues() {
    }

    static IncarValue of(Object v) {
        if (v instanceof Boolean b) {
            return new IncarValue.Bool(b);
        }
        if (v instanceof Integer || v instanceof Long) {
            return new IncarValue.Int(((Number) v).longValue());
        }
        if (v instanceof Number n) {
            return new IncarValue.Real(n.doubleValue());
        }
        if (v instanceof List<?> list) {
            double[] d = new double[list.size()];
            boolean ints = true;
            for (int i = 0; i < d.length; i++) {
                Object x = list.get(i);
                if (!(x instanceof Number n)) {
                    throw new IllegalArgumentException("INCAR lists hold numbers, not " + x);
                }
                d[i] = n.doubleValue();
                ints &= x instanceof Integer || x instanceof Long;
            }
            return new IncarValue.Numbers(d, ints);
        }
        return new IncarValue.Text(String.valueOf(v));
    }
}
