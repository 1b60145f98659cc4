package cn.baishan.enrollment.system;

import cn.baishan.enrollment.local.LocalStack;
import cn.baishan.enrollment.local.LocalStackConfig;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * One local stack for the whole system-test run, started fresh on first use in its own state
 * directory (never the developer's {@code .local}); the launcher stops it when the JVM exits.
 */
final class Stack {

    private static LocalStack stack;

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
            stack = LocalStack.start(
                    LocalStackConfig.builder().stateDir(stateDir()).fresh(true).build());
        }
        return stack;
    }
}
