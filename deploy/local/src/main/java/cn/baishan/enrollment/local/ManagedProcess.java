package cn.baishan.enrollment.local;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** One child process with its output appended to a log file; stops it with its whole process tree. */
final class ManagedProcess {

    private final String name;
    private final List<String> command;
    private final Map<String, String> extraEnv;
    private final Path workDir;
    private final Path logFile;
    private final Path pidDir;
    private volatile Process process;

    ManagedProcess(String name, List<String> command, Map<String, String> extraEnv, Path workDir, Path logFile) {
        this(name, command, extraEnv, workDir, logFile, null);
    }

    /** @param pidDir where to record the pid (see {@link PidFiles}); null for short-lived helpers */
    ManagedProcess(
            String name, List<String> command, Map<String, String> extraEnv, Path workDir, Path logFile, Path pidDir) {
        this.pidDir = pidDir;
        this.name = name;
        this.command = List.copyOf(command);
        this.extraEnv = Map.copyOf(extraEnv);
        this.workDir = workDir;
        this.logFile = logFile;
    }

    String name() {
        return name;
    }

    Path logFile() {
        return logFile;
    }

    synchronized Process start() {
        if (process != null && process.isAlive()) {
            throw new IllegalStateException(name + " is already running (pid " + process.pid() + ")");
        }
        try {
            Files.createDirectories(logFile.getParent());
            Files.writeString(
                    logFile,
                    "\n===== " + LocalDateTime.now() + " starting " + name + ": " + String.join(" ", command) + "\n",
                    StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE,
                    StandardOpenOption.APPEND);
            ProcessBuilder pb = new ProcessBuilder(command)
                    .directory(workDir.toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(logFile.toFile()))
                    .redirectInput(ProcessBuilder.Redirect.PIPE);
            pb.environment().putAll(extraEnv);
            Process p = pb.start();
            p.getOutputStream().close(); // no stdin
            process = p;
            PidFiles.write(pidDir, name, p.toHandle());
            return p;
        } catch (IOException e) {
            throw new LocalStackException("cannot start " + name + ": " + e.getMessage(), e);
        }
    }

    Process process() {
        return process;
    }

    boolean isAlive() {
        Process p = process;
        return p != null && p.isAlive();
    }

    /** A message when the process has exited, for {@link Waiter}; {@code null} while it runs. */
    String deathMessage() {
        Process p = process;
        if (p == null) {
            return "was not started";
        }
        if (p.isAlive()) {
            return null;
        }
        return "exited with code " + p.exitValue() + " before it was ready";
    }

    /**
     * Stops the process and all its descendants (kc.sh runs Keycloak's JVM as a child). Graceful: SIGTERM to every
     * process of the tree, wait up to {@code grace}, then SIGKILL what is left. Hard: SIGKILL at once.
     */
    void stop(boolean hard, Duration grace) {
        Process p = process;
        if (p == null) {
            return;
        }
        killTree(p.toHandle(), hard, grace);
        if (!p.isAlive()) {
            PidFiles.delete(pidDir, name);
        }
    }

    static void killTree(ProcessHandle root, boolean hard, Duration grace) {
        List<ProcessHandle> tree = new ArrayList<>();
        root.descendants().forEach(tree::add);
        tree.add(root);
        if (tree.stream().noneMatch(ProcessHandle::isAlive)) {
            return;
        }
        if (hard) {
            tree.forEach(ProcessHandle::destroyForcibly);
            waitForAll(tree, Duration.ofSeconds(10));
            return;
        }
        tree.forEach(ProcessHandle::destroy);
        if (!waitForAll(tree, grace)) {
            List<ProcessHandle> left = new ArrayList<>(tree);
            root.descendants().forEach(left::add); // anything forked meanwhile
            left.stream().filter(ProcessHandle::isAlive).forEach(ProcessHandle::destroyForcibly);
            waitForAll(left, Duration.ofSeconds(10));
        }
    }

    private static boolean waitForAll(List<ProcessHandle> handles, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        for (ProcessHandle h : handles) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                return handles.stream().noneMatch(ProcessHandle::isAlive);
            }
            try {
                h.onExit().get(left, TimeUnit.NANOSECONDS);
            } catch (java.util.concurrent.TimeoutException e) {
                return false;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            } catch (java.util.concurrent.ExecutionException e) {
                // ignore, re-checked below
            }
        }
        return handles.stream().noneMatch(ProcessHandle::isAlive);
    }

    /** The last lines of the log, for error messages. */
    String tail(int lines) {
        return tail(logFile, lines);
    }

    static String tail(Path file, int lines) {
        if (!Files.isRegularFile(file)) {
            return "";
        }
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "r")) {
            long len = raf.length();
            long from = Math.max(0, len - 64 * 1024);
            raf.seek(from);
            byte[] buf = new byte[(int) (len - from)];
            raf.readFully(buf);
            String[] all = new String(buf, StandardCharsets.UTF_8).split("\n");
            int start = Math.max(0, all.length - lines);
            StringBuilder sb = new StringBuilder();
            for (int i = start; i < all.length; i++) {
                sb.append("    | ").append(all[i]).append('\n');
            }
            return sb.toString();
        } catch (IOException e) {
            return "";
        }
    }
}
