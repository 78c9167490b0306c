package org.vaspflow.workflow.hpc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class RateLimiterTest {
    @Test
    void burstThenOnePermitPerRefillInterval() {
        AtomicLong now = new AtomicLong();
        AtomicLong slept = new AtomicLong();
        RateLimiter r = new RateLimiter("t", 6, now::get, n -> {
            slept.addAndGet(n);
            now.addAndGet(n);
        });
        for (int i = 0; i < 6; i++) {
            assertTrue(r.tryAcquire(), "burst of 6");
        }
        assertFalse(r.tryAcquire());
        r.acquire();
        assertEquals(10e9, slept.get(), 1e6, "6 per minute: the 7th waits 10 s");
        now.addAndGet(60_000_000_000L * 5);
        for (int i = 0; i < 6; i++) {
            assertTrue(r.tryAcquire());
        }
        assertFalse(r.tryAcquire(), "the bucket never holds more than its capacity");
    }

    @Test
    void backoffGrowsExponentiallyWithinItsCap() {
        Backoff b = new Backoff(Duration.ofSeconds(1), Duration.ofSeconds(60), 5);
        Random random = new Random(7);
        long maxSeen = 0;
        for (int attempt = 0; attempt < 12; attempt++) {
            long cap = Math.min(60_000, 1000L << attempt);
            for (int k = 0; k < 200; k++) {
                long d = b.delay(attempt, random).toMillis();
                assertTrue(d >= 0 && d <= cap, attempt + ": " + d);
                maxSeen = Math.max(maxSeen, d);
            }
        }
        assertTrue(maxSeen > 30_000, "jitter spreads over the whole window");
    }
}
