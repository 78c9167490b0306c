package org.vaspflow.workflow.report;

/**
 * Where a reported number comes from: the file it was read from (relative to the campaign folder when inside it),
 * the settings of the computation (window, spin, cutoff …) and the id of its {@link Definition}.
 *
 * @param file     the file read, e.g. {@code runs/feo-q0/static/vasprun.xml}
 * @param settings the parameters of the computation, in words; empty when there are none
 * @param definition id of the definition in {@link Definitions#ALL}
 */
public record Provenance(String file, String settings, String definition) {
    public Provenance {
        if (file == null || settings == null || definition == null) {
            throw new IllegalArgumentException("provenance fields are required (use \"\" for none)");
        }
    }
}
