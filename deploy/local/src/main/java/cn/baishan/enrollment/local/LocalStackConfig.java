package cn.baishan.enrollment.local;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * What to start and where. Build it with {@link #builder()}; every field has a default, so
 * {@code LocalStackConfig.builder().build()} is the full stack in {@code <root>/.local}.
 *
 * @param root repository root (see {@link RepositoryRoot})
 * @param stateDir data and logs ({@code <stateDir>/logs/<component>.log}); default {@code <root>/.local}
 * @param fresh wipe {@code stateDir} before starting
 * @param components what to start (infrastructure replaced by an external one through env is skipped anyway)
 * @param postgresTimeout embedded PostgreSQL start timeout
 * @param kafkaTimeout broker start timeout (until AdminClient describeCluster answers)
 * @param keycloakTimeout Keycloak start timeout (until the realm's well-known URL answers 200)
 * @param serviceTimeout simulator, services and gateway (until /actuator/health is UP)
 * @param stopTimeout grace period after SIGTERM before SIGKILL
 * @param realmFile Keycloak realm JSON imported at start; default {@code <root>/deploy/keycloak/baishan-realm.json}
 * @param serviceJvmOpts JVM flags of the simulator, services and gateway ({@code BAISHAN_SERVICE_JVM_OPTS})
 * @param kafkaJvmOpts JVM flags of the broker ({@code BAISHAN_KAFKA_JVM_OPTS})
 * @param env the environment the {@code BAISHAN_*} switches are read from (normally {@link System#getenv()})
 * @param componentEnv extra environment variables for single processes (e.g. a shorter retry schedule for
 *     {@code verification-service} in the system tests); they win over the launcher's own values
 */
public record LocalStackConfig(
        Path root,
        Path stateDir,
        boolean fresh,
        Set<Component> components,
        Duration postgresTimeout,
        Duration kafkaTimeout,
        Duration keycloakTimeout,
        Duration serviceTimeout,
        Duration stopTimeout,
        Path realmFile,
        List<String> serviceJvmOpts,
        List<String> kafkaJvmOpts,
        Map<String, String> env,
        Map<Component, Map<String, String>> componentEnv) {

    public static final String STATE_PROPERTY = "baishan.state";
    public static final String STATE_ENV = "BAISHAN_STATE_DIR";
    public static final String DB_URL_ENV = "BAISHAN_DB_URL";
    public static final String DB_USERNAME_ENV = "BAISHAN_DB_USERNAME";
    public static final String DB_PASSWORD_ENV = "BAISHAN_DB_PASSWORD";
    public static final String KAFKA_ENV = "BAISHAN_KAFKA_BOOTSTRAP_SERVERS";
    public static final String OIDC_ENV = "BAISHAN_OIDC_ISSUER_URI";
    public static final String POPULATION_ENV = "BAISHAN_POPULATION_FILE";
    public static final String SERVICE_JVM_OPTS_ENV = "BAISHAN_SERVICE_JVM_OPTS";
    public static final String KAFKA_JVM_OPTS_ENV = "BAISHAN_KAFKA_JVM_OPTS";

    public static final List<String> DEFAULT_SERVICE_JVM_OPTS =
            List.of("-Xmx384m", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC");
    public static final List<String> DEFAULT_KAFKA_JVM_OPTS =
            List.of("-Xms128m", "-Xmx512m", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC");

    public LocalStackConfig {
        Objects.requireNonNull(root, "root");
        Objects.requireNonNull(stateDir, "stateDir");
        components = Set.copyOf(components);
        requirePositive(postgresTimeout, "postgresTimeout");
        requirePositive(kafkaTimeout, "kafkaTimeout");
        requirePositive(keycloakTimeout, "keycloakTimeout");
        requirePositive(serviceTimeout, "serviceTimeout");
        requirePositive(stopTimeout, "stopTimeout");
        Objects.requireNonNull(realmFile, "realmFile");
        serviceJvmOpts = List.copyOf(serviceJvmOpts);
        kafkaJvmOpts = List.copyOf(kafkaJvmOpts);
        env = Map.copyOf(env);
        Map<Component, Map<String, String>> extra = new EnumMap<>(Component.class);
        componentEnv.forEach((c, vars) -> {
            if (!c.isJar() && c != Component.KAFKA && c != Component.KEYCLOAK) {
                throw new IllegalArgumentException(c.id() + " is not a separate process; it takes no environment");
            }
            extra.put(c, Map.copyOf(vars));
        });
        componentEnv = Collections.unmodifiableMap(extra);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** A builder pre-filled with this configuration. */
    public Builder toBuilder() {
        return new Builder()
                .root(root)
                .stateDir(stateDir)
                .fresh(fresh)
                .components(components)
                .postgresTimeout(postgresTimeout)
                .kafkaTimeout(kafkaTimeout)
                .keycloakTimeout(keycloakTimeout)
                .serviceTimeout(serviceTimeout)
                .stopTimeout(stopTimeout)
                .realmFile(realmFile)
                .serviceJvmOpts(serviceJvmOpts)
                .kafkaJvmOpts(kafkaJvmOpts)
                .env(env)
                .componentEnv(componentEnv);
    }

    /** The extra environment of one component's process (empty when none was configured). */
    public Map<String, String> componentEnv(Component c) {
        return componentEnv.getOrDefault(c, Map.of());
    }

    public Path logDir() {
        return stateDir.resolve("logs");
    }

    /** External database JDBC URL ({@code BAISHAN_DB_URL}); when present the embedded PostgreSQL is skipped. */
    public Optional<String> externalDbUrl() {
        return nonBlank(DB_URL_ENV);
    }

    /** External Kafka ({@code BAISHAN_KAFKA_BOOTSTRAP_SERVERS}); when present the broker is skipped. */
    public Optional<String> externalKafka() {
        return nonBlank(KAFKA_ENV);
    }

    /** External issuer ({@code BAISHAN_OIDC_ISSUER_URI}); when present Keycloak is skipped. */
    public Optional<String> externalIssuer() {
        return nonBlank(OIDC_ENV);
    }

    /** {@code BAISHAN_POPULATION_FILE}, passed to the simulator as {@code SIMULATOR_POPULATION_FILE}. */
    public Optional<String> populationFile() {
        return nonBlank(POPULATION_ENV);
    }

    /** True when the component is requested and not replaced by an external one. */
    public boolean starts(Component c) {
        if (!components.contains(c)) {
            return false;
        }
        return switch (c) {
            case POSTGRES -> externalDbUrl().isEmpty();
            case KAFKA -> externalKafka().isEmpty();
            case KEYCLOAK -> externalIssuer().isEmpty();
            default -> true;
        };
    }

    private Optional<String> nonBlank(String key) {
        String v = env.get(key);
        return v == null || v.isBlank() ? Optional.empty() : Optional.of(v.trim());
    }

    private static void requirePositive(Duration d, String name) {
        Objects.requireNonNull(d, name);
        if (d.isNegative() || d.isZero()) {
            throw new IllegalArgumentException(name + " must be positive: " + d);
        }
    }

    /** Splits a JVM option string on whitespace (no quoting; JVM flags do not need it). */
    static List<String> splitOpts(String opts) {
        String t = opts.trim();
        return t.isEmpty() ? List.of() : Arrays.asList(t.split("\\s+"));
    }

    public static final class Builder {
        private Path root;
        private Path stateDir;
        private boolean fresh;
        private Set<Component> components = EnumSet.allOf(Component.class);
        private Duration postgresTimeout = Duration.ofSeconds(60);
        private Duration kafkaTimeout = Duration.ofSeconds(90);
        private Duration keycloakTimeout = Duration.ofSeconds(180);
        private Duration serviceTimeout = Duration.ofSeconds(180);
        private Duration stopTimeout = Duration.ofSeconds(20);
        private Path realmFile;
        private List<String> serviceJvmOpts;
        private List<String> kafkaJvmOpts;
        private Map<String, String> env;
        private final Map<Component, Map<String, String>> componentEnv = new EnumMap<>(Component.class);

        private Builder() {}

        public Builder root(Path root) {
            this.root = root;
            return this;
        }

        public Builder stateDir(Path stateDir) {
            this.stateDir = stateDir;
            return this;
        }

        public Builder fresh(boolean fresh) {
            this.fresh = fresh;
            return this;
        }

        public Builder components(Collection<Component> components) {
            this.components = components.isEmpty() ? EnumSet.noneOf(Component.class) : EnumSet.copyOf(components);
            return this;
        }

        public Builder components(Component... components) {
            return components(Arrays.asList(components));
        }

        /** Component ids or groups, e.g. {@code "infra,partner-simulator"}. */
        public Builder components(String list) {
            return components(Component.parseList(list));
        }

        /** PostgreSQL, Kafka and Keycloak only. */
        public Builder infraOnly() {
            return components(Component.INFRA);
        }

        public Builder postgresTimeout(Duration d) {
            this.postgresTimeout = d;
            return this;
        }

        public Builder kafkaTimeout(Duration d) {
            this.kafkaTimeout = d;
            return this;
        }

        public Builder keycloakTimeout(Duration d) {
            this.keycloakTimeout = d;
            return this;
        }

        public Builder serviceTimeout(Duration d) {
            this.serviceTimeout = d;
            return this;
        }

        public Builder stopTimeout(Duration d) {
            this.stopTimeout = d;
            return this;
        }

        public Builder realmFile(Path realmFile) {
            this.realmFile = realmFile;
            return this;
        }

        public Builder serviceJvmOpts(List<String> opts) {
            this.serviceJvmOpts = opts;
            return this;
        }

        public Builder kafkaJvmOpts(List<String> opts) {
            this.kafkaJvmOpts = opts;
            return this;
        }

        /** The environment the {@code BAISHAN_*} switches are read from; default {@link System#getenv()}. */
        public Builder env(Map<String, String> env) {
            this.env = env;
            return this;
        }

        /**
         * Extra environment variables for one component's process, on top of (and winning over) what the launcher
         * sets; e.g. {@code componentEnv(VERIFICATION_SERVICE, Map.of("VERIFICATION_FIRST_RETRY", "1s"))}. Calls for
         * the same component add up.
         */
        public Builder componentEnv(Component component, Map<String, String> vars) {
            Map<String, String> merged = new LinkedHashMap<>(componentEnv.getOrDefault(component, Map.of()));
            merged.putAll(vars);
            componentEnv.put(component, merged);
            return this;
        }

        private Builder componentEnv(Map<Component, Map<String, String>> all) {
            all.forEach(this::componentEnv);
            return this;
        }

        public LocalStackConfig build() {
            Map<String, String> e = env != null ? env : System.getenv();
            Path r = root != null
                    ? root.toAbsolutePath().normalize()
                    : RepositoryRoot.detect(System.getProperties(), e, Path.of(""));
            Path s = stateDir;
            if (s == null) {
                String prop = System.getProperty(STATE_PROPERTY);
                String fromEnv = e.get(STATE_ENV);
                if (prop != null && !prop.isBlank()) {
                    s = Path.of(prop);
                } else if (fromEnv != null && !fromEnv.isBlank()) {
                    s = Path.of(fromEnv);
                } else {
                    s = r.resolve(".local");
                }
            }
            s = s.toAbsolutePath().normalize();
            Path realm = realmFile != null ? realmFile : r.resolve("deploy/keycloak/baishan-realm.json");
            List<String> svcOpts = serviceJvmOpts != null
                    ? serviceJvmOpts
                    : Optional.ofNullable(e.get(SERVICE_JVM_OPTS_ENV))
                            .map(LocalStackConfig::splitOpts)
                            .orElse(DEFAULT_SERVICE_JVM_OPTS);
            List<String> kOpts = kafkaJvmOpts != null
                    ? kafkaJvmOpts
                    : Optional.ofNullable(e.get(KAFKA_JVM_OPTS_ENV))
                            .map(LocalStackConfig::splitOpts)
                            .orElse(DEFAULT_KAFKA_JVM_OPTS);
            return new LocalStackConfig(
                    r,
                    s,
                    fresh,
                    components,
                    postgresTimeout,
                    kafkaTimeout,
                    keycloakTimeout,
                    serviceTimeout,
                    stopTimeout,
                    realm.toAbsolutePath().normalize(),
                    svcOpts,
                    kOpts,
                    e,
                    componentEnv);
        }
    }
}
