package org.vaspflow.io.parse;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Locale;
import java.util.function.LongSupplier;

/**
 * A one-line text progress bar for long parses, drawn with carriage returns on a given stream (the CLI passes
 * {@code System.err}; stdout stays clean for JSON):
 * <pre>
 * vasprun.xml  [=============&gt;                ]  45%   451.2/1003.1 MB   212.4 MB/s  ETA 0:03
 * </pre>
 * Bytes are those read from the file on disk (compressed bytes for a compressed file), so the total is known
 * before parsing starts. Rate is bytes read since the file was opened over the wall time since then; ETA is
 * the remaining bytes at that rate. Files smaller than {@code minBytes} draw nothing. Redraws are throttled to
 * one per {@link #REDRAW_NANOS}, so the listener stays cheap on every buffer refill.
 */
public final class ProgressBar implements ProgressListener, AutoCloseable {
    /** Minimum time between two redraws. */
    public static final long REDRAW_NANOS = 200_000_000L;
    /** The size from which the CLI shows a bar (~100 MB). */
    public static final long DEFAULT_MIN_BYTES = 100L * 1024 * 1024;
    private static final int WIDTH = 30;
    private static final double MB = 1e6;

    private final PrintStream out;
    private final long minBytes;
    private final LongSupplier nanoClock;
    private Path file;
    private long startNanos;
    private long lastDrawNanos;
    private long bytesRead;
    private long totalBytes;
    private boolean drawn;

    /** A bar on {@code out} for files of at least {@code minBytes}, timed by {@link System#nanoTime}. */
    public ProgressBar(PrintStream out, long minBytes) {
        this(out, minBytes, System::nanoTime);
    }

    /** As above with an explicit clock (tests). */
    public ProgressBar(PrintStream out, long minBytes, LongSupplier nanoClock) {
        this.out = out;
        this.minBytes = minBytes;
        this.nanoClock = nanoClock;
    }

    @Override
    public void progress(Path file, long bytesRead, long totalBytes) {
        if (totalBytes < minBytes) {
            return;
        }
        long now = nanoClock.getAsLong();
        if (!file.equals(this.file) || bytesRead < this.bytesRead) {
            // a new file, or the same file opened again (format sniffing reads its head first)
            this.file = file;
            this.startNanos = now;
            this.lastDrawNanos = now - REDRAW_NANOS;
        }
        this.bytesRead = bytesRead;
        this.totalBytes = totalBytes;
        if (now - lastDrawNanos >= REDRAW_NANOS || bytesRead >= totalBytes) {
            lastDrawNanos = now;
            draw(now);
        }
    }

    /** Draws the last state once more and ends the line, if a bar was drawn at all. */
    @Override
    public void close() {
        if (drawn) {
            draw(nanoClock.getAsLong());
            out.print('\n');
            out.flush();
            drawn = false;
        }
    }

    /** The text of the bar for a state (no carriage return); public for callers that print it elsewhere. */
    public static String line(String name, long bytesRead, long totalBytes, double seconds) {
        double fraction = totalBytes <= 0 ? 1 : Math.min(1, (double) bytesRead / totalBytes);
        int filled = (int) Math.round(fraction * WIDTH);
        StringBuilder bar = new StringBuilder(WIDTH + 2).append('[');
        for (int i = 0; i < WIDTH; i++) {
            bar.append(i < filled ? '=' : i == filled ? '>' : ' ');
        }
        bar.append(']');
        double rate = seconds > 0 ? bytesRead / MB / seconds : 0;
        String eta = rate > 0 ? clock((totalBytes - bytesRead) / MB / rate) : "--:--";
        String shortName = name.length() > 24 ? "…" + name.substring(name.length() - 23) : name;
        return String.format(Locale.ROOT, "%-24s %s %3d%% %8.1f/%.1f MB %7.1f MB/s  ETA %s", shortName, bar,
                (int) Math.floor(fraction * 100), bytesRead / MB, totalBytes / MB, rate, eta);
    }

    private void draw(long now) {
        double seconds = (now - startNanos) / 1e9;
        String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        out.print('\r');
        out.print(line(name, bytesRead, totalBytes, seconds));
        out.flush();
        drawn = true;
    }

    private static String clock(double seconds) {
        long s = Math.round(seconds);
        return s >= 3600 ? String.format(Locale.ROOT, "%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60)
                : String.format(Locale.ROOT, "%d:%02d", s / 60, s % 60);
    }
}
