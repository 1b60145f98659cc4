package cn.baishan.enrollment.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class WaiterTest {

    private static final Duration TICK = Duration.ofMillis(10);

    @Test
    void returnsOnceTheProbeAnswers() {
        AtomicInteger calls = new AtomicInteger();
        Duration took = Waiter.await(
                "thing", Duration.ofSeconds(5), TICK, () -> calls.incrementAndGet() >= 3, () -> null, () -> "");
        assertEquals(3, calls.get());
        assertTrue(took.compareTo(Duration.ofSeconds(5)) < 0);
    }

    @Test
    void timesOutWithTheLastErrorAndTheHint() {
        long t0 = System.nanoTime();
        LocalStackException e = assertThrows(
                LocalStackException.class,
                () -> Waiter.await(
                        "keycloak (http://x)",
                        Duration.ofMillis(200),
                        TICK,
                        () -> {
                            throw new IOException("connection refused");
                        },
                        () -> null,
                        () -> "log: /tmp/x.log"));
        long ms = (System.nanoTime() - t0) / 1_000_000;
        assertTrue(ms >= 190 && ms < 3000, "took " + ms + " ms");
        assertTrue(e.getMessage().startsWith("keycloak (http://x) was not healthy within"), e.getMessage());
        assertTrue(e.getMessage().contains("connection refused"), e.getMessage());
        assertTrue(e.getMessage().contains("log: /tmp/x.log"), e.getMessage());
    }

    @Test
    void failsFastWhenTheProcessDies() {
        long t0 = System.nanoTime();
        LocalStackException e = assertThrows(
                LocalStackException.class,
                () -> Waiter.await(
                        "gateway", Duration.ofSeconds(30), TICK, () -> false, () -> "exited with code 1", () -> ""));
        assertTrue((System.nanoTime() - t0) < Duration.ofSeconds(2).toNanos());
        assertEquals("gateway exited with code 1", e.getMessage());
    }

    @Test
    void portCheckSeesAListener() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            assertTrue(Ports.isListening(s.getLocalPort()));
            assertTrue(!Ports.isFree(s.getLocalPort()));
        }
    }
}
