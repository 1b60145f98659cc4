package cn.baishan.enrollment.verification.audit;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The four departments and catchment's look-up over real HTTP, for three families: 张 (hukou and a flat
 * in zone 220602-P-01), 王 (migrants: hukou in no zone, a residence permit in the zone, 24 months of
 * insurance, no property) and 刘 (whose household query the registry keeps failing with 500).
 */
final class AuditedDepartmentsStub implements AutoCloseable {

    static final String HOME = "吉林省白山市浑江区红旗街道东兴社区春城小区3栋2单元101号";
    static final String OUTSIDE = "吉林省白山市浑江区城郊村1号";

    static final String ZHANG_CHILD = "220602202103150020";
    static final String ZHANG_FATHER = "220602198803120034";
    static final String WANG_CHILD = "220602202101010091";
    static final String WANG_MOTHER = "220602198505050015";
    static final String LIU_CHILD = "220602202106010023";
    static final String LIU_FATHER = "220602199001010030";

    private static final Pattern ID_NUMBER = Pattern.compile("\"idNumbers?\"\\s*:\\s*\\[?\\s*\"([^\"]+)\"");

    /** HTTP calls per department path and person, to tell logical queries from retried attempts. */
    final Map<String, AtomicInteger> calls = new ConcurrentHashMap<>();

    private final HttpServer server;
    // daemon threads: a stub left running must not keep the test JVM alive
    private final ExecutorService executor = Executors.newFixedThreadPool(4, r -> {
        Thread t = new Thread(r, "audited-departments-stub");
        t.setDaemon(true);
        return t;
    });

    AuditedDepartmentsStub() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.setExecutor(executor);
        server.createContext("/household-registration/v1/person-queries", exchange -> {
            String id = person(exchange, "household");
            switch (id) {
                case ZHANG_CHILD -> respond(exchange, 200, household(id, "张子涵", HOME));
                case WANG_CHILD -> respond(exchange, 200, household(id, "王小明", OUTSIDE));
                case LIU_CHILD -> respond(exchange, 500, "{\"title\":\"boom\"}");
                default -> respond(exchange, 200, "{\"requestId\":\"r\",\"found\":false}");
            }
        });
        server.createContext("/real-estate/v1/ownership-queries", exchange -> {
            String id = person(exchange, "real-estate");
            respond(
                    exchange,
                    200,
                    ZHANG_FATHER.equals(id)
                            ? """
                            {"requestId":"r","properties":[{"propertyId":"BDC-220602-000001","certificateNumber":"吉(2019)白山市不动产权第0000001号",
                              "addressText":"%s","districtCode":"220602","usage":"RESIDENTIAL",
                              "registrationDate":"2019-05-20","owners":[{"idNumber":"%s","name":"张伟","share":"100%%"}]}]}
                            """
                                    .formatted(HOME, ZHANG_FATHER)
                            : "{\"requestId\":\"r\",\"properties\":[]}");
        });
        server.createContext("/residence-permit/v1/permit-queries", exchange -> {
            String id = person(exchange, "residence-permit");
            respond(
                    exchange,
                    200,
                    WANG_MOTHER.equals(id)
                            ? """
                            {"requestId":"r","found":true,"permit":{"permitNumber":"JZZ-220602-0000123","holderIdNumber":"%s",
                              "addressText":"%s","issueDate":"2023-01-01","expiryDate":"2099-12-31"}}
                            """
                                    .formatted(id, HOME)
                            : "{\"requestId\":\"r\",\"found\":false}");
        });
        server.createContext("/social-insurance/v1/contribution-queries", exchange -> {
            String id = person(exchange, "social-insurance");
            respond(
                    exchange,
                    200,
                    WANG_MOTHER.equals(id)
                            ? "{\"requestId\":\"r\",\"found\":true,\"record\":{\"insuredIdNumber\":\"" + id
                                    + "\",\"continuousMonths\":24,\"lastContributionMonth\":\"2026-10\"}}"
                            : "{\"requestId\":\"r\",\"found\":false}");
        });
        server.createContext("/api/public/zones/lookup", exchange -> {
            String query = URLDecoder.decode(exchange.getRequestURI().getRawQuery(), StandardCharsets.UTF_8);
            respond(
                    exchange,
                    200,
                    query.contains("城郊村")
                            ? "{\"results\":[{\"stage\":\"PRIMARY\",\"outcome\":\"UNRESOLVED\",\"explanation\":\"不在任何片区\",\"zones\":[]}]}"
                            : """
                            {"results":[{"stage":"PRIMARY","outcome":"MATCHED","explanation":"按片区地址规则匹配",
                              "zones":[{"zoneCode":"220602-P-01","schools":[{"code":"220602001","name":"浑江区第一小学"}]}]}]}
                            """);
        });
        server.start();
    }

    String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    int calls(String department, String idNumber) {
        return calls.getOrDefault(department + ":" + idNumber, new AtomicInteger())
                .get();
    }

    private String person(HttpExchange exchange, String department) throws IOException {
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        Matcher m = ID_NUMBER.matcher(body);
        String id = m.find() ? m.group(1) : "";
        calls.computeIfAbsent(department + ":" + id, k -> new AtomicInteger()).incrementAndGet();
        return id;
    }

    private static String household(String id, String name, String address) {
        return """
                {"requestId":"r","found":true,"person":{"idNumber":"%s","name":"%s","sex":"M","birthDate":"2021-01-01"},
                 "household":{"householdNumber":"220602000009","addressText":"%s","districtCode":"220602",
                 "moveInDate":"2019-06-01","relationToHead":"子"}}
                """
                .formatted(id, name, address);
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
        executor.shutdownNow();
    }
}
