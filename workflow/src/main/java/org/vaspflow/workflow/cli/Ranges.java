package org.vaspflow.workflow.cli;

import picocli.CommandLine;

/** Parses {@code --erange LO:HI} options (eV relative to E-fermi); absent = the whole grid. */
final class Ranges {
    private Ranges() {
    }

    static double[] parse(String text, CommandLine.Model.CommandSpec spec) {
        if (text == null) {
            return new double[] {Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY};
        }
        String[] p = text.split(":");
        try {
            if (p.length == 2) {
                double lo = Double.parseDouble(p[0]);
                double hi = Double.parseDouble(p[1]);
                if (lo < hi) {
                    return new double[] {lo, hi};
                }
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new CommandLine.ParameterException(spec.commandLine(), "--erange needs LO:HI with LO < HI, e.g. -8:4; got '"
                + text + "'");
    }
}
