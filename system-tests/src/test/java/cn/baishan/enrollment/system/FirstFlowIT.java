package cn.baishan.enrollment.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cn.baishan.enrollment.local.LocalStack;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The first flow end to end, through the gateway with real Keycloak tokens: a parent submits, the
 * application travels over Kafka to verification, which asks the household-registration simulator
 * over HTTP, and the verdict comes back to the parent. Demo data: deploy/partner-simulator/README.md.
 */
class FirstFlowIT {

    static final String ZHANG_CHILD = "220602202103150020";
    static final String ZHANG_HUKOU = "吉林省白山市浑江区红旗街道东兴社区春城小区3栋2单元101号";

    static Api api;

    @BeforeAll
    static void stack() {
        LocalStack stack = Stack.get();
        api = new Api(stack.gatewayUrl(), stack.keycloakUrl());
    }

    static String form(String childId, String childName, String hukou) {
        return """
                {"districtCode":"220602","enrollmentYear":2027,"stage":"PRIMARY_GRADE_1",
                 "child":{"name":"%s","idType":"RESIDENT_ID","idNumber":"%s"},
                 "guardians":[{"name":"张伟","relation":"FATHER","idType":"RESIDENT_ID","idNumber":"220602198803120034","phone":"13800000000"}],
                 "hukouAddress":"%s"}
                """
                .formatted(childName, childId, hukou);
    }

    @Test
    void aParentSubmitsAndSeesTheApplicationVerifiedAndNoOneElseSeesIt() {
        String parent1 = api.token("parent1");
        String key = "first-flow-" + UUID.randomUUID();

        Api.Response created = api.post(
                "/api/registration/applications",
                parent1,
                Map.of("Idempotency-Key", key),
                form(ZHANG_CHILD, "张子涵", ZHANG_HUKOU));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String id = created.json().get("id").asString();

        JsonNode verified = await().atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(500))
                .until(
                        () -> api.get("/api/registration/applications/" + id, parent1)
                                .json(),
                        app -> "VERIFIED".equals(app.get("status").asString()));
        assertThat(verified.get("category").asString())
                .as("hukou and the family flat in one zone")
                .isEqualTo("HUKOU_AND_PROPERTY");
        assertThat(verified.get("zoneCode").asString())
                .as("zone from catchment's demo data")
                .isEqualTo("220602-P-01");
        java.util.List<String> steps = new java.util.ArrayList<>();
        verified.get("timeline").forEach(step -> steps.add(step.get("status").asString()));
        assertThat(steps).containsExactly("SUBMITTED", "VERIFYING", "VERIFIED");
        assertThat(verified.toString()).doesNotContain(ZHANG_CHILD);

        Api.Response again = api.post(
                "/api/registration/applications",
                parent1,
                Map.of("Idempotency-Key", key),
                form(ZHANG_CHILD, "张子涵", ZHANG_HUKOU));
        assertThat(again.status()).isEqualTo(201);
        assertThat(again.json().get("id").asString()).isEqualTo(id);

        Api.Response stranger = api.get("/api/registration/applications/" + id, api.token("parent2"));
        assertThat(stranger.status()).isEqualTo(404);
        assertThat(stranger.contentType()).startsWith("application/problem+json");
    }

    @Test
    void aDeclaredAddressTheRegistryDoesNotHoldGetsOneConsolidatedSupplementList() {
        String parent3 = api.token("parent3");
        Api.Response created = api.post(
                "/api/registration/applications",
                parent3,
                Map.of("Idempotency-Key", "mismatch-" + UUID.randomUUID()),
                """
                {"districtCode":"220681","enrollmentYear":2027,"stage":"JUNIOR_GRADE_7",
                 "child":{"name":"王梓轩","idType":"RESIDENT_ID","idNumber":"22068120140709003X"},
                 "guardians":[{"name":"王强","relation":"FATHER","idType":"RESIDENT_ID","idNumber":"220681198309050013"}],
                 "hukouAddress":"吉林省白山市临江市建国街道新市社区鸭绿江小区99栋1单元101号"}
                """);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String id = created.json().get("id").asString();

        JsonNode result = await().atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(500))
                .until(
                        () -> api.get("/api/registration/applications/" + id, parent3)
                                .json(),
                        app -> "NEEDS_SUPPLEMENT".equals(app.get("status").asString()));
        assertThat(result.get("supplementItems")).hasSize(1);
        assertThat(result.get("supplementItems").get(0).get("code").asString()).isEqualTo("HUKOU_ADDRESS_MISMATCH");
        assertThat(result.get("supplementItems").get(0).get("reason").asString())
                .contains("鸭绿江小区12栋");
    }

    @Test
    void aMigrantFamilyIsPlacedByItsResidencePermitAndInsurance() {
        String parent2 = api.token("parent2");
        Api.Response created = api.post(
                "/api/registration/applications",
                parent2,
                Map.of("Idempotency-Key", "migrant-" + UUID.randomUUID()),
                """
                {"districtCode":"220602","enrollmentYear":2027,"stage":"PRIMARY_GRADE_1",
                 "child":{"name":"李浩然","idType":"RESIDENT_ID","idNumber":"210102202011020019"},
                 "guardians":[{"name":"李娜","relation":"MOTHER","idType":"RESIDENT_ID","idNumber":"210102199202110020"}],
                 "hukouAddress":"辽宁省沈阳市和平区南京南街道三好社区8栋2单元402号"}
                """);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String id = created.json().get("id").asString();

        JsonNode verified = await().atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(500))
                .until(
                        () -> api.get("/api/registration/applications/" + id, parent2)
                                .json(),
                        app -> "VERIFIED".equals(app.get("status").asString()));

        // hukou in Liaoning; residence permit at 江城小区 (zone 220602-P-12) and 30 months of insurance
        assertThat(verified.get("category").asString()).isEqualTo("MIGRANT_PERMIT_INSURANCE");
        assertThat(verified.get("zoneCode").asString()).isEqualTo("220602-P-12");
    }

    @Test
    void aWrongCheckDigitIsA400ProblemNamingTheField() {
        Api.Response response = api.post(
                "/api/registration/applications",
                api.token("parent1"),
                Map.of("Idempotency-Key", "bad-id-" + UUID.randomUUID()),
                form("220602202103150021", "张子涵", ZHANG_HUKOU));

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
        JsonNode error = response.json().get("errors").get(0);
        assertThat(error.get("field").asString()).isEqualTo("child.idNumber");
        assertThat(error.get("rule").asString()).isEqualTo("check-digit");
    }

    @Test
    void aParentsAddressResolvesToItsSchoolThroughTheGatewayWithoutLogin() {
        Api.Response response = api.get(
                "/api/public/zones/lookup?stage=PRIMARY&address="
                        + java.net.URLEncoder.encode(ZHANG_HUKOU, java.nio.charset.StandardCharsets.UTF_8),
                null);

        assertThat(response.status()).as(response.body()).isEqualTo(200);
        JsonNode result = response.json().get("results").get(0);
        assertThat(result.get("outcome").asString()).isEqualTo("MATCHED");
        assertThat(result.get("zones").get(0).get("schools").get(0).get("code").asString())
                .isEqualTo("220602001");
    }

    @Test
    void anAnonymousCallIs401() {
        Api.Response response = api.post(
                "/api/registration/applications", null, Map.of("Idempotency-Key", "anon-" + UUID.randomUUID()), "{}");

        assertThat(response.status()).isEqualTo(401);
        assertThat(response.contentType()).startsWith("application/problem+json");
    }

    @Test
    void everyServiceAndTheGatewayReportHealthy() {
        assertThat(api.get("/actuator/health", null).json().get("status").asString())
                .isEqualTo("UP");
    }
}
