package org.vaspflow.workflow.hpc;

import java.time.Duration;
import java.util.Random;

/**
 * Exponential back-off with "full jitter" (delay drawn uniformly from [0, min(max, base·2^attempt)]), the
 * scheme that spreads reconnecting clients best; see M. Brooker, "Exponential Backoff And Jitter",
 * AWS Architecture Blog, 2015.
 *
 * @param maxAttempts connection attempts before giving up (≥ 1)
 */
public record Backoff(Duration base, Duration max, int maxAttempts) {
    public static final Backoff DEFAULT = new Backoff(Duration.ofSeconds(1), Duration.ofSeconds(60), 6);

    public Backoff {
        if (base.isNegative() || max.compareTo(base) < 0 || maxAttempts < 1) {
            throw new IllegalArgumentException("invalid back-off " + base + ".." + max + " x" + maxAttempts);
        }
    }

    /** The delay before retry number {@code attempt} (0 = first retry). */
    public Duration delay(int attempt, Random random) {
        long cap = max.toMillis();
        long exp = attempt >= 62 ? cap : Math.min(cap, base.toMillis() << Math.min(attempt, 30));
        return Duration.ofMillis(exp <= 0 ? 0 : (long) (random.nextDouble() * (exp + 1)));
    }
}
