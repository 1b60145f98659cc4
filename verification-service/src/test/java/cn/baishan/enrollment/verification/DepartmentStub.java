package cn.baishan.enrollment.verification;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A local stand-in for public security's household registry that can move a family (a different
 * registered address) or take queries with a ticket (202) instead of answering; plus natural resources'
 * ownership query and catchment's zone look-up, answered for the demo compound.
 */
final class DepartmentStub implements AutoCloseable {

    static final String HOME = "吉林省白山市浑江区红旗街道东兴社区春城小区3栋2单元101号";
    static final String MOVED = "吉林省白山市浑江区新建街道浑江社区江城小区5栋1单元302号";
    private static final Pattern REQUEST_ID = Pattern.compile("\"requestId\"\\s*:\\s*\"([^\"]+)\"");
    private static final Pattern ID_NUMBER = Pattern.compile("\"idNumber\"\\s*:\\s*\"([^\"]+)\"");

    final AtomicReference<String> registeredAddress = new AtomicReference<>(HOME);
    final AtomicBoolean ticketed = new AtomicBoolean(false);
    final AtomicInteger householdCalls = new AtomicInteger();
    /** Public security's residence-permit query always takes the query with a ticket. */
    final AtomicInteger permitCalls = new AtomicInteger();
    /** The last ticket issued and the request id it answers. */
    final AtomicReference<String[]> lastTicket = new AtomicReference<>();

    private final AtomicInteger tickets = new AtomicInteger();
    private final HttpServer server;

    DepartmentStub() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.setExecutor(Executors.newFixedThreadPool(4));
        server.createContext("/household-registration/v1/person-queries", exchange -> {
            householdCalls.incrementAndGet();
            String request = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            String requestId = first(REQUEST_ID, request);
            if (ticketed.get()) {
                String ticket = "T-" + tickets.incrementAndGet();
                lastTicket.set(new String[] {ticket, requestId});
                respond(exchange, 202, "{\"requestId\":\"" + requestId + "\",\"ticket\":\"" + ticket + "\"}");
                return;
            }
            respond(exchange, 200, householdAnswer(requestId, first(ID_NUMBER, request), registeredAddress.get()));
        });
        server.createContext("/residence-permit/v1/permit-queries", exchange -> {
            permitCalls.incrementAndGet();
            String requestId =
                    first(REQUEST_ID, new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            respond(
                    exchange,
                    202,
                    "{\"requestId\":\"" + requestId + "\",\"ticket\":\"P-" + tickets.incrementAndGet() + "\"}");
        });
        server.createContext("/real-estate/v1/ownership-queries", exchange -> {
            exchange.getRequestBody().readAllBytes();
            respond(exchange, 200, "{\"requestId\":\"r\",\"properties\":[]}");
        });
        server.createContext(
                "/api/public/zones/lookup",
                exchange -> respond(
                        exchange,
                        200,
                        """
                {"results":[{"stage":"PRIMARY","outcome":"MATCHED","explanation":"按片区地址规则匹配",
                  "zones":[{"zoneCode":"220602-P-01","schools":[{"code":"220602001","name":"浑江区第一小学"}]}]}]}
                """));
        server.start();
    }

    /** The registry's synchronous answer: a found child registered at {@code address} since 2019-06-01. */
    static String householdAnswer(String requestId, String idNumber, String address) {
        return """
                {"requestId":"%s","found":true,"person":{"idNumber":"%s","name":"张子涵","sex":"F","birthDate":"2021-03-15"},
                 "household":{"householdNumber":"220602000001","addressText":"%s",
                 "districtCode":"220602","moveInDate":"2019-06-01","relationToHead":"女"}}
                """
                .formatted(requestId, idNumber, address);
    }

    String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    private static String first(Pattern pattern, String text) {
        Matcher m = pattern.matcher(text);
        return m.find() ? m.group(1) : "";
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
