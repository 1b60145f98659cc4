package cn.baishan.enrollment.local;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.common.Uuid;

/**
 * The running local stack. {@link #start(LocalStackConfig)} starts the requested components in order (PostgreSQL,
 * Kafka, Keycloak, partner simulator, the four services in parallel, gateway) and returns once all are healthy;
 * {@link #close()} stops everything in reverse order. A JVM shutdown hook does the same, so Ctrl-C leaves no process
 * behind. Single components can be stopped (gracefully or with SIGKILL) and started again for crash tests.
 */
public final class LocalStack implements AutoCloseable {

    public static final String DB_NAME = "baishan";
    public static final String REALM = "baishan";
    public static final String DEFAULT_DB_USER = "postgres";
    public static final String DEFAULT_DB_PASSWORD = "postgres";

    /** Start order; components within one tier start (and stop) in parallel. */
    private static final List<List<Component>> TIERS = List.of(
            List.of(Component.POSTGRES),
            List.of(Component.KAFKA),
            List.of(Component.KEYCLOAK),
            List.of(Component.PARTNER_SIMULATOR),
            List.of(
                    Component.REGISTRATION_SERVICE,
                    Component.VERIFICATION_SERVICE,
                    Component.ADMISSION_SERVICE,
                    Component.CATCHMENT_SERVICE),
            List.of(Component.GATEWAY));

    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm:ss");

    private final LocalStackConfig config;
    private final Map<Component, Child> children = Collections.synchronizedMap(new EnumMap<>(Component.class));
    private final Map<Component, Duration> startTimes = Collections.synchronizedMap(new EnumMap<>(Component.class));
    private final AtomicBoolean closing = new AtomicBoolean();
    private final CountDownLatch closed = new CountDownLatch(1);
    private final Thread shutdownHook;
    private final HttpClient http;
    private final Path javaBin;

    /** Starts nothing (see {@link #start(LocalStackConfig)}); package-private so tests can inspect the plan. */
    LocalStack(LocalStackConfig config) {
        this.config = config;
        this.http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(2))
                .build();
        this.javaBin = Path.of(System.getProperty("java.home"), "bin", "java");
        this.shutdownHook = new Thread(this::close, "local-stack-shutdown");
        for (Component c : Component.values()) {
            if (config.starts(c)) {
                children.put(c, newChild(c));
            }
        }
    }

    /**
     * Starts the configured components and waits until each is healthy. On any failure everything already started
     * is stopped again and a {@link LocalStackException} with a readable message is thrown.
     */
    public static LocalStack start(LocalStackConfig config) {
        LocalStack stack = new LocalStack(config);
        try {
            stack.startAll();
            return stack;
        } catch (RuntimeException e) {
            log("start failed, stopping what was started");
            stack.close();
            throw e instanceof LocalStackException ? e : new LocalStackException(Waiter.describe(e), e);
        }
    }

    // ------------------------------------------------------------------ public API

    public LocalStackConfig config() {
        return config;
    }

    public Path stateDir() {
        return config.stateDir();
    }

    /** {@code <state>/logs/<component>.log}. */
    public Path logFile(String component) {
        return logFile(Component.of(component));
    }

    public String gatewayUrl() {
        return "http://localhost:" + Component.GATEWAY.port();
    }

    /** Keycloak's base URL (admin console at {@code /admin}, admin/admin). */
    public String keycloakUrl() {
        return config.externalIssuer()
                .map(i -> i.replaceFirst("/realms/.*$", ""))
                .orElse("http://localhost:" + Component.KEYCLOAK.port());
    }

    /** The issuer the services get as {@code OIDC_ISSUER_URI}. */
    public String oidcIssuerUri() {
        return config.externalIssuer().orElse(keycloakUrl() + "/realms/" + REALM);
    }

    public String simulatorUrl() {
        return "http://localhost:" + Component.PARTNER_SIMULATOR.port();
    }

    public String kafkaBootstrapServers() {
        return config.externalKafka().orElse("localhost:" + Component.KAFKA.port());
    }

    public String jdbcUrl() {
        return config.externalDbUrl()
                .orElse("jdbc:postgresql://localhost:" + Component.POSTGRES.port() + "/" + DB_NAME);
    }

    public String dbUsername() {
        return config.externalDbUrl().isPresent()
                ? config.env().getOrDefault(LocalStackConfig.DB_USERNAME_ENV, "")
                : DEFAULT_DB_USER;
    }

    public String dbPassword() {
        return config.externalDbUrl().isPresent()
                ? config.env().getOrDefault(LocalStackConfig.DB_PASSWORD_ENV, "")
                : DEFAULT_DB_PASSWORD;
    }

    /** {@code http://localhost:<port>} of a service, the simulator, the gateway or Keycloak. */
    public String url(String component) {
        return "http://localhost:" + Component.of(component).port();
    }

    /** How long each component took to become healthy the last time it was started. */
    public Map<String, Duration> startTimes() {
        synchronized (startTimes) {
            Map<String, Duration> out = new LinkedHashMap<>();
            startTimes.forEach((c, d) -> out.put(c.id(), d));
            return out;
        }
    }

    /** True when the component is managed by this stack and currently running. */
    public boolean isRunning(String component) {
        Child child = children.get(Component.of(component));
        return child != null && child.isRunning();
    }

    /** Stops one component gracefully (SIGTERM, up to the stop timeout, then SIGKILL). */
    public void stop(String component) {
        stop(component, false);
    }

    /**
     * Stops one component; {@code hard} kills it with SIGKILL at once (crash test). For PostgreSQL a hard stop kills
     * the postmaster. No-op when it is not running.
     */
    public void stop(String component, boolean hard) {
        Component c = Component.of(component);
        Child child = requireManaged(c);
        log("stopping " + c.id() + (hard ? " (SIGKILL)" : ""));
        child.stop(hard);
    }

    /** Same as {@code stop(component, true)}. */
    public void kill(String component) {
        stop(component, true);
    }

    /** Starts one (stopped) component again and waits until it is healthy. No-op when it is running. */
    public void start(String component) {
        Component c = Component.of(component);
        Child child = requireManaged(c);
        if (closing.get()) {
            throw new LocalStackException("the local stack is closed");
        }
        if (child.isRunning()) {
            return;
        }
        requirePortsFree(List.of(c));
        long t0 = System.nanoTime();
        child.start();
        startTimes.put(c, Duration.ofNanos(System.nanoTime() - t0));
        log(c.id() + " is up again");
    }

    /** Stops everything in reverse start order, including all descendant processes and the embedded PostgreSQL. */
    @Override
    public void close() {
        if (!closing.compareAndSet(false, true)) {
            awaitClosed();
            return;
        }
        try {
            List<List<Component>> reversed = new ArrayList<>(TIERS);
            Collections.reverse(reversed);
            boolean any = false;
            for (List<Component> tier : reversed) {
                List<Component> running = tier.stream()
                        .filter(c -> children.containsKey(c) && children.get(c).isRunning())
                        .toList();
                if (running.isEmpty()) {
                    continue;
                }
                if (!any) {
                    log("stopping the local stack");
                    any = true;
                }
                log("stopping " + running.stream().map(Component::id).collect(Collectors.joining(", ")));
                runParallel(running, c -> children.get(c).stop(false), "stop");
            }
            // belt and braces: anything that did not report as running (e.g. a process that was starting)
            children.values().forEach(ch -> {
                try {
                    ch.stop(false);
                } catch (RuntimeException ignored) {
                    // already stopped
                }
            });
            if (any) {
                log("local stack stopped");
            }
        } finally {
            try {
                Runtime.getRuntime().removeShutdownHook(shutdownHook);
            } catch (IllegalStateException | SecurityException ignored) {
                // the JVM is shutting down (we are the hook) or the hook was not registered
            }
            closed.countDown();
        }
    }

    // ------------------------------------------------------------------ start-up

    private void startAll() {
        checkArtifacts();
        List<String> reaped = PidFiles.reapStale(pidDir(), Duration.ofSeconds(10));
        if (!reaped.isEmpty()) {
            log("stopped leftovers of an earlier launcher that did not shut down cleanly: "
                    + String.join(", ", reaped));
        }
        requirePortsFree(children.keySet());
        prepareStateDir();
        try {
            Runtime.getRuntime().addShutdownHook(shutdownHook);
        } catch (IllegalStateException e) {
            throw new LocalStackException("the JVM is shutting down");
        }
        log("state directory " + config.stateDir() + ", logs in " + config.logDir());
        for (List<Component> tier : TIERS) {
            List<Component> toStart =
                    tier.stream().filter(children::containsKey).toList();
            if (toStart.isEmpty()) {
                continue;
            }
            if (toStart.size() == 1) {
                startOne(toStart.get(0));
            } else {
                startTier(toStart);
            }
        }
        log("all started: "
                + startTimes().entrySet().stream()
                        .map(e -> e.getKey() + " " + seconds(e.getValue()))
                        .collect(Collectors.joining(", ")));
    }

    private void startOne(Component c) {
        checkNotClosing();
        log("starting " + c.id() + " ...");
        long t0 = System.nanoTime();
        children.get(c).start();
        Duration d = Duration.ofNanos(System.nanoTime() - t0);
        startTimes.put(c, d);
        log(c.id() + " is up (" + seconds(d) + ")");
    }

    /** Launches all, then waits for all; the first failure aborts the others' waits. */
    private void startTier(List<Component> tier) {
        checkNotClosing();
        log("starting " + tier.stream().map(Component::id).collect(Collectors.joining(", ")) + " in parallel ...");
        long t0 = System.nanoTime();
        AtomicReference<String> abort = new AtomicReference<>();
        for (Component c : tier) {
            ((ProcessChild) children.get(c)).launch();
        }
        runParallel(
                tier,
                c -> {
                    try {
                        ((ProcessChild) children.get(c)).awaitReady(abort::get);
                    } catch (RuntimeException e) {
                        abort.compareAndSet(null, c.id() + " failed");
                        throw e;
                    }
                    Duration d = Duration.ofNanos(System.nanoTime() - t0);
                    startTimes.put(c, d);
                    log(c.id() + " is up (" + seconds(d) + ")");
                },
                "start");
    }

    private void checkArtifacts() {
        List<String> missing = new ArrayList<>();
        Path root = config.root();
        if (children.containsKey(Component.KAFKA) && findKafkaLibs().isEmpty()) {
            missing.add("Kafka broker jars in " + kafkaLibsDir());
        }
        if (children.containsKey(Component.KEYCLOAK)) {
            if (findKeycloakHome().isEmpty()) {
                missing.add("Keycloak distribution in " + keycloakDistDir());
            }
            if (!Files.isRegularFile(config.realmFile())) {
                missing.add("realm file " + config.realmFile());
            }
        }
        for (Component c : children.keySet()) {
            if (c.isJar() && !Files.isRegularFile(c.jar(root))) {
                missing.add(c.id() + " jar " + c.jar(root));
            }
        }
        if (!missing.isEmpty()) {
            throw new LocalStackException("missing build output - run ./mvnw -DskipTests package first (or "
                    + "deploy/local/run.sh without --no-build):\n  - " + String.join("\n  - ", missing));
        }
    }

    private void requirePortsFree(Iterable<Component> components) {
        List<String> taken = new ArrayList<>();
        for (Component c : components) {
            for (int port : c.ports()) {
                if (!Ports.isFree(port)) {
                    taken.add(port + " (" + c.id() + ")");
                }
            }
        }
        if (!taken.isEmpty()) {
            throw new LocalStackException("port(s) already in use: " + String.join(", ", taken)
                    + " - is another local stack running? (ss -ltnp | grep <port>)");
        }
    }

    private void prepareStateDir() {
        try {
            if (config.fresh() && Files.exists(config.stateDir())) {
                log("fresh start: wiping " + config.stateDir());
                deleteRecursively(config.stateDir());
            }
            Files.createDirectories(config.logDir());
        } catch (IOException e) {
            throw new LocalStackException("cannot prepare state directory " + config.stateDir() + ": " + e, e);
        }
    }

    // ------------------------------------------------------------------ children

    /** A managed component. */
    private interface Child {
        /** Starts and waits until healthy. */
        void start();

        void stop(boolean hard);

        boolean isRunning();
    }

    private Child newChild(Component c) {
        return switch (c) {
            case POSTGRES -> new PostgresChild();
            case KAFKA ->
                new ProcessChild(
                        c,
                        this::kafkaProcess,
                        this::prepareKafka,
                        this::kafkaReady,
                        "kafka (AdminClient describeCluster on " + kafkaBootstrapServers() + ")",
                        config.kafkaTimeout());
            case KEYCLOAK ->
                new ProcessChild(
                        c,
                        this::keycloakProcess,
                        this::prepareKeycloak,
                        () -> httpOk(wellKnownUrl(), false),
                        "keycloak (" + wellKnownUrl() + ")",
                        config.keycloakTimeout());
            default ->
                new ProcessChild(
                        c,
                        () -> jarProcess(c),
                        () -> {},
                        () -> httpOk(healthUrl(c), true),
                        c.id() + " (" + healthUrl(c) + ")",
                        config.serviceTimeout());
        };
    }

    /** A child process with a readiness probe. */
    private final class ProcessChild implements Child {
        private final Component component;
        private final Supplier<ManagedProcess> factory;
        private final Runnable prepare;
        private final Waiter.Probe probe;
        private final String description;
        private final Duration timeout;
        private volatile ManagedProcess process;
        private volatile boolean expectExit;

        ProcessChild(
                Component component,
                Supplier<ManagedProcess> factory,
                Runnable prepare,
                Waiter.Probe probe,
                String description,
                Duration timeout) {
            this.component = component;
            this.factory = factory;
            this.prepare = prepare;
            this.probe = probe;
            this.description = description;
            this.timeout = timeout;
        }

        @Override
        public void start() {
            launch();
            awaitReady(() -> null);
        }

        synchronized void launch() {
            checkNotClosing();
            prepare.run();
            ManagedProcess mp = factory.get();
            expectExit = false;
            Process p = mp.start();
            process = mp;
            p.onExit().thenAccept(ph -> {
                if (!expectExit && !closing.get()) {
                    System.err.println(prefix() + "WARNING: " + component.id() + " exited unexpectedly with code "
                            + ph.exitValue() + " - see " + mp.logFile());
                }
            });
        }

        void awaitReady(Supplier<String> abort) {
            ManagedProcess mp = process;
            Waiter.await(
                    description,
                    timeout,
                    Duration.ofMillis(500),
                    probe,
                    () -> {
                        String death = mp.deathMessage();
                        if (death != null) {
                            return death;
                        }
                        String a = abort.get();
                        return a == null ? null : "start aborted (" + a + ")";
                    },
                    () -> "log: " + mp.logFile() + ", last lines:\n" + mp.tail(25));
        }

        @Override
        public synchronized void stop(boolean hard) {
            ManagedProcess mp = process;
            if (mp == null) {
                return;
            }
            expectExit = true;
            mp.stop(hard, config.stopTimeout());
        }

        @Override
        public boolean isRunning() {
            ManagedProcess mp = process;
            return mp != null && mp.isAlive();
        }
    }

    /** The embedded PostgreSQL (zonky), in this JVM's control but its own processes. */
    private final class PostgresChild implements Child {
        private volatile EmbeddedPostgres pg;
        private volatile boolean zonkyOwnsShutdown;

        private Path dataDir() {
            return config.stateDir().resolve("postgres/data");
        }

        @Override
        public synchronized void start() {
            checkNotClosing();
            if (pg != null) {
                stop(true); // it died on its own: clean up the old instance (and zonky's lock) first
            }
            Path log = logFile(Component.POSTGRES);
            try {
                Files.createDirectories(dataDir().getParent());
                Files.createDirectories(log.getParent());
                Files.writeString(
                        log,
                        "\n===== starting embedded PostgreSQL on port " + Component.POSTGRES.port() + ", data "
                                + dataDir() + "\n",
                        StandardCharsets.UTF_8,
                        java.nio.file.StandardOpenOption.CREATE,
                        java.nio.file.StandardOpenOption.APPEND);
                pg = EmbeddedPostgres.builder()
                        .setPort(Component.POSTGRES.port())
                        .setDataDirectory(dataDir())
                        .setCleanDataDirectory(false)
                        .setPGStartupWait(config.postgresTimeout())
                        .setOutputRedirector(ProcessBuilder.Redirect.appendTo(log.toFile()))
                        .setErrorRedirector(ProcessBuilder.Redirect.appendTo(log.toFile()))
                        .start();
                zonkyOwnsShutdown = !takeOverShutdown(pg);
                postmaster().ifPresent(h -> PidFiles.write(pidDir(), "postgres", h));
            } catch (IOException | RuntimeException e) {
                throw new LocalStackException(
                        "embedded PostgreSQL did not start: " + Waiter.describe(e) + "\nlog: " + log + ", last lines:\n"
                                + ManagedProcess.tail(log, 25),
                        e);
            }
            try (Connection con = pg.getPostgresDatabase().getConnection();
                    Statement st = con.createStatement()) {
                try (ResultSet rs = st.executeQuery("select 1 from pg_database where datname = '" + DB_NAME + "'")) {
                    if (!rs.next()) {
                        st.execute("create database " + DB_NAME);
                    }
                }
                st.execute("alter user " + DEFAULT_DB_USER + " with password '" + DEFAULT_DB_PASSWORD + "'");
            } catch (Exception e) {
                throw new LocalStackException("cannot create database " + DB_NAME + ": " + Waiter.describe(e), e);
            }
        }

        @Override
        public synchronized void stop(boolean hard) {
            EmbeddedPostgres p = pg;
            if (p == null) {
                return;
            }
            Optional<ProcessHandle> postmaster = postmaster();
            if (zonkyOwnsShutdown) {
                if (hard) {
                    postmaster.ifPresent(h -> ManagedProcess.killTree(h, true, config.stopTimeout()));
                }
                try {
                    p.close(); // pg_ctl stop -m fast; after a hard kill it fails (logged by zonky) but frees the lock
                } catch (IOException | RuntimeException e) {
                    log("pg_ctl stop failed: " + Waiter.describe(e));
                }
            } else if (postmaster.isPresent()) {
                ProcessHandle h = postmaster.get();
                if (hard) {
                    ManagedProcess.killTree(h, true, config.stopTimeout());
                } else {
                    fastShutdown(h);
                }
            }
            postmaster
                    .filter(ProcessHandle::isAlive)
                    .ifPresent(h -> ManagedProcess.killTree(h, true, config.stopTimeout()));
            if (!zonkyOwnsShutdown) {
                releaseZonkyLock(p);
            }
            PidFiles.delete(pidDir(), "postgres");
            pg = null;
        }

        /** SIGINT is PostgreSQL's "fast" shutdown (SIGTERM would wait for every client to disconnect). */
        private void fastShutdown(ProcessHandle postmaster) {
            try {
                new ProcessBuilder("kill", "-INT", Long.toString(postmaster.pid()))
                        .redirectErrorStream(true)
                        .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                        .start()
                        .waitFor(10, TimeUnit.SECONDS);
                postmaster.onExit().get(config.stopTimeout().toMillis(), TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (Exception e) {
                log("postgres did not stop within " + config.stopTimeout().toSeconds() + " s, killing it");
            }
        }

        @Override
        public boolean isRunning() {
            return pg != null && postmaster().map(ProcessHandle::isAlive).orElse(false);
        }

        private Optional<ProcessHandle> postmaster() {
            Path pidFile = dataDir().resolve("postmaster.pid");
            try {
                if (!Files.isRegularFile(pidFile)) {
                    return Optional.empty();
                }
                String first = Files.readAllLines(pidFile).stream()
                        .findFirst()
                        .orElse("")
                        .trim();
                return first.isEmpty() ? Optional.empty() : ProcessHandle.of(Long.parseLong(first));
            } catch (IOException | NumberFormatException e) {
                return Optional.empty();
            }
        }
    }

    /**
     * zonky registers its own JVM shutdown hook that stops PostgreSQL at once, in parallel with ours - i.e. before the
     * services that use it. Marking the instance closed turns that hook (and zonky's close) into a no-op; this stack
     * then stops the postmaster itself, last. Returns false (zonky keeps control) if zonky's internals changed.
     */
    private static boolean takeOverShutdown(EmbeddedPostgres pg) {
        try {
            ((AtomicBoolean) zonkyField(pg, "closed")).set(true);
            return true;
        } catch (ReflectiveOperationException | RuntimeException e) {
            return false;
        }
    }

    /** Frees zonky's lock on the data directory, so the same JVM can start PostgreSQL on it again. */
    private static void releaseZonkyLock(EmbeddedPostgres pg) {
        try {
            Object lock = zonkyField(pg, "lock");
            if (lock instanceof java.nio.channels.FileLock fl && fl.isValid()) {
                fl.release();
            }
            Object stream = zonkyField(pg, "lockStream");
            if (stream instanceof java.io.Closeable c) {
                c.close();
            }
        } catch (ReflectiveOperationException | IOException | RuntimeException e) {
            log("could not release zonky's data directory lock: " + Waiter.describe(e));
        }
    }

    private static Object zonkyField(EmbeddedPostgres pg, String name) throws ReflectiveOperationException {
        java.lang.reflect.Field f = EmbeddedPostgres.class.getDeclaredField(name);
        f.setAccessible(true);
        return f.get(pg);
    }

    // ------------------------------------------------------------------ kafka

    Path kafkaLibsDir() {
        return config.root().resolve("deploy/local/target/kafka-libs");
    }

    private Optional<Path> findKafkaLibs() {
        Path dir = kafkaLibsDir();
        if (!Files.isDirectory(dir)) {
            return Optional.empty();
        }
        try (Stream<Path> s = Files.list(dir)) {
            return s.anyMatch(p -> p.getFileName().toString().startsWith("kafka_2.13-"))
                    ? Optional.of(dir)
                    : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private Path kafkaDir() {
        return config.stateDir().resolve("kafka");
    }

    private void prepareKafka() {
        Path dir = kafkaDir();
        Path data = dir.resolve("data");
        Path props = dir.resolve("server.properties");
        Properties p = new Properties();
        p.setProperty("process.roles", "broker,controller");
        p.setProperty("node.id", "1");
        p.setProperty("controller.quorum.bootstrap.servers", "localhost:9093");
        p.setProperty("listeners", "PLAINTEXT://localhost:9092,CONTROLLER://localhost:9093");
        p.setProperty("advertised.listeners", "PLAINTEXT://localhost:9092,CONTROLLER://localhost:9093");
        p.setProperty("inter.broker.listener.name", "PLAINTEXT");
        p.setProperty("controller.listener.names", "CONTROLLER");
        p.setProperty("listener.security.protocol.map", "CONTROLLER:PLAINTEXT,PLAINTEXT:PLAINTEXT");
        p.setProperty("log.dirs", data.toString());
        p.setProperty("num.partitions", "3");
        p.setProperty("auto.create.topics.enable", "true");
        p.setProperty("offsets.topic.replication.factor", "1");
        p.setProperty("transaction.state.log.replication.factor", "1");
        p.setProperty("transaction.state.log.min.isr", "1");
        p.setProperty("share.coordinator.state.topic.replication.factor", "1");
        p.setProperty("share.coordinator.state.topic.min.isr", "1");
        p.setProperty("group.initial.rebalance.delay.ms", "0");
        p.setProperty("log.retention.hours", "168");
        try {
            Files.createDirectories(dir);
            try (var out = Files.newBufferedWriter(props, StandardCharsets.UTF_8)) {
                p.store(out, "generated by the local stack launcher; rewritten on every start");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (Files.isRegularFile(data.resolve("meta.properties"))) {
            return; // formatted before
        }
        String clusterId = Uuid.randomUuid().toString();
        log("formatting Kafka storage (cluster id " + clusterId + ")");
        List<String> cmd = new ArrayList<>();
        cmd.add(javaBin.toString());
        cmd.add("-Xmx256m");
        cmd.add("-XX:TieredStopAtLevel=1");
        cmd.addAll(kafkaLoggingFlags());
        cmd.addAll(List.of("-cp", kafkaLibsDir() + "/*", "kafka.tools.StorageTool", "format", "--standalone"));
        cmd.addAll(List.of("-t", clusterId, "-c", props.toString()));
        ManagedProcess format =
                new ManagedProcess("kafka-storage-format", cmd, Map.of(), dir, logFile(Component.KAFKA));
        Process proc = format.start();
        try {
            if (!proc.waitFor(60, TimeUnit.SECONDS)) {
                format.stop(true, Duration.ZERO);
                throw new LocalStackException("formatting Kafka storage did not finish within 60 s; log: "
                        + format.logFile() + "\n" + format.tail(25));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            format.stop(true, Duration.ZERO);
            throw new LocalStackException("interrupted while formatting Kafka storage", e);
        }
        if (proc.exitValue() != 0) {
            throw new LocalStackException("formatting Kafka storage failed (exit " + proc.exitValue() + "); log: "
                    + format.logFile() + "\n" + format.tail(25));
        }
    }

    private static List<String> kafkaLoggingFlags() {
        return List.of(
                "-Dorg.slf4j.simpleLogger.logFile=System.out",
                "-Dorg.slf4j.simpleLogger.showDateTime=true",
                "-Dorg.slf4j.simpleLogger.dateTimeFormat=yyyy-MM-dd'T'HH:mm:ss.SSS",
                "-Dorg.slf4j.simpleLogger.defaultLogLevel=info");
    }

    private ManagedProcess kafkaProcess() {
        List<String> cmd = new ArrayList<>();
        cmd.add(javaBin.toString());
        cmd.addAll(config.kafkaJvmOpts());
        cmd.add("-Djava.awt.headless=true");
        cmd.add("-Dkafka.logs.dir=" + kafkaDir().resolve("logs"));
        cmd.addAll(kafkaLoggingFlags());
        cmd.addAll(List.of(
                "-cp",
                kafkaLibsDir() + "/*",
                "kafka.Kafka",
                kafkaDir().resolve("server.properties").toString()));
        return new ManagedProcess(
                "kafka", cmd, config.componentEnv(Component.KAFKA), kafkaDir(), logFile(Component.KAFKA), pidDir());
    }

    private boolean kafkaReady() throws Exception {
        if (!Ports.isListening(Component.KAFKA.port())) {
            return false;
        }
        Properties p = new Properties();
        p.setProperty(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, kafkaBootstrapServers());
        p.setProperty(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, "5000");
        p.setProperty(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, "5000");
        p.setProperty(AdminClientConfig.CLIENT_ID_CONFIG, "local-stack-health");
        try (Admin admin = Admin.create(p)) {
            return !admin.describeCluster().nodes().get(6, TimeUnit.SECONDS).isEmpty();
        }
    }

    // ------------------------------------------------------------------ keycloak

    Path keycloakDistDir() {
        return config.root().resolve("deploy/local/target/keycloak");
    }

    private Optional<Path> findKeycloakHome() {
        Path dir = keycloakDistDir();
        if (!Files.isDirectory(dir)) {
            return Optional.empty();
        }
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> Files.isRegularFile(p.resolve("bin/kc.sh"))).max(Comparator.comparing(Path::toString));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private String wellKnownUrl() {
        return keycloakUrl() + "/realms/" + REALM + "/.well-known/openid-configuration";
    }

    private void prepareKeycloak() {
        Path home = findKeycloakHome()
                .orElseThrow(() -> new LocalStackException("Keycloak distribution missing in " + keycloakDistDir()
                        + " - run ./mvnw -DskipTests package first"));
        Path state = config.stateDir().resolve("keycloak");
        try {
            byte[] realm = Files.readAllBytes(config.realmFile());
            String hash = sha256(realm);
            Path hashFile = state.resolve("realm.sha256");
            Path h2 = state.resolve("h2");
            if (Files.isDirectory(h2)
                    && (!Files.isRegularFile(hashFile)
                            || !Files.readString(hashFile).trim().equals(hash))) {
                log("realm file changed since the last import: wiping Keycloak's database so it is imported again");
                deleteRecursively(h2);
            }
            Files.createDirectories(state);
            Files.writeString(hashFile, hash + "\n");
            Path importDir = home.resolve("data/import");
            Files.createDirectories(importDir);
            Files.copy(
                    config.realmFile(), importDir.resolve(REALM + "-realm.json"), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new LocalStackException("cannot prepare Keycloak: " + e, e);
        }
    }

    private ManagedProcess keycloakProcess() {
        Path home = findKeycloakHome().orElseThrow();
        Path h2 = config.stateDir().resolve("keycloak/h2/keycloakdb");
        List<String> cmd = List.of(
                "bash",
                home.resolve("bin/kc.sh").toString(),
                "start-dev",
                "--http-port=" + Component.KEYCLOAK.port(),
                "--import-realm",
                "--db-url=jdbc:h2:file:" + h2 + ";NON_KEYWORDS=VALUE");
        Map<String, String> env = new LinkedHashMap<>();
        env.put("KC_BOOTSTRAP_ADMIN_USERNAME", "admin");
        env.put("KC_BOOTSTRAP_ADMIN_PASSWORD", "admin");
        env.put("JAVA_HOME", System.getProperty("java.home"));
        env.putAll(config.componentEnv(Component.KEYCLOAK));
        return new ManagedProcess("keycloak", cmd, env, home, logFile(Component.KEYCLOAK), pidDir());
    }

    // ------------------------------------------------------------------ jars (simulator, services, gateway)

    private String healthUrl(Component c) {
        return "http://localhost:" + c.port() + "/actuator/health";
    }

    private ManagedProcess jarProcess(Component c) {
        List<String> cmd = new ArrayList<>();
        cmd.add(javaBin.toString());
        cmd.addAll(config.serviceJvmOpts());
        cmd.add("-jar");
        cmd.add(c.jar(config.root()).toString());
        return new ManagedProcess(c.id(), cmd, serviceEnv(c), config.root(), logFile(c), pidDir());
    }

    /** The environment of a simulator/service/gateway process (on top of the launcher's own environment). */
    Map<String, String> serviceEnv(Component c) {
        Map<String, String> env = new LinkedHashMap<>();
        env.put("SERVER_PORT", Integer.toString(c.port()));
        env.put("DB_URL", jdbcUrl());
        env.put("DB_USERNAME", dbUsername());
        env.put("DB_PASSWORD", dbPassword());
        env.put("KAFKA_BOOTSTRAP_SERVERS", kafkaBootstrapServers());
        env.put("OIDC_ISSUER_URI", oidcIssuerUri());
        switch (c) {
            case VERIFICATION_SERVICE -> {
                env.put("PARTNER_SIMULATOR_URL", simulatorUrl());
                env.put("CATCHMENT_SERVICE_URL", "http://localhost:" + Component.CATCHMENT_SERVICE.port());
            }
            // admission reads schools, zones and promotion pairs from catchment, the tier order from verification
            case ADMISSION_SERVICE -> {
                env.put("CATCHMENT_SERVICE_URL", "http://localhost:" + Component.CATCHMENT_SERVICE.port());
                env.put("VERIFICATION_SERVICE_URL", "http://localhost:" + Component.VERIFICATION_SERVICE.port());
                // the demo enrollment plans, loaded into an empty plans table
                env.put(
                        "BAISHAN_ADMISSION_DEMO_DATA",
                        config.root().resolve("deploy/demo-data/baishan").toString());
            }
            // the Baishan demo schools, zones and census, loaded into an empty catchment database
            case CATCHMENT_SERVICE ->
                env.put(
                        "BAISHAN_CATCHMENT_DEMO_DATA",
                        config.root().resolve("deploy/demo-data/baishan").toString());
            case PARTNER_SIMULATOR -> config.populationFile().ifPresent(f -> env.put("SIMULATOR_POPULATION_FILE", f));
            case GATEWAY -> {
                for (Component s : TIERS.get(4)) {
                    env.put(s.name() + "_URL", "http://localhost:" + s.port());
                }
            }
            default -> {}
        }
        env.putAll(config.componentEnv(c));
        return env;
    }

    // ------------------------------------------------------------------ helpers

    private Path pidDir() {
        return config.stateDir().resolve("pids");
    }

    private Path logFile(Component c) {
        return config.logDir().resolve(c.id() + ".log");
    }

    private Child requireManaged(Component c) {
        Child child = children.get(c);
        if (child == null) {
            throw new LocalStackException(c.id() + " is not managed by this local stack (not requested, or "
                    + "replaced by an external one through env)");
        }
        return child;
    }

    private void checkNotClosing() {
        if (closing.get()) {
            throw new LocalStackException("the local stack is being stopped");
        }
    }

    private void awaitClosed() {
        try {
            closed.await(5, TimeUnit.MINUTES);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private boolean httpOk(String url, boolean requireUp) throws Exception {
        HttpResponse<String> r = http.send(
                HttpRequest.newBuilder(URI.create(url))
                        .timeout(Duration.ofSeconds(5))
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        boolean up = r.statusCode() == 200
                && (!requireUp || r.body().replace(" ", "").contains("\"status\":\"UP\""));
        if (!up) {
            String body = r.body().strip();
            throw new IOException(
                    "HTTP " + r.statusCode() + " " + (body.length() > 200 ? body.substring(0, 200) + "..." : body));
        }
        return true;
    }

    /** Runs the action for every component in its own thread; throws one exception listing all failures. */
    private static void runParallel(List<Component> components, Consumer<Component> action, String what) {
        Map<Component, Throwable> failures = Collections.synchronizedMap(new EnumMap<>(Component.class));
        List<Thread> threads = new ArrayList<>();
        for (Component c : components) {
            Thread t = new Thread(
                    () -> {
                        try {
                            action.accept(c);
                        } catch (Throwable e) {
                            failures.put(c, e);
                        }
                    },
                    "local-stack-" + what + "-" + c.id());
            t.setDaemon(true);
            t.start();
            threads.add(t);
        }
        for (Thread t : threads) {
            try {
                t.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new LocalStackException("interrupted during " + what);
            }
        }
        if (!failures.isEmpty()) {
            // a real failure first, "aborted" ones after it
            String msg = failures.values().stream()
                    .map(Throwable::getMessage)
                    .sorted(Comparator.comparing(m -> m != null && m.contains("start aborted")))
                    .collect(Collectors.joining("\n"));
            throw new LocalStackException(msg, failures.values().iterator().next());
        }
    }

    static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    private static String sha256(byte[] data) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(data));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static String seconds(Duration d) {
        return String.format(java.util.Locale.ROOT, "%.1f s", d.toMillis() / 1000.0);
    }

    private static String prefix() {
        return "[local-stack " + LocalTime.now().format(CLOCK) + "] ";
    }

    static void log(String msg) {
        System.out.println(prefix() + msg);
    }
}
