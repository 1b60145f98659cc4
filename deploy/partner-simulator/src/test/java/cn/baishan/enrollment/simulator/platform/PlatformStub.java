package cn.baishan.enrollment.simulator.platform;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

/**
 * A local stand-in for the platform side: Keycloak's token endpoint (a token named after the client) and
 * the gateway's partner API, recording what arrives; the answers endpoint can be told to fail first.
 */
final class PlatformStub implements AutoCloseable {

    /** One request as received: its bearer token and body. */
    record Received(String path, String authorization, String body, int answeredWith) {}

    final List<Received> received = new CopyOnWriteArrayList<>();
    final AtomicInteger tokensIssued = new AtomicInteger();
    final AtomicInteger answerFailuresLeft = new AtomicInteger();
    private final HttpServer server;

    PlatformStub() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.setExecutor(Executors.newFixedThreadPool(4));
        server.createContext("/token", exchange -> {
            Map<String, String> form = form(read(exchange));
            if (!"client_credentials".equals(form.get("grant_type"))
                    || !(form.get("client_id") + "-secret").equals(form.get("client_secret"))) {
                respond(exchange, 401, "{\"error\":\"unauthorized_client\"}");
                return;
            }
            tokensIssued.incrementAndGet();
            respond(
                    exchange,
                    200,
                    "{\"access_token\":\"tok-" + form.get("client_id")
                            + "\",\"expires_in\":300,\"token_type\":\"Bearer\",\"scope\":\"profile email\"}");
        });
        server.createContext("/api/partner/answers", exchange -> {
            String body = read(exchange);
            int status = answerFailuresLeft.getAndUpdate(n -> Math.max(0, n - 1)) > 0 ? 503 : 202;
            received.add(new Received(
                    "/api/partner/answers", exchange.getRequestHeaders().getFirst("Authorization"), body, status));
            respond(exchange, status, status == 202 ? "{\"status\":\"ACCEPTED\"}" : "{\"title\":\"down\"}");
        });
        server.createContext("/api/partner/change-notices", exchange -> {
            String body = read(exchange);
            received.add(new Received(
                    "/api/partner/change-notices", exchange.getRequestHeaders().getFirst("Authorization"), body, 202));
            String noticeId = body.replaceAll(".*\"noticeId\":\"([^\"]+)\".*", "$1");
            respond(exchange, 202, "{\"noticeId\":\"" + noticeId + "\",\"status\":\"ACCEPTED\"}");
        });
        server.start();
    }

    String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    List<Received> at(String path) {
        return received.stream().filter(r -> r.path().equals(path)).toList();
    }

    private static String read(HttpExchange exchange) throws IOException {
        return new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
    }

    private static Map<String, String> form(String body) {
        return java.util.Arrays.stream(body.split("&"))
                .map(pair -> pair.split("=", 2))
                .collect(Collectors.toMap(
                        p -> p[0], p -> p.length > 1 ? URLDecoder.decode(p[1], StandardCharsets.UTF_8) : ""));
    }

    private static void respond(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
