package cn.baishan.enrollment.system;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.stream.Collectors;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A plain HTTP client for the gateway and Keycloak, the way a front end or a script talks to them. */
final class Api {

    static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    /**
     * Every body the gateway answered in this JVM (bounded), so that {@code PrivacyIT} can check that no response of
     * any flow carried a full ID number.
     */
    static final Queue<String> GATEWAY_BODIES = new ConcurrentLinkedQueue<>();

    private static final int MAX_RECORDED = 5_000;
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(30);

    private final String gateway;
    private final String keycloak;

    Api(String gateway, String keycloak) {
        this.gateway = gateway;
        this.keycloak = keycloak;
    }

    /** A real access token from Keycloak, through the local realm's password-grant client {@code cli}. */
    String token(String username) {
        String form = Map.of("grant_type", "password", "client_id", "cli", "username", username, "password", "demo")
                .entrySet()
                .stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        Response response =
                send(HttpRequest.newBuilder(URI.create(keycloak + "/realms/baishan/protocol/openid-connect/token"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form))
                        .build());
        if (response.status() != 200) {
            throw new IllegalStateException("no token for " + username + ": " + response.body());
        }
        return response.json().get("access_token").asString();
    }

    /** A partner department's access token: client credentials of {@code partner-psb}, {@code partner-nr} or {@code partner-hrss}. */
    String clientToken(String clientId) {
        String form = "grant_type=client_credentials&client_id=" + clientId + "&client_secret=" + clientId + "-secret";
        Response response =
                send(HttpRequest.newBuilder(URI.create(keycloak + "/realms/baishan/protocol/openid-connect/token"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form))
                        .build());
        if (response.status() != 200) {
            throw new IllegalStateException("no token for client " + clientId + ": " + response.body());
        }
        return response.json().get("access_token").asString();
    }

    Response post(String path, String token, Map<String, String> headers, String body) {
        var builder = HttpRequest.newBuilder(URI.create(gateway + path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (token != null) {
            builder.header("Authorization", "Bearer " + token);
        }
        headers.forEach(builder::header);
        return send(builder.build());
    }

    Response put(String path, String token, String body) {
        var builder = HttpRequest.newBuilder(URI.create(gateway + path))
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(body));
        if (token != null) {
            builder.header("Authorization", "Bearer " + token);
        }
        return send(builder.build());
    }

    /** A body of another content type, e.g. {@code text/csv}. */
    Response post(String path, String token, String contentType, String body) {
        var builder = HttpRequest.newBuilder(URI.create(gateway + path))
                .header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (token != null) {
            builder.header("Authorization", "Bearer " + token);
        }
        return send(builder.build());
    }

    /** multipart/form-data: text fields and named files. */
    Response postMultipart(String path, String token, Map<String, String> fields, Map<String, String> files) {
        String boundary = "----baishan" + System.nanoTime();
        StringBuilder body = new StringBuilder();
        fields.forEach((name, value) -> body.append("--")
                .append(boundary)
                .append("\r\nContent-Disposition: form-data; name=\"")
                .append(name)
                .append("\"\r\n\r\n")
                .append(value)
                .append("\r\n"));
        files.forEach((name, content) -> body.append("--")
                .append(boundary)
                .append("\r\nContent-Disposition: form-data; name=\"")
                .append(name)
                .append("\"; filename=\"")
                .append(name)
                .append("\"\r\nContent-Type: application/octet-stream\r\n\r\n")
                .append(content)
                .append("\r\n"));
        body.append("--").append(boundary).append("--\r\n");
        return send(HttpRequest.newBuilder(URI.create(gateway + path))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofString(body.toString(), StandardCharsets.UTF_8))
                .build());
    }

    Response get(String path, String token) {
        var builder = HttpRequest.newBuilder(URI.create(gateway + path)).GET();
        if (token != null) {
            builder.header("Authorization", "Bearer " + token);
        }
        return send(builder.build());
    }

    private Response send(HttpRequest original) {
        // every call bounded: a hung upstream fails the test instead of stalling the build
        HttpRequest request = original.timeout().isPresent()
                ? original
                : HttpRequest.newBuilder(original, (name, value) -> true)
                        .timeout(REQUEST_TIMEOUT)
                        .build();
        try {
            HttpResponse<String> response =
                    HTTP.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            if (request.uri().toString().startsWith(gateway) && GATEWAY_BODIES.size() < MAX_RECORDED) {
                GATEWAY_BODIES.add(response.body());
            }
            return new Response(
                    response.statusCode(),
                    response.headers().firstValue("Content-Type").orElse(""),
                    response.body(),
                    response.headers().map());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    record Response(int status, String contentType, String body, Map<String, List<String>> headers) {

        /** The first value of a response header (case-insensitive), or null. */
        String header(String name) {
            return headers.entrySet().stream()
                    .filter(e -> e.getKey().equalsIgnoreCase(name))
                    .flatMap(e -> e.getValue().stream())
                    .findFirst()
                    .orElse(null);
        }

        JsonNode json() {
            return JSON.readTree(body);
        }
    }
}
