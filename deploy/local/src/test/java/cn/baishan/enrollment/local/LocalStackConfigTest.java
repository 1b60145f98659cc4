package cn.baishan.enrollment.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LocalStackConfigTest {

    @TempDir
    Path root;

    @Test
    void defaults() {
        LocalStackConfig c = LocalStackConfig.builder().root(root).env(Map.of()).build();
        assertEquals(root.resolve(".local"), c.stateDir());
        assertEquals(root.resolve(".local/logs"), c.logDir());
        assertFalse(c.fresh());
        assertEquals(EnumSet.allOf(Component.class), c.components());
        assertEquals(Duration.ofSeconds(180), c.keycloakTimeout());
        assertEquals(Duration.ofSeconds(180), c.serviceTimeout());
        assertEquals(Duration.ofSeconds(20), c.stopTimeout());
        assertEquals(root.resolve("deploy/keycloak/baishan-realm.json"), c.realmFile());
        assertEquals(List.of("-Xmx384m", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC"), c.serviceJvmOpts());
        for (Component comp : Component.values()) {
            assertTrue(c.starts(comp), comp.id());
        }
    }

    @Test
    void builderOverrides() {
        Path state = root.resolve("state");
        LocalStackConfig c = LocalStackConfig.builder()
                .root(root)
                .env(Map.of())
                .stateDir(state)
                .fresh(true)
                .components("infra,partner-simulator")
                .keycloakTimeout(Duration.ofSeconds(5))
                .build();
        assertEquals(state, c.stateDir());
        assertTrue(c.fresh());
        assertEquals(
                EnumSet.of(Component.POSTGRES, Component.KAFKA, Component.KEYCLOAK, Component.PARTNER_SIMULATOR),
                c.components());
        assertFalse(c.starts(Component.GATEWAY));
        assertEquals(Duration.ofSeconds(5), c.keycloakTimeout());
        LocalStackConfig copy = c.toBuilder().infraOnly().build();
        assertEquals(EnumSet.copyOf(Component.INFRA), copy.components());
        assertEquals(state, copy.stateDir());
    }

    @Test
    void stateDirFromEnv() {
        Path state = root.resolve("elsewhere");
        LocalStackConfig c = LocalStackConfig.builder()
                .root(root)
                .env(Map.of(LocalStackConfig.STATE_ENV, state.toString()))
                .build();
        assertEquals(state, c.stateDir());
    }

    @Test
    void externalInfrastructureIsSkipped() {
        LocalStackConfig c = LocalStackConfig.builder()
                .root(root)
                .env(Map.of(
                        "BAISHAN_DB_URL", "jdbc:postgresql://db:5432/x",
                        "BAISHAN_KAFKA_BOOTSTRAP_SERVERS", "k:9092",
                        "BAISHAN_OIDC_ISSUER_URI", " ",
                        "BAISHAN_SERVICE_JVM_OPTS", "  -Xmx1g   -Dfoo=bar "))
                .build();
        assertFalse(c.starts(Component.POSTGRES));
        assertFalse(c.starts(Component.KAFKA));
        assertTrue(c.starts(Component.KEYCLOAK), "blank env counts as unset");
        assertEquals(List.of("-Xmx1g", "-Dfoo=bar"), c.serviceJvmOpts());
    }

    @Test
    void rejectsNonsense() {
        assertThrows(
                IllegalArgumentException.class,
                () -> LocalStackConfig.builder().root(root).components("kafka,zookeeper"));
        assertThrows(IllegalArgumentException.class, () -> LocalStackConfig.builder()
                .root(root)
                .env(Map.of())
                .serviceTimeout(Duration.ZERO)
                .build());
    }

    @Test
    void componentNamesAndJars() {
        assertEquals(Component.VERIFICATION_SERVICE, Component.of("verification-service"));
        assertEquals(Component.VERIFICATION_SERVICE, Component.of("VERIFICATION_SERVICE"));
        assertEquals(
                root.resolve("deploy/partner-simulator/target/partner-simulator-0.1.0-SNAPSHOT-exec.jar"),
                Component.PARTNER_SIMULATOR.jar(root));
        assertEquals(root.resolve("gateway/target/gateway-0.1.0-SNAPSHOT-exec.jar"), Component.GATEWAY.jar(root));
        assertEquals(List.of(9092, 9093), Component.KAFKA.ports());
    }

    @Test
    void mainParsesArguments() {
        LocalStackConfig c = LocalStackMain.parse(
                        new String[] {"--fresh", "--state", root.resolve("s").toString(), "--infra-only"},
                        LocalStackConfig.builder().root(root).env(Map.of()))
                .build();
        assertTrue(c.fresh());
        assertEquals(root.resolve("s"), c.stateDir());
        assertEquals(EnumSet.copyOf(Component.INFRA), c.components());
        assertThrows(
                IllegalArgumentException.class,
                () -> LocalStackMain.parse(new String[] {"--bogus"}, LocalStackConfig.builder()));
    }
}
