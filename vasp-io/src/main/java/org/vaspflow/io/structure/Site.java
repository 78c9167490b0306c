package org.vaspflow.io.structure;

import java.util.Arrays;
import java.util.Objects;

/**
 * One atom of a structure: its element, fractional coordinates (as read, not wrapped into [0,1)), an
 * optional label (a POSCAR/CIF site name; empty when none) and optional selective-dynamics flags
 * (which of x, y, z may move; {@code null}-free: {@link #ALL_FREE} when the file had none).
 */
public record Site(Element element, double[] fracCoords, String label, boolean[] selectiveDynamics) {
    /** Flags of a site that may move in every direction. */
    public static final boolean[] ALL_FREE = {true, true, true};

    public Site {
        Objects.requireNonNull(element, "element");
        if (fracCoords == null || fracCoords.length != 3) {
            throw new IllegalArgumentException("a site needs three fractional coordinates");
        }
        fracCoords = fracCoords.clone();
        label = label == null ? "" : label;
        selectiveDynamics = selectiveDynamics == null ? ALL_FREE.clone() : selectiveDynamics.clone();
        if (selectiveDynamics.length != 3) {
            throw new IllegalArgumentException("selective dynamics needs three flags");
        }
    }

    public Site(Element element, double[] fracCoords) {
        this(element, fracCoords, "", ALL_FREE);
    }

    @Override
    public double[] fracCoords() {
        return fracCoords.clone();
    }

    @Override
    public boolean[] selectiveDynamics() {
        return selectiveDynamics.clone();
    }

    /** Fractional coordinate i without a copy. */
    public double frac(int i) {
        return fracCoords[i];
    }

    /** True when some direction is fixed. */
    public boolean isConstrained() {
        return !(selectiveDynamics[0] && selectiveDynamics[1] && selectiveDynamics[2]);
    }

    public Site withElement(Element other) {
        return new Site(other, fracCoords, label, selectiveDynamics);
    }

    public Site withFracCoords(double[] coords) {
        return new Site(element, coords, label, selectiveDynamics);
    }

    public Site withSelectiveDynamics(boolean[] flags) {
        return new Site(element, fracCoords, label, flags);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Site s && element == s.element && Arrays.equals(fracCoords, s.fracCoords)
                && label.equals(s.label) && Arrays.equals(selectiveDynamics, s.selectiveDynamics);
    }

    @Override
    public int hashCode() {
        return Objects.hash(element, Arrays.hashCode(fracCoords), label, Arrays.hashCode(selectiveDynamics));
    }

    @Override
    public String toString() {
        return element.symbol() + Arrays.toString(fracCoords);
    }
}
