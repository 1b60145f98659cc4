package cn.baishan.enrollment.local;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * {@code <state>/pids/<name>.pid}: "pid startMillis launcherPid" of every child, so that a later launcher can clean
 * up after one that was killed without running its shutdown hook (SIGKILL, surefire timeout...). A child counts as
 * leftover only when its launcher is gone and the pid still belongs to the same process (same start time).
 */
final class PidFiles {

    private PidFiles() {}

    static void write(Path dir, String name, ProcessHandle process) {
        if (dir == null) {
            return;
        }
        long start = process.info().startInstant().map(Instant::toEpochMilli).orElse(0L);
        try {
            Files.createDirectories(dir);
            Files.writeString(
                    dir.resolve(name + ".pid"),
                    process.pid() + " " + start + " " + ProcessHandle.current().pid() + "\n");
        } catch (IOException e) {
            // best effort only
        }
    }

    static void delete(Path dir, String name) {
        if (dir == null) {
            return;
        }
        try {
            Files.deleteIfExists(dir.resolve(name + ".pid"));
        } catch (IOException e) {
            // best effort only
        }
    }

    /** Kills leftovers of a dead launcher; returns their names. */
    static List<String> reapStale(Path dir, Duration grace) {
        List<String> reaped = new ArrayList<>();
        if (dir == null || !Files.isDirectory(dir)) {
            return reaped;
        }
        List<Path> files;
        try (Stream<Path> s = Files.list(dir)) {
            // PostgreSQL last: the other leftovers may still be connected to it
            files = s.filter(p -> p.getFileName().toString().endsWith(".pid"))
                    .sorted(Comparator.comparing(p -> p.getFileName().toString().equals("postgres.pid")))
                    .toList();
        } catch (IOException e) {
            return reaped;
        }
        for (Path f : files) {
            String name = f.getFileName().toString().replaceFirst("\\.pid$", "");
            Optional<ProcessHandle> leftover = leftover(f);
            if (leftover.isPresent()) {
                if (name.equals("postgres")) {
                    sigint(leftover.get()); // PostgreSQL's fast shutdown; killTree below is the fallback
                }
                ManagedProcess.killTree(leftover.get(), false, grace);
                reaped.add(name + " (pid " + leftover.get().pid() + ")");
            }
            if (leftover.isPresent() || !isOwnedByLiveLauncher(f)) {
                try {
                    Files.deleteIfExists(f);
                } catch (IOException ignored) {
                    // best effort only
                }
            }
        }
        return reaped;
    }

    private static void sigint(ProcessHandle h) {
        try {
            new ProcessBuilder("kill", "-INT", Long.toString(h.pid()))
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .start()
                    .waitFor(5, TimeUnit.SECONDS);
            h.onExit().get(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (Exception e) {
            // killTree follows
        }
    }

    private static Optional<ProcessHandle> leftover(Path f) {
        long[] v = read(f);
        if (v == null) {
            return Optional.empty();
        }
        if (isLive(v[2])) {
            return Optional.empty(); // its launcher still runs: not ours to touch
        }
        return ProcessHandle.of(v[0]).filter(ProcessHandle::isAlive).filter(h -> {
            long start = h.info().startInstant().map(Instant::toEpochMilli).orElse(0L);
            return v[1] == 0 || start == 0 || Math.abs(start - v[1]) < 2000;
        });
    }

    private static boolean isOwnedByLiveLauncher(Path f) {
        long[] v = read(f);
        return v != null && isLive(v[2]);
    }

    /** Alive and not a zombie (a SIGKILLed launcher stays a zombie until its parent reaps it). */
    static boolean isLive(long pid) {
        if (!ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)) {
            return false;
        }
        try {
            String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
            String afterName = stat.substring(stat.lastIndexOf(')') + 1).trim();
            return !afterName.startsWith("Z") && !afterName.startsWith("X");
        } catch (IOException | RuntimeException e) {
            return true; // no /proc: trust ProcessHandle
        }
    }

    private static long[] read(Path f) {
        try {
            String[] parts = Files.readString(f).trim().split("\\s+");
            if (parts.length < 3) {
                return null;
            }
            return new long[] {Long.parseLong(parts[0]), Long.parseLong(parts[1]), Long.parseLong(parts[2])};
        } catch (IOException | NumberFormatException e) {
            return null;
        }
    }
}
