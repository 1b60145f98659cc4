package cn.baishan.enrollment.verification;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/** A local HTTP stand-in for public security's household registry (switchable per test) and catchment's look-up. */
final class HouseholdRegistryStub implements AutoCloseable {

    enum Mode {
        FOUND,
        NOT_FOUND,
        SERVER_ERROR,
        GARBAGE,
        SLOW
    }

    final AtomicReference<Mode> mode = new AtomicReference<>(Mode.FOUND);
    final AtomicInteger calls = new AtomicInteger();
    private final HttpServer server;

    HouseholdRegistryStub() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.setExecutor(Executors.newFixedThreadPool(4));
        server.createContext("/household-registration/v1/person-queries", exchange -> {
            calls.incrementAndGet();
            exchange.getRequestBody().readAllBytes();
            Mode current = mode.get();
            int status = 200;
            String body;
            switch (current) {
                case FOUND ->
                    body =
                            """
                        {"requestId":"r","found":true,"person":{"idNumber":"220602202103150020","name":"张子涵","sex":"F","birthDate":"2021-03-15"},
                         "household":{"householdNumber":"220602000001","addressText":"吉林省白山市浑江区红旗街道东兴社区春城小区3栋2单元101号",
                         "districtCode":"220602","moveInDate":"2019-06-01","relationToHead":"女","extraFieldFromANewerVersion":1}}
                        """;
                case NOT_FOUND -> body = "{\"requestId\":\"r\",\"found\":false}";
                case SERVER_ERROR -> {
                    status = 500;
                    body = "{\"title\":\"boom\"}";
                }
                case GARBAGE -> body = "<html>502 Bad Gateway</html>";
                case SLOW -> {
                    sleep(1500);
                    body = "{\"requestId\":\"r\",\"found\":false}";
                }
                default -> throw new IllegalStateException();
            }
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(status, bytes.length);
            exchange.getResponseBody().write(bytes);
            exchange.close();
        });
        // natural resources' ownership query: the family owns its flat since 2019-05-20
        server.createContext("/real-estate/v1/ownership-queries", exchange -> {
            exchange.getRequestBody().readAllBytes();
            byte[] bytes =
                    """
                    {"requestId":"r","properties":[{"propertyId":"BDC-220602-000001","certificateNumber":"吉(2019)白山市不动产权第0000001号",
                      "addressText":"吉林省白山市浑江区红旗街道东兴社区春城小区3栋2单元101号","districtCode":"220602","usage":"RESIDENTIAL",
                      "registrationDate":"2019-05-20","owners":[{"idNumber":"220602198803120034","name":"张伟","share":"50%"}]}]}
                    """
                            .getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, bytes.length);
            exchange.getResponseBody().write(bytes);
            exchange.close();
        });
        // catchment's public zone look-up, answered for the demo family's compound (with its position)
        server.createContext("/api/public/zones/lookup", exchange -> {
            byte[] bytes =
                    """
                    {"results":[{"stage":"PRIMARY","outcome":"MATCHED","explanation":"按片区地址规则匹配",
                      "zones":[{"zoneCode":"220602-P-01","schools":[{"code":"220602001","name":"浑江区第一小学"}]}],
                      "location":{"lon":126.418475,"lat":41.940175}}]}
                    """
                            .getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, bytes.length);
            exchange.getResponseBody().write(bytes);
            exchange.close();
        });
        server.start();
    }

    String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
