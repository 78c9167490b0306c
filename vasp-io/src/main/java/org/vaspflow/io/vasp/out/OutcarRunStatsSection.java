package org.vaspflow.io.vasp.out;

import org.vaspflow.io.parse.TextCursor;

/**
 * The timing block quoted in {@link OutcarRunStats}: {@code key: value} lines after
 * {@code General timing and accounting informations for this job:}, to the end of the file. The block counts as
 * finished when its {@code Elapsed time (sec)} line was followed by more text (a file cut inside the number is
 * not a finished run).
 */
final class OutcarRunStatsSection implements OutcarSection {
    @Override
    public boolean starts(String line, OutcarBuilder into) {
        return line.startsWith("General timing and accounting");
    }

    @Override
    public void read(TextCursor c, String line, OutcarBuilder into) {
        double total = Double.NaN;
        double user = Double.NaN;
        double system = Double.NaN;
        double elapsed = Double.NaN;
        double max = Double.NaN;
        double average = Double.NaN;
        boolean finished = false;
        String l;
        while ((l = c.peek()) != null) {
            String t = l.strip();
            int colon = t.lastIndexOf(':');
            if (!t.isEmpty() && !t.startsWith("===") && colon < 0) {
                break;
            }
            c.next();
            if (colon < 0) {
                continue;
            }
            String key = t.substring(0, colon).strip();
            String value = t.substring(colon + 1).strip();
            // "N/A" (VASP 6) and "****" are not damage: the value is absent
            double v = value.equals("N/A") ? Double.NaN : c.parseDouble(value);
            switch (key) {
                case "Total CPU time used (sec)" -> total = v;
                case "User time (sec)" -> user = v;
                case "System time (sec)" -> system = v;
                case "Elapsed time (sec)" -> {
                    elapsed = v;
                    finished = c.peek() != null;
                }
                case "Maximum memory used (kb)" -> max = v;
                case "Average memory used (kb)" -> average = v;
                default -> {
                    // page faults and context switches: not kept
                }
            }
        }
        into.runStats = new OutcarRunStats(into.cores, total, user, system, elapsed, max, average, finished);
    }
}
