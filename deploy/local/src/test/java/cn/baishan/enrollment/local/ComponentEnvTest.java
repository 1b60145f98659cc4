package cn.baishan.enrollment.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Per-process environment: how the system tests give verification-service a short retry schedule. */
class ComponentEnvTest {

    @TempDir
    Path root;

    @Test
    void extraVariablesReachOnlyTheirComponentAndWinOverTheLaunchersOwn() {
        LocalStackConfig config = LocalStackConfig.builder()
                .root(root)
                .env(Map.of())
                .componentEnv(Component.VERIFICATION_SERVICE, Map.of("VERIFICATION_FIRST_RETRY", "1s"))
                .componentEnv(
                        Component.VERIFICATION_SERVICE,
                        Map.of("VERIFICATION_MAX_RETRY", "5s", "PARTNER_SIMULATOR_URL", "http://localhost:9999"))
                .build();
        LocalStack stack = new LocalStack(config);

        Map<String, String> verification = stack.serviceEnv(Component.VERIFICATION_SERVICE);
        assertEquals("1s", verification.get("VERIFICATION_FIRST_RETRY"));
        assertEquals("5s", verification.get("VERIFICATION_MAX_RETRY"), "calls for one component add up");
        assertEquals("http://localhost:9999", verification.get("PARTNER_SIMULATOR_URL"));
        assertEquals("8082", verification.get("SERVER_PORT"), "the launcher's other values stay");

        Map<String, String> registration = stack.serviceEnv(Component.REGISTRATION_SERVICE);
        assertFalse(registration.containsKey("VERIFICATION_FIRST_RETRY"));

        Map<String, String> admission = stack.serviceEnv(Component.ADMISSION_SERVICE);
        assertEquals("http://localhost:8084", admission.get("CATCHMENT_SERVICE_URL"));
        assertEquals("http://localhost:8082", admission.get("VERIFICATION_SERVICE_URL"));
        assertEquals(root.resolve("deploy/demo-data/baishan").toString(), admission.get("BAISHAN_ADMISSION_DEMO_DATA"));
    }

    @Test
    void aCopiedConfigurationKeepsTheExtraVariables() {
        LocalStackConfig config = LocalStackConfig.builder()
                .root(root)
                .env(Map.of())
                .componentEnv(Component.KAFKA, Map.of("KAFKA_HEAP_OPTS", "-Xmx256m"))
                .build();

        LocalStackConfig copy = config.toBuilder().fresh(true).build();

        assertEquals(Map.of("KAFKA_HEAP_OPTS", "-Xmx256m"), copy.componentEnv(Component.KAFKA));
        assertEquals(Map.of(), copy.componentEnv(Component.GATEWAY));
    }

    @Test
    void theEmbeddedPostgresTakesNoEnvironmentBecauseItIsNoSeparateLaunch() {
        assertThrows(IllegalArgumentException.class, () -> LocalStackConfig.builder()
                .root(root)
                .env(Map.of())
                .componentEnv(Component.POSTGRES, Map.of("X", "y"))
                .build());
    }
}
