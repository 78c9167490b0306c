package org.vaspflow.workflow.spec;

import java.util.Optional;

/**
 * One point of the matrix; {@link #label()} names its folder and its calculations.
 *
 * @param config which of the dopant's lowest-Ewald configurations (0 = the lowest)
 */
public record MatrixPoint(Matrix.Material material, Optional<Matrix.Dopant> dopant, int config,
                          Optional<Matrix.Content> content, int charge, Optional<Matrix.Adsorbate> adsorbate) {

    /**
     * e.g. {@code feo}, {@code nlmo-Ru.c2-x0.6-q+1-NaO2}: material, then dopant (with the configuration when the
     * dopant has several), content, charge (when not 0), adsorbate.
     */
    public String label() {
        StringBuilder sb = new StringBuilder(material.name());
        dopant.ifPresent(d -> sb.append('-').append(d.name()).append(d.configs() > 1 ? ".c" + (config + 1) : ""));
        content.ifPresent(c -> sb.append('-').append(c.name()));
        if (charge != 0) {
            sb.append("-q").append(charge > 0 ? "+" : "").append(charge);
        }
        adsorbate.ifPresent(a -> sb.append('-').append(a.name()));
        return sb.toString();
    }

    /** The same point without its adsorbate: the clean surface the adsorbate steps start from. */
    public MatrixPoint clean() {
        return new MatrixPoint(material, dopant, config, content, charge, Optional.empty());
    }
}
