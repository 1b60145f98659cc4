package cn.baishan.enrollment.admission;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A local HTTP stand-in for the public APIs admission reads: catchment's schools, zones (GeoJSON) and
 * direct-promotion pairs, and verification's tier rules, answered for a small 浑江区 (220602) and one
 * school of 临江市 (220681). Can be switched to fail like a service that is down.
 */
public final class InputsStub implements AutoCloseable {

    public static final String SCHOOLS =
            """
            [{"code":"220602001","name":"浑江区第一小学","districtCode":"220602","ownership":"PUBLIC","lon":126.400,"lat":41.940,
              "intakes":[{"stage":"PRIMARY","classes":6,"seats":270}],"address":"a","hotline":"0439-1"},
             {"code":"220602002","name":"浑江区第二小学","districtCode":"220602","ownership":"PUBLIC","lon":126.450,"lat":41.950,
              "intakes":[{"stage":"PRIMARY","classes":4,"seats":180}],"address":"b","hotline":"0439-2"},
             {"code":"220600001","name":"白山市实验小学","districtCode":"220600","ownership":"PUBLIC","lon":126.430,"lat":41.955,
              "intakes":[{"stage":"PRIMARY","classes":9,"seats":405}],"address":"c","hotline":"0439-3"},
             {"code":"220602024","name":"浑江区第一中学","districtCode":"220602","ownership":"PUBLIC","lon":126.410,"lat":41.945,
              "intakes":[{"stage":"JUNIOR","classes":8,"seats":400}],"address":"d","hotline":"0439-4"},
             {"code":"220681001","name":"临江市第一小学","districtCode":"220681","ownership":"PUBLIC","lon":126.900,"lat":41.800,
              "intakes":[{"stage":"PRIMARY","classes":5,"seats":225}],"address":"e","hotline":"0439-5","newField":1}]
            """;

    static final String PRIMARY_ZONES_220602 =
            """
            {"type":"FeatureCollection","features":[
              {"type":"Feature","properties":{"zoneCode":"220602-P-01","name":"一小片区","districtCode":"220602","stage":"PRIMARY",
                "type":"SINGLE","schoolCodes":["220602001"],"addressRules":[]},"geometry":null},
              {"type":"Feature","properties":{"zoneCode":"220602-P-02","name":"二小片区","districtCode":"220602","stage":"PRIMARY",
                "type":"MULTI","schoolCodes":["220602002","220600001"],"addressRules":[]},"geometry":null}]}
            """;

    static final String JUNIOR_ZONES_220602 =
            """
            {"type":"FeatureCollection","features":[
              {"type":"Feature","properties":{"zoneCode":"220602-J-01","name":"一中片区","districtCode":"220602","stage":"JUNIOR",
                "type":"SINGLE","schoolCodes":["220602024"],"addressRules":[]},"geometry":null}]}
            """;

    static final String NO_ZONES = "{\"type\":\"FeatureCollection\",\"features\":[]}";

    static final String PAIRS =
            """
            [{"districtCode":"220602","primarySchoolCode":"220602001","primarySchoolName":"浑江区第一小学","primarySeats":270,
              "juniorSchoolCode":"220602024","juniorSchoolName":"浑江区第一中学","juniorSeats":400,"note":"就近对口直升"}]
            """;

    static final String TIER_RULES =
            """
            {"districtCode":"220602","basisDocument":"浑教发〔2027〕1号","tiers":[
              {"rank":1,"category":"PREFERENTIAL_GROUP","name":"政策性照顾对象","requires":["PREFERENTIAL_GROUP"]},
              {"rank":2,"category":"HUKOU_AND_PROPERTY","name":"户房一致","requires":["HUKOU_IN_ZONE","PROPERTY_IN_ZONE"]},
              {"rank":3,"category":"HUKOU_ONLY","name":"仅有户籍","requires":["HUKOU_IN_ZONE"]}]}
            """;

    public final AtomicBoolean down = new AtomicBoolean(false);
    /** Answers 200 with an HTML error page instead of JSON, like a misconfigured proxy. */
    public final AtomicBoolean garbage = new AtomicBoolean(false);

    public final AtomicInteger calls = new AtomicInteger();
    private final HttpServer server;

    public InputsStub() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.setExecutor(Executors.newFixedThreadPool(4));
        server.createContext("/api/public/schools", exchange -> respond(exchange, SCHOOLS));
        server.createContext("/api/public/zones", exchange -> {
            String query = exchange.getRequestURI().getQuery();
            String body = NO_ZONES;
            if (query != null && query.contains("districtCode=220602")) {
                body = query.contains("stage=JUNIOR") ? JUNIOR_ZONES_220602 : PRIMARY_ZONES_220602;
            }
            respond(exchange, body);
        });
        server.createContext("/api/public/promotion-pairs", exchange -> respond(exchange, PAIRS));
        server.createContext("/api/public/tier-rules/", exchange -> respond(exchange, TIER_RULES));
        server.start();
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    private void respond(HttpExchange exchange, String body) throws IOException {
        calls.incrementAndGet();
        int status = 200;
        if (down.get()) {
            status = 503;
            body = "{\"title\":\"down\"}";
        } else if (garbage.get()) {
            body = "<html>502 Bad Gateway</html>";
        }
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
