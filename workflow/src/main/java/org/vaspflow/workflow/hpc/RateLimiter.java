package org.vaspflow.workflow.hpc;

import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;

/**
 * A token bucket: at most {@code perMinute} permits per minute on average, bursts up to {@code perMinute}.
 * Used for the per-cluster budgets (connections, commands, submissions per minute) so that vaspflow never
 * hammers a login node. The clock and the sleep are injectable so tests need no real time.
 */
public final class RateLimiter {
    /** Sleeps for the given nanoseconds. */
    @FunctionalInterface
    public interface Sleeper {
        void sleep(long nanos) throws InterruptedException;
    }

    private final String name;
    private final double capacity;
    private final double refillPerNano;
    private final LongSupplier nanoClock;
    private final Sleeper sleeper;
    private double tokens;
    private long last;

    public RateLimiter(String name, int perMinute) {
        this(name, perMinute, System::nanoTime, TimeUnit.NANOSECONDS::sleep);
    }

    public RateLimiter(String name, int perMinute, LongSupplier nanoClock, Sleeper sleeper) {
        if (perMinute <= 0) {
            throw new IllegalArgumentException(name + ": permits per minute must be positive, got " + perMinute);
        }
        this.name = name;
        this.capacity = perMinute;
        this.refillPerNano = perMinute / 60e9;
        this.nanoClock = nanoClock;
        this.sleeper = sleeper;
        this.tokens = perMinute;
        this.last = nanoClock.getAsLong();
    }

    /** Takes one permit, waiting as long as needed. */
    public void acquire() {
        long wait;
        while ((wait = tryAcquireOrWait()) > 0) {
            try {
                sleeper.sleep(wait);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new TransportException(TransportException.Kind.BUDGET, name + ": interrupted while waiting", e);
            }
        }
    }

    /** Takes one permit if one is available now. */
    public synchronized boolean tryAcquire() {
        refill();
        if (tokens >= 1) {
            tokens -= 1;
            return true;
        }
        return false;
    }

    /** 0 if a permit was taken, else the nanoseconds until the next permit is due. */
    private synchronized long tryAcquireOrWait() {
        if (tryAcquire()) {
            return 0;
        }
        return Math.max(1, (long) Math.ceil((1 - tokens) / refillPerNano));
    }

    private void refill() {
        long now = nanoClock.getAsLong();
        tokens = Math.min(capacity, tokens + (now - last) * refillPerNano);
        last = now;
    }

    public String name() {
        return name;
    }
}
