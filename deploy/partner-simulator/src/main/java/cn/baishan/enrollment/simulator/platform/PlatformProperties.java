package cn.baishan.enrollment.simulator.platform;

import java.time.Duration;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the simulated departments call the platform's partner API, under {@code simulator.callback}: the
 * platform's address (the gateway), where to get a client-credentials token, each department's client,
 * and how often a failed callback is tried.
 *
 * @param clients per department slug ({@code household-registration} ...): its Keycloak client
 * @param maxAttempts attempts per asynchronous answer before it is given up (logged)
 * @param firstBackoff wait after the first failure; doubled after each further one
 */
@ConfigurationProperties("simulator.callback")
public record PlatformProperties(
        @DefaultValue("http://localhost:8080") String baseUrl,
        @DefaultValue("http://localhost:8180/realms/baishan/protocol/openid-connect/token") String tokenUri,
        Map<String, Client> clients,
        @DefaultValue("5") int maxAttempts,
        @DefaultValue("1s") Duration firstBackoff,
        @DefaultValue("5s") Duration timeout) {

    public PlatformProperties {
        clients = clients == null ? Map.of() : Map.copyOf(clients);
    }

    /** A department's Keycloak client (client-credentials grant). */
    public record Client(String clientId, String clientSecret) {}

    Client client(String departmentSlug) {
        Client client = clients.get(departmentSlug);
        if (client == null) {
            throw new IllegalStateException("no simulator.callback.clients entry for " + departmentSlug);
        }
        return client;
    }
}
