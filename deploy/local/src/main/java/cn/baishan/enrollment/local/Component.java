package cn.baishan.enrollment.local;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/** The children of the local stack, in start order. {@link #id()} is the name used by the public API. */
public enum Component {
    POSTGRES("postgres", null, 54329),
    KAFKA("kafka", null, 9092, 9093),
    KEYCLOAK("keycloak", null, 8180),
    PARTNER_SIMULATOR("partner-simulator", "deploy/partner-simulator", 8090),
    REGISTRATION_SERVICE("registration-service", "registration-service", 8081),
    VERIFICATION_SERVICE("verification-service", "verification-service", 8082),
    ADMISSION_SERVICE("admission-service", "admission-service", 8083),
    CATCHMENT_SERVICE("catchment-service", "catchment-service", 8084),
    GATEWAY("gateway", "gateway", 8080);

    /** Version of the project's jars that the launcher starts. */
    public static final String PROJECT_VERSION = "0.1.0-SNAPSHOT";

    /** PostgreSQL, Kafka and Keycloak. */
    public static final Set<Component> INFRA = Set.copyOf(EnumSet.of(POSTGRES, KAFKA, KEYCLOAK));

    /** The four business services (started in parallel). */
    public static final Set<Component> SERVICES =
            Set.copyOf(EnumSet.of(REGISTRATION_SERVICE, VERIFICATION_SERVICE, ADMISSION_SERVICE, CATCHMENT_SERVICE));

    public static final Set<Component> ALL = Set.copyOf(EnumSet.allOf(Component.class));

    private final String id;
    private final String moduleDir;
    private final List<Integer> ports;

    Component(String id, String moduleDir, Integer... ports) {
        this.id = id;
        this.moduleDir = moduleDir;
        this.ports = List.of(ports);
    }

    public String id() {
        return id;
    }

    /** The main (HTTP or client) port. */
    public int port() {
        return ports.get(0);
    }

    /** Every port the component listens on (checked to be free before it starts). */
    public List<Integer> ports() {
        return ports;
    }

    /** True for the Spring Boot fat jars (simulator, services, gateway). */
    public boolean isJar() {
        return moduleDir != null;
    }

    /** {@code <root>/<module>/target/<artifact>-<version>-exec.jar}; only for {@link #isJar()} components. */
    public Path jar(Path root) {
        if (moduleDir == null) {
            throw new IllegalStateException(id + " is not started from a jar");
        }
        String artifact = Path.of(moduleDir).getFileName().toString();
        return root.resolve(moduleDir).resolve("target").resolve(artifact + "-" + PROJECT_VERSION + "-exec.jar");
    }

    /** Accepts the id ({@code verification-service}) or the enum name ({@code VERIFICATION_SERVICE}). */
    public static Component of(String name) {
        String n = name.trim();
        for (Component c : values()) {
            if (c.id.equalsIgnoreCase(n) || c.name().equalsIgnoreCase(n)) {
                return c;
            }
        }
        throw new IllegalArgumentException("unknown component '" + name + "'; known: "
                + Arrays.stream(values()).map(Component::id).collect(Collectors.joining(", ")));
    }

    /** Parses a comma-separated list; {@code infra}, {@code services} and {@code all} are accepted as groups. */
    public static Set<Component> parseList(String list) {
        EnumSet<Component> result = EnumSet.noneOf(Component.class);
        for (String part : list.split(",")) {
            String p = part.trim().toLowerCase(Locale.ROOT);
            if (p.isEmpty()) {
                continue;
            }
            switch (p) {
                case "infra" -> result.addAll(INFRA);
                case "services" -> result.addAll(SERVICES);
                case "all" -> result.addAll(ALL);
                default -> result.add(of(p));
            }
        }
        return result;
    }
}
