package org.vaspflow.workflow.exec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The Quartz clock of the monitoring: ticks at its interval, never two at once, stops on close. */
class MonitorTicksTest {
    @Test
    void ticksEveryIntervalWithoutOverlapAndStopsOnClose() throws InterruptedException {
        AtomicInteger ticks = new AtomicInteger();
        AtomicInteger running = new AtomicInteger();
        AtomicInteger maxRunning = new AtomicInteger();
        MonitorTicks clock = new MonitorTicks("test", Duration.ofMillis(100), () -> {
            maxRunning.accumulateAndGet(running.incrementAndGet(), Math::max);
            ticks.incrementAndGet();
            LiveKit.sleep(Duration.ofMillis(250)); // slower than the interval
            running.decrementAndGet();
        });
        clock.start();
        clock.start(); // idempotent: still one clock
        Thread.sleep(1600);
        clock.close();
        int seen = ticks.get();
        assertTrue(seen >= 3 && seen <= 7, "a 250 ms task on a 100 ms clock over 1.6 s: " + seen);
        assertEquals(1, maxRunning.get(), "ticks never overlap");
        Thread.sleep(300);
        assertEquals(seen, ticks.get(), "no tick after close");
    }

    @Test
    void aZeroIntervalIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new MonitorTicks("x", Duration.ZERO, () -> { }));
    }
}
