package org.vaspflow.workflow.hpc;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A wall-clock limit in whole seconds. Written in profiles and campaigns as {@code HH:MM:SS},
 * {@code D-HH:MM:SS} (Slurm's forms; hours may exceed 23 in the first) or with a unit: {@code 90m}, {@code 48h},
 * {@code 2d}. Slurm's ambiguous short forms ({@code MM}, {@code MM:SS}) are refused on purpose: "48:00" would
 * be 48 minutes to Slurm but 48 hours to most readers.
 */
public record Walltime(long seconds) implements Comparable<Walltime> {
    private static final Pattern CLOCK = Pattern.compile("(?:(\\d+)-)?(\\d+):(\\d{2}):(\\d{2})");
    private static final Pattern UNIT = Pattern.compile("(\\d+)\\s*([smhd])");

    public Walltime {
        if (seconds <= 0) {
            throw new IllegalArgumentException("walltime must be positive, got " + seconds + " s");
        }
    }

    @JsonCreator
    public static Walltime parse(String text) {
        String t = text.strip();
        Matcher m = CLOCK.matcher(t);
        if (m.matches()) {
            long days = m.group(1) == null ? 0 : Long.parseLong(m.group(1));
            int min = Integer.parseInt(m.group(3));
            int sec = Integer.parseInt(m.group(4));
            if (min > 59 || sec > 59) {
                throw new IllegalArgumentException("walltime '" + text + "': minutes and seconds must be < 60");
            }
            return new Walltime(days * 86400 + Long.parseLong(m.group(2)) * 3600 + min * 60L + sec);
        }
        m = UNIT.matcher(t);
        if (m.matches()) {
            long n = Long.parseLong(m.group(1));
            long unit = switch (m.group(2)) {
                case "s" -> 1;
                case "m" -> 60;
                case "h" -> 3600;
                default -> 86400;
            };
            return new Walltime(n * unit);
        }
        throw new IllegalArgumentException("walltime '" + text
                + "' not understood; write HH:MM:SS, D-HH:MM:SS, or a number with s/m/h/d (90m, 48h, 2d)");
    }

    /** Slurm's {@code D-HH:MM:SS} ({@code --time}). */
    public String slurm() {
        long d = seconds / 86400;
        long rest = seconds % 86400;
        return (d > 0 ? d + "-" : "") + clock(rest);
    }

    /** PBS's {@code HH:MM:SS} ({@code -l walltime}); hours may exceed 24. */
    public String pbs() {
        return clock(seconds);
    }

    /** LSF's {@code [HH:]MM} for {@code bsub -W}: whole minutes, rounded up. */
    public String lsf() {
        long minutes = (seconds + 59) / 60;
        return String.format("%d:%02d", minutes / 60, minutes % 60);
    }

    @JsonValue
    @Override
    public String toString() {
        return slurm();
    }

    @Override
    public int compareTo(Walltime o) {
        return Long.compare(seconds, o.seconds);
    }

    private static String clock(long s) {
        return String.format("%02d:%02d:%02d", s / 3600, s % 3600 / 60, s % 60);
    }
}
