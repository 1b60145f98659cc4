package cn.baishan.enrollment.simulator.platform;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Calls the platform as a department does: a client-credentials token from Keycloak for the department's
 * client (kept until shortly before it expires), then a JSON POST with it. The JDK HTTP client is enough
 * for two endpoints and keeps the simulator free of extra HTTP machinery.
 */
@Component
class PlatformClient {

    /** Renew a token this long before Keycloak says it expires. */
    private static final long EXPIRY_MARGIN_SECONDS = 30;

    private final PlatformProperties properties;
    private final JsonMapper json;
    private final Clock clock;
    private final HttpClient http;
    private final Map<String, Token> tokens = new ConcurrentHashMap<>();

    PlatformClient(PlatformProperties properties, JsonMapper json) {
        this.properties = properties;
        this.json = json;
        this.clock = Clock.systemUTC();
        this.http = HttpClient.newBuilder().connectTimeout(properties.timeout()).build();
    }

    /** What the platform answered. */
    record Answer(int status, JsonNode body) {

        boolean succeeded() {
            return status >= 200 && status < 300;
        }
    }

    private record Token(String value, Instant renewAt) {}

    /** POSTs {@code body} as JSON to {@code path} of the platform, as the department's client. */
    Answer post(String departmentSlug, String path, Object body) throws java.io.IOException, InterruptedException {
        PlatformProperties.Client client = properties.client(departmentSlug);
        Answer answer = send(path, body, token(client));
        if (answer.status() == 401) {
            // the token may have been revoked or the platform restarted with new keys: one fresh token
            tokens.remove(client.clientId());
            answer = send(path, body, token(client));
        }
        return answer;
    }

    private Answer send(String path, Object body, String token) throws java.io.IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(stripSlash(properties.baseUrl()) + path))
                .timeout(properties.timeout())
                .header("Content-Type", "application/json")
                .header("Accept", "application/json")
                .header("Authorization", "Bearer " + token)
                .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body)))
                .build();
        HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
        return new Answer(response.statusCode(), parse(response.body()));
    }

    private String token(PlatformProperties.Client client) throws java.io.IOException, InterruptedException {
        Token cached = tokens.get(client.clientId());
        if (cached != null && clock.instant().isBefore(cached.renewAt())) {
            return cached.value();
        }
        String form = "grant_type=client_credentials&client_id=" + encode(client.clientId()) + "&client_secret="
                + encode(client.clientSecret());
        HttpRequest request = HttpRequest.newBuilder(URI.create(properties.tokenUri()))
                .timeout(properties.timeout())
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build();
        HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
        JsonNode body = parse(response.body());
        if (response.statusCode() != 200 || body == null || !body.hasNonNull("access_token")) {
            throw new java.io.IOException(
                    "token endpoint answered " + response.statusCode() + " for client " + client.clientId());
        }
        long lifetime = body.path("expires_in").asLong(60);
        Token token = new Token(
                body.get("access_token").asString(),
                clock.instant().plusSeconds(Math.max(0, lifetime - EXPIRY_MARGIN_SECONDS)));
        tokens.put(client.clientId(), token);
        return token.value();
    }

    private JsonNode parse(byte[] body) {
        if (body == null || body.length == 0) {
            return null;
        }
        try {
            return json.readTree(body);
        } catch (tools.jackson.core.JacksonException e) {
            return null;
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static String stripSlash(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}
