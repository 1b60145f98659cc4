package cn.baishan.enrollment.testing;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A real PostgreSQL for tests (the same major version as production), started once per test JVM
 * and stopped when the JVM exits. Each call to {@link #freshDatabase()} creates an empty database,
 * so test classes do not see each other's rows.
 */
public final class TestPostgres {

    private static final AtomicInteger COUNTER = new AtomicInteger();
    private static EmbeddedPostgres server;

    private TestPostgres() {}

    private static synchronized EmbeddedPostgres server() {
        if (server == null) {
            try {
                server = EmbeddedPostgres.builder().start();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot start embedded PostgreSQL", e);
            }
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    server.close();
                } catch (IOException ignored) {
                    // the JVM is going away anyway
                }
            }));
        }
        return server;
    }

    /** JDBC URL of a new, empty database; user and password are both {@code postgres}. */
    public static String freshDatabase() {
        String name = "test_" + COUNTER.incrementAndGet();
        try (Connection c = server().getPostgresDatabase().getConnection()) {
            c.createStatement().execute("create database " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create test database", e);
        }
        return server().getJdbcUrl("postgres", name);
    }
}
