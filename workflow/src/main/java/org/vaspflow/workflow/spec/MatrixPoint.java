package org.vaspflow.workflow.spec;

import java.util.Optional;

/** One point of the matrix; {@link #label()} names its folder and its calculations. */
public record MatrixPoint(Matrix.Material material, Optional<Matrix.Dopant> dopant, int charge,
                          Optional<Matrix.Adsorbate> adsorbate) {

    /** e.g. {@code feo}, {@code feo-Mn-q+1-OH}: material, then dopant, charge (when not 0), adsorbate. */
    public String label() {
        StringBuilder sb = new StringBuilder(material.name());
        dopant.ifPresent(d -> sb.append('-').append(d.name()));
        if (charge != 0) {
            sb.append("-q").append(charge > 0 ? "+" : "").append(charge);
        }
        adsorbate.ifPresent(a -> sb.append('-').append(a.name()));
        return sb.toString();
    }
}
