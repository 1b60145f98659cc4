package cn.baishan.enrollment.local;

import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

/**
 * {@code deploy/local/run.sh} entry point: starts the local stack, prints the addresses and demo identities, and
 * blocks until Ctrl-C (the shutdown hook then stops everything).
 *
 * <pre>
 * options: --fresh                 wipe the state directory first
 *          --state DIR             state directory (default: &lt;repo&gt;/.local)
 *          --components LIST       e.g. infra,partner-simulator (groups: infra, services, all)
 *          --infra-only            same as --components infra
 * </pre>
 */
public final class LocalStackMain {

    private LocalStackMain() {}

    public static void main(String[] args) throws InterruptedException {
        LocalStackConfig config;
        try {
            config = parse(args, LocalStackConfig.builder()).build();
        } catch (IllegalArgumentException | LocalStackException e) {
            System.err.println("local-stack: " + e.getMessage());
            System.err.println(usage());
            System.exit(2);
            return;
        }
        LocalStack stack;
        try {
            stack = LocalStack.start(config);
        } catch (LocalStackException e) {
            System.err.println();
            System.err.println("local-stack: FAILED: " + e.getMessage());
            System.exit(1);
            return;
        }
        System.out.println(banner(stack));
        new CountDownLatch(1).await(); // until Ctrl-C; the shutdown hook stops the stack
    }

    static LocalStackConfig.Builder parse(String[] args, LocalStackConfig.Builder builder) {
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            switch (a) {
                case "--fresh" -> builder.fresh(true);
                case "--infra-only" -> builder.infraOnly();
                case "--state" -> builder.stateDir(Path.of(value(args, ++i, a)));
                case "--components", "--only" -> builder.components(value(args, ++i, a));
                case "-h", "--help" -> {
                    System.out.println(usage());
                    System.exit(0);
                }
                default -> {
                    if (a.startsWith("--state=")) {
                        builder.stateDir(Path.of(a.substring("--state=".length())));
                    } else if (a.startsWith("--components=")) {
                        builder.components(a.substring("--components=".length()));
                    } else {
                        throw new IllegalArgumentException("unknown option " + a);
                    }
                }
            }
        }
        return builder;
    }

    private static String value(String[] args, int i, String option) {
        if (i >= args.length) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        return args[i];
    }

    static String usage() {
        return """
                usage: deploy/local/run.sh [--no-build] [--fresh] [--state DIR] [--components LIST | --infra-only]
                  LIST: comma-separated ids or groups, e.g. infra,partner-simulator
                        ids: postgres, kafka, keycloak, partner-simulator, registration-service,
                             verification-service, admission-service, catchment-service, gateway
                        groups: infra, services, all (default)
                  env:  BAISHAN_DB_URL (+ BAISHAN_DB_USERNAME/BAISHAN_DB_PASSWORD), BAISHAN_KAFKA_BOOTSTRAP_SERVERS,
                        BAISHAN_OIDC_ISSUER_URI replace the embedded infrastructure; BAISHAN_POPULATION_FILE,
                        BAISHAN_SERVICE_JVM_OPTS, BAISHAN_KAFKA_JVM_OPTS, BAISHAN_STATE_DIR, BAISHAN_ROOT""";
    }

    static String banner(LocalStack s) {
        StringBuilder b = new StringBuilder();
        b.append("\n================ Baishan local stack is up ================\n");
        line(b, "gateway", s.config().starts(Component.GATEWAY), s.gatewayUrl() + "  (parent app /, admin /admin/)");
        line(
                b,
                "Keycloak",
                s.config().starts(Component.KEYCLOAK),
                s.keycloakUrl() + "  (admin console /admin, admin/admin; realm " + LocalStack.REALM + ")");
        line(
                b,
                "OIDC issuer",
                s.config().starts(Component.KEYCLOAK)
                        || s.config().externalIssuer().isPresent(),
                s.oidcIssuerUri());
        line(b, "partner simulator", s.config().starts(Component.PARTNER_SIMULATOR), s.simulatorUrl());
        line(
                b,
                "Kafka",
                s.config().starts(Component.KAFKA) || s.config().externalKafka().isPresent(),
                s.kafkaBootstrapServers());
        line(
                b,
                "PostgreSQL",
                s.config().starts(Component.POSTGRES)
                        || s.config().externalDbUrl().isPresent(),
                s.jdbcUrl() + "  (" + s.dbUsername() + "/" + s.dbPassword() + ")");
        for (Component c : Component.values()) {
            if (Component.SERVICES.contains(c) && s.config().starts(c)) {
                line(b, c.id(), true, s.url(c.id()));
            }
        }
        b.append("  state/logs            ").append(s.config().logDir()).append('\n');
        b.append("  started in            ");
        Map<String, java.time.Duration> times = s.startTimes();
        times.forEach(
                (k, v) -> b.append(k).append(' ').append(LocalStack.seconds(v)).append("; "));
        b.append('\n');
        b.append(
                """

                Demo users (password "demo"):
                  parent1, parent2, parent3      PARENT
                  collector1                     COLLECTION_STAFF (220602)
                  school1                        SCHOOL_STAFF (a school in 220602)
                  hunjiang-admin, linjiang-admin DISTRICT_ADMIN (220602, 220681)
                  city-admin                     CITY_ADMIN
                  inspector1                     INSPECTOR (read-only)
                  expert1                        EXPERT_COMMITTEE
                Partner clients (client credentials, secret "<client>-secret"):
                  partner-psb, partner-nr, partner-hrss
                Public clients parent-app, admin-console (PKCE); client "cli" has the password grant.

                Get a token:
                """);
        b.append("  curl -s -d grant_type=password -d client_id=cli -d username=parent1 -d password=demo \\\n")
                .append("    ")
                .append(s.oidcIssuerUri())
                .append("/protocol/openid-connect/token\n");
        b.append(
                        "  curl -s -d grant_type=client_credentials -d client_id=partner-psb -d client_secret=partner-psb-secret"
                                + " \\\n")
                .append("    ")
                .append(s.oidcIssuerUri())
                .append("/protocol/openid-connect/token\n");
        b.append("\nPress Ctrl-C to stop everything.\n");
        return b.toString();
    }

    private static void line(StringBuilder b, String name, boolean on, String value) {
        if (!on) {
            return;
        }
        b.append("  ")
                .append(String.format("%-20s", name))
                .append(' ')
                .append(value)
                .append('\n');
    }
}
