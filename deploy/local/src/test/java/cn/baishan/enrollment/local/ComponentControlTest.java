package cn.baishan.enrollment.local;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The single-component controls the crash tests use, on a stack that was planned but never started. */
class ComponentControlTest {

    @TempDir
    Path root;

    private LocalStack planned(String components) {
        return new LocalStack(LocalStackConfig.builder()
                .root(root)
                .env(Map.of())
                .stateDir(root.resolve("state"))
                .components(components)
                .build());
    }

    @Test
    void killingOrStartingAComponentTheStackDoesNotManageIsRefusedWithItsName() {
        LocalStack stack = planned("infra");

        LocalStackException kill = assertThrows(LocalStackException.class, () -> stack.kill("verification-service"));
        assertTrue(kill.getMessage().contains("verification-service is not managed"), kill.getMessage());
        assertThrows(LocalStackException.class, () -> stack.start("registration-service"));
        assertThrows(IllegalArgumentException.class, () -> stack.kill("zookeeper"));
    }

    @Test
    void aComponentThatIsNotRunningCanBeKilledWithoutEffect() {
        LocalStack stack = planned("infra,verification-service");

        assertFalse(stack.isRunning("verification-service"));
        assertDoesNotThrow(() -> stack.kill("verification-service"));
        assertDoesNotThrow(() -> stack.stop("kafka", true));
        assertFalse(stack.isRunning("kafka"));
    }

    @Test
    void aClosedStackStartsNothingAgain() {
        LocalStack stack = planned("infra,verification-service");
        stack.close();

        LocalStackException e = assertThrows(LocalStackException.class, () -> stack.start("verification-service"));
        assertTrue(e.getMessage().contains("closed"), e.getMessage());
    }
}
