package org.vaspflow.workflow.report;

import java.nio.file.Path;

/**
 * A finished calculation as a figure section sees it: its name, step and the absolute folder holding its output
 * files (for a calculation linked to an identical earlier one, that one's folder).
 *
 * @param id     store id
 * @param name   unique calculation name, e.g. {@code feo-q0/static}
 * @param step   campaign step
 * @param folder absolute folder with the output files
 * @param campaignFolder the campaign folder (for relative paths in provenance)
 */
public record CalculationFiles(long id, String name, String step, Path folder, Path campaignFolder) {
    /** {@code file} relative to the campaign folder when inside it, else absolute. */
    public String relative(Path file) {
        Path f = file.toAbsolutePath().normalize();
        Path c = campaignFolder.toAbsolutePath().normalize();
        return f.startsWith(c) ? c.relativize(f).toString() : f.toString();
    }
}
