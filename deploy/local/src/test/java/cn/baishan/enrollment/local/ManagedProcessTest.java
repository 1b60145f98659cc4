package cn.baishan.enrollment.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Crash and restart of one child, the way the system tests kill verification-service or the broker: a hard stop
 * is a SIGKILL of the whole process tree (no shutdown hook runs), and the same child starts again afterwards.
 */
class ManagedProcessTest {

    @TempDir
    Path dir;

    private ManagedProcess process;

    @AfterEach
    void cleanUp() {
        if (process != null) {
            process.stop(true, Duration.ZERO);
        }
    }

    /** A parent that ignores SIGTERM and a grandchild, like kc.sh and Keycloak's JVM. */
    private ManagedProcess stubborn() {
        return new ManagedProcess(
                "stub",
                List.of("sh", "-c", "trap '' TERM; echo started; sleep 120 & wait"),
                Map.of("STUB_VAR", "x"),
                dir,
                dir.resolve("logs/stub.log"),
                dir.resolve("pids"));
    }

    @Test
    void aHardStopKillsTheWholeTreeAtOnceEvenWhenTheProcessIgnoresSigterm() throws Exception {
        process = stubborn();
        Process p = process.start();
        awaitChildren(p.toHandle());
        List<ProcessHandle> tree = p.toHandle().descendants().toList();
        assertFalse(tree.isEmpty());

        long t0 = System.nanoTime();
        process.stop(true, Duration.ofSeconds(30));
        Duration took = Duration.ofNanos(System.nanoTime() - t0);

        assertFalse(p.isAlive());
        tree.forEach(h -> assertFalse(h.isAlive(), "descendant " + h.pid() + " survived"));
        assertTrue(took.compareTo(Duration.ofSeconds(10)) < 0, "no grace period for a crash: " + took);
        assertEquals(137, p.exitValue(), "killed by SIGKILL (128 + 9)");
        assertNotNull(process.deathMessage());
        assertFalse(Files.exists(dir.resolve("pids/stub.pid")), "pid file removed after the stop");
    }

    @Test
    void aKilledProcessStartsAgainAsANewProcessAndLogsBothStarts() throws Exception {
        process = stubborn();
        Process first = process.start();
        process.stop(true, Duration.ZERO);
        assertTrue(first.waitFor(10, TimeUnit.SECONDS));

        Process second = process.start();

        assertTrue(second.isAlive());
        assertNotEquals(first.pid(), second.pid());
        assertTrue(Files.readString(dir.resolve("pids/stub.pid")).startsWith(second.pid() + " "));
        String log = Files.readString(dir.resolve("logs/stub.log"));
        assertEquals(2, log.split("starting stub:", -1).length - 1, log);
    }

    private static void awaitChildren(ProcessHandle parent) throws InterruptedException {
        for (int i = 0; i < 100 && parent.descendants().findAny().isEmpty(); i++) {
            Thread.sleep(50);
        }
    }
}
