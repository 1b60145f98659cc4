package cn.baishan.enrollment.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cn.baishan.enrollment.local.LocalStack;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Catchment end to end, through the gateway with real tokens, on the demo dataset the stack loads:
 * a district publishes a zone change ahead of time and look-ups follow it from its effective date; a
 * seat warning's start date decides which late arrival verification flags for overall arrangement.
 */
class CatchmentFlowIT {

    static final String CHUNCHENG = "吉林省白山市浑江区红旗街道东兴社区春城小区";

    static Api api;
    static Path demoData;

    @BeforeAll
    static void stack() {
        LocalStack stack = Stack.get();
        api = new Api(stack.gatewayUrl(), stack.keycloakUrl());
        demoData = stack.config().root().resolve("deploy/demo-data/baishan");
    }

    static LocalDate today() {
        return LocalDate.now(ZoneId.of("Asia/Shanghai"));
    }

    @Test
    void aPublishedZoneChangeShowsUpInLookupsFromItsEffectiveDate() throws IOException {
        String admin = api.token("hunjiang-admin");
        // next version of 浑江区's primary zoning: 春城小区 moves from zone P-01 to P-02
        ObjectNode zones = (ObjectNode) Api.JSON.readTree(Files.readString(demoData.resolve("zones.geojson")));
        ArrayNode kept = Api.JSON.createArrayNode();
        zones.get("features").forEach(f -> {
            JsonNode p = f.get("properties");
            if ("220602".equals(p.get("districtCode").asString())
                    && "PRIMARY".equals(p.get("stage").asString())) {
                kept.add(f);
            }
        });
        zones.set("features", kept);
        List<String> rules = new ArrayList<>();
        List<String> lines = Files.readAllLines(demoData.resolve("address-rules.csv"));
        rules.add(lines.get(0));
        for (String line : lines.subList(1, lines.size())) {
            if (line.startsWith("220602-P-")) {
                rules.add(line.contains(",春城小区,") ? line.replaceFirst("^220602-P-01,", "220602-P-02,") : line);
            }
        }

        Api.Response draft = api.postMultipart(
                "/api/catchment/zone-plans",
                admin,
                Map.of("districtCode", "220602", "stage", "PRIMARY"),
                Map.of("zones", zones.toString(), "addressRules", String.join("\n", rules)));
        assertThat(draft.status()).as(draft.body()).isEqualTo(201);
        String id = draft.json().get("id").asString();
        step(admin, id, "evaluation", "{\"evaluation\":\"春城小区划入第二小学片区，缓解第一小学学位紧张\"}");
        step(admin, id, "approval", "");
        LocalDate effective = today().plusDays(30);
        Api.Response early = api.post(
                "/api/catchment/zone-plans/" + id + "/publication",
                admin,
                Map.of(),
                "{\"effectiveFrom\":\"" + today().plusDays(5) + "\"}");
        assertThat(early.status()).as("inside the notice period").isEqualTo(409);
        step(admin, id, "publication", "{\"effectiveFrom\":\"" + effective + "\"}");

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(zoneOf(CHUNCHENG + "3栋", effective))
                .isEqualTo("220602-P-02"));
        assertThat(zoneOf(CHUNCHENG + "3栋", today()))
                .as("today the old version holds")
                .isEqualTo("220602-P-01");
    }

    @Test
    void aWarningsStartDateDecidesWhichLateArrivalIsFlagged() {
        Api.Response warning = api.post(
                "/api/catchment/seat-warnings",
                api.token("hunjiang-admin"),
                Map.of(),
                """
                {"schoolCode":"220602001","enrollmentYear":2027,"stage":"PRIMARY","level":"RED",
                 "startDate":"2026-09-01","announcement":"浑江区第一小学2027年一年级学位红色预警公告：2026年9月1日起迁入户籍者由区教育局统筹安排"}
                """);
        assertThat(warning.status()).as(warning.body()).isEqualTo(201);
        assertThat(api.get("/api/public/warnings?districtCode=220602", null).body())
                .contains("220602001");
        // verification keeps its own copy from catchment.seat-warnings.v1; give the event a moment
        sleep(Duration.ofSeconds(5));

        // 谢可馨 moved into 春城小区 on 2026-10-11, after the warning's start; 张清妍 in 2020
        JsonNode late =
                verified("parent2", "谢可馨", "220602202011136985", "谢俊峰", "220602199112035097", CHUNCHENG + "6栋1单元501号");
        JsonNode early =
                verified("parent3", "张清妍", "220602202009076100", "张明", "220602198608308779", CHUNCHENG + "14栋1单元402号");

        assertThat(late.get("zoneCode").asString()).isEqualTo("220602-P-01");
        assertThat(late.get("flags").toString()).contains("WARNING_PERIOD_ARRIVAL");
        assertThat(early.get("zoneCode").asString()).isEqualTo("220602-P-01");
        assertThat(early.get("flags").toString()).doesNotContain("WARNING_PERIOD_ARRIVAL");
    }

    private static JsonNode verified(
            String parent, String child, String childId, String guardian, String guardianId, String hukou) {
        String token = api.token(parent);
        Api.Response created = api.post(
                "/api/registration/applications",
                token,
                Map.of("Idempotency-Key", "catchment-" + UUID.randomUUID()),
                """
                {"districtCode":"220602","enrollmentYear":2027,"stage":"PRIMARY_GRADE_1",
                 "child":{"name":"%s","idType":"RESIDENT_ID","idNumber":"%s"},
                 "guardians":[{"name":"%s","relation":"FATHER","idType":"RESIDENT_ID","idNumber":"%s"}],
                 "hukouAddress":"%s"}
                """
                        .formatted(child, childId, guardian, guardianId, hukou));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String id = created.json().get("id").asString();
        return await().atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(500))
                .until(
                        () -> api.get("/api/registration/applications/" + id, token)
                                .json(),
                        app -> "VERIFIED".equals(app.get("status").asString()));
    }

    private static String zoneOf(String address, LocalDate date) {
        JsonNode result = api.get(
                        "/api/public/zones/lookup?stage=PRIMARY&date=" + date + "&address="
                                + URLEncoder.encode(address, StandardCharsets.UTF_8),
                        null)
                .json()
                .get("results")
                .get(0);
        return result.get("zones").isEmpty()
                ? null
                : result.get("zones").get(0).get("zoneCode").asString();
    }

    private static void step(String token, String planId, String step, String body) {
        Api.Response response = api.post(
                "/api/catchment/zone-plans/" + planId + "/" + step, token, Map.of(), body.isEmpty() ? "{}" : body);
        assertThat(response.status()).as(step + ": " + response.body()).isEqualTo(200);
    }

    private static void sleep(Duration d) {
        try {
            Thread.sleep(d.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
