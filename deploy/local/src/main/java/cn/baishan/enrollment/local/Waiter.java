package cn.baishan.enrollment.local;

import java.time.Duration;
import java.util.function.Supplier;

/** Polls a readiness probe until it answers, the timeout passes, or the watched process dies (fail fast). */
final class Waiter {

    /** A readiness check; exceptions count as "not yet". */
    @FunctionalInterface
    interface Probe {
        boolean ready() throws Exception;
    }

    private Waiter() {}

    /**
     * @param what used in the error message, e.g. {@code "keycloak (http://localhost:8180/...)"}
     * @param died returns a message when the process behind the probe has exited (then waiting stops at once),
     *     otherwise {@code null}
     * @param hint computes text appended to error messages (e.g. the log's tail); may return empty
     * @return how long it took
     */
    static Duration await(
            String what,
            Duration timeout,
            Duration interval,
            Probe probe,
            Supplier<String> died,
            Supplier<String> hint) {
        long start = System.nanoTime();
        long deadline = start + timeout.toNanos();
        Exception last = null;
        while (true) {
            try {
                if (probe.ready()) {
                    return Duration.ofNanos(System.nanoTime() - start);
                }
                last = null;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new LocalStackException("interrupted while waiting for " + what, e);
            } catch (Exception e) {
                last = e;
            }
            String death = died.get();
            if (death != null) {
                throw new LocalStackException(what + " " + death + suffix(hint));
            }
            long now = System.nanoTime();
            if (now >= deadline) {
                String lastError = last == null ? "" : " (last error: " + describe(last) + ")";
                throw new LocalStackException(
                        what + " was not healthy within " + timeout.toSeconds() + " s" + lastError + suffix(hint));
            }
            long sleepNanos = Math.min(interval.toNanos(), deadline - now);
            try {
                Thread.sleep(Math.max(1, sleepNanos / 1_000_000));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new LocalStackException("interrupted while waiting for " + what, e);
            }
        }
    }

    private static String suffix(Supplier<String> hint) {
        String h = hint == null ? null : hint.get();
        return h == null || h.isEmpty() ? "" : "\n" + h;
    }

    static String describe(Throwable t) {
        Throwable root = t;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String msg = root.getMessage();
        return root.getClass().getSimpleName() + (msg == null ? "" : ": " + msg);
    }
}
