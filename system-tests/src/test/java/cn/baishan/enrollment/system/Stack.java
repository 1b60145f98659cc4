package cn.baishan.enrollment.system;

import cn.baishan.enrollment.local.Component;
import cn.baishan.enrollment.local.LocalStack;
import cn.baishan.enrollment.local.LocalStackConfig;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * One local stack for the whole system-test run, started fresh on first use in its own state
 * directory (never the developer's {@code .local}); the launcher stops it when the JVM exits.
 */
final class Stack {

    private static LocalStack stack;

    /**
     * A short retry schedule, so that the outage and crash tests see verifications complete within seconds of a
     * department's or the service's return (production: first retry 10 s, growing to 10 min); a claim left behind by
     * a killed worker expires after 10 s instead of 2 min.
     */
    static final Map<String, String> VERIFICATION_ENV = Map.of(
            "VERIFICATION_FIRST_RETRY", "1s",
            "VERIFICATION_MAX_RETRY", "5s",
            "BAISHAN_VERIFICATION_CLAIMLEASE", "10s");

    /**
     * A consumer killed with SIGKILL stays a group member until its session times out (45 s by default), and the
     * restarted instance gets no partitions before that; 10 s keeps the crash tests short.
     */
    static final Map<String, String> FAST_GROUP_FAILOVER = Map.of(
            "SPRING_APPLICATION_JSON",
            "{\"spring.kafka.consumer.properties.session.timeout.ms\":\"10000\","
                    + "\"spring.kafka.consumer.properties.heartbeat.interval.ms\":\"2000\"}");

    private Stack() {}

    private static Path stateDir() {
        String configured = System.getProperty(LocalStackConfig.STATE_PROPERTY);
        try {
            return configured != null ? Path.of(configured) : Files.createTempDirectory("baishan-system-tests");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static synchronized LocalStack get() {
        if (stack == null) {
            stack = LocalStack.start(LocalStackConfig.builder()
                    .stateDir(stateDir())
                    .fresh(true)
                    .componentEnv(Component.VERIFICATION_SERVICE, VERIFICATION_ENV)
                    .componentEnv(Component.VERIFICATION_SERVICE, FAST_GROUP_FAILOVER)
                    .componentEnv(Component.REGISTRATION_SERVICE, FAST_GROUP_FAILOVER)
                    .build());
        }
        return stack;
    }
}
