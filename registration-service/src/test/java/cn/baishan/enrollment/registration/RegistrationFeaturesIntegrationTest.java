package cn.baishan.enrollment.registration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.jwt;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.baishan.enrollment.events.Topics;
import cn.baishan.enrollment.events.verification.VerificationCompleted;
import cn.baishan.enrollment.events.verification.VerificationReopened;
import cn.baishan.enrollment.outbox.EventHeaders;
import cn.baishan.enrollment.platform.security.KeycloakTokenConverter;
import cn.baishan.enrollment.testing.TestPostgres;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.test.context.EmbeddedKafka;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The "one thing, done once" features over HTTP with real PostgreSQL and an embedded Kafka broker:
 * claims, forbidden data, age rule and windows, family reuse, supplements and reopened verifications,
 * assisted mode, mass assignment. Tokens are mock JWTs shaped like Keycloak's.
 */
@SpringBootTest(properties = "baishan.registration.districts.220621.age-cut-off=09-30")
@AutoConfigureMockMvc
@EmbeddedKafka(
        partitions = 1,
        topics = {Topics.REGISTRATION_APPLICATIONS, Topics.VERIFICATION_VERIFICATIONS})
class RegistrationFeaturesIntegrationTest {

    static final String HUKOU = "吉林省白山市浑江区红旗街道东兴社区春城小区3栋2单元101号";
    static final String FATHER_ID = "220602199001010014";

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", TestPostgres::freshDatabase);
        registry.add("spring.kafka.bootstrap-servers", () -> System.getProperty("spring.embedded.kafka.brokers"));
    }

    @Autowired
    MockMvc http;

    @Autowired
    JsonMapper json;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    KafkaTemplate<String, String> kafka;

    static RequestPostProcessor user(String subject, String district, String... roles) {
        var claims = new java.util.HashMap<String, Object>();
        claims.put("preferred_username", subject);
        claims.put("realm_access", Map.of("roles", List.of(roles)));
        if (district != null) {
            claims.put("district", district);
        }
        Jwt token = Jwt.withTokenValue("t")
                .header("alg", "none")
                .subject(subject)
                .claims(c -> c.putAll(claims))
                .build();
        return jwt().jwt(j -> j.subject(subject).claims(c -> c.putAll(claims)))
                .authorities(new KeycloakTokenConverter().convert(token).getAuthorities());
    }

    static RequestPostProcessor parent(String subject) {
        return user(subject, null, "PARENT");
    }

    static String form(String district, String stage, String childId, String claims) {
        return """
                {"districtCode":"%s","enrollmentYear":2027,"stage":"%s",
                 "child":{"name":"张一","idType":"RESIDENT_ID","idNumber":"%s"},
                 "guardians":[{"name":"张伟","relation":"FATHER","idType":"RESIDENT_ID","idNumber":"%s","phone":"13800000000"}],
                 "hukouAddress":"%s"%s}
                """
                .formatted(district, stage, childId, FATHER_ID, HUKOU, claims == null ? "" : ",\"claims\":" + claims);
    }

    static String form(String childId) {
        return form("220602", "PRIMARY_GRADE_1", childId, null);
    }

    JsonNode call(MockHttpServletRequestBuilder request, RequestPostProcessor who, String body, int expected)
            throws Exception {
        var builder = request.with(who);
        if (body != null) {
            builder = builder.contentType(MediaType.APPLICATION_JSON).content(body);
        }
        var result = http.perform(builder).andExpect(status().is(expected)).andReturn();
        String content = result.getResponse().getContentAsString(StandardCharsets.UTF_8);
        return content.isEmpty() ? null : json.readTree(content);
    }

    JsonNode submit(RequestPostProcessor who, String body, int expected) throws Exception {
        return call(
                post("/api/registration/applications").header("Idempotency-Key", "key-" + UUID.randomUUID()),
                who,
                body,
                expected);
    }

    long applications() {
        return jdbc.sql("select count(*) from application").query(Long.class).single();
    }

    // --- 1. claims -----------------------------------------------------------------------------

    @Test
    void declaredClaimsAreStoredShownAndPublished() throws Exception {
        String claims =
                """
                {"residenceAddress":"吉林省白山市浑江区新建街道8号","property":{"address":"吉林省白山市浑江区新建街道8号",
                  "certificateNumber":"吉(2023)白山市不动产权第0001234号"},"residencePermitDeclared":true,
                 "socialInsuranceDeclared":true,"preferentialGroup":{"group":"FIREFIGHTER","basisDocument":"浑教发〔2024〕3号"},
                 "disability":{"certificateNumber":"22060220200101002742","expertAssessmentRequested":true},
                 "olderSibling":{"name":"张二","schoolCode":"220602001"},"schoolPreferences":["220602001","220602002"]}
                """;
        JsonNode created =
                submit(parent("claims-parent"), form("220602", "PRIMARY_GRADE_1", "220602202001010027", claims), 201);
        String id = created.get("id").asString();

        JsonNode shown = call(get("/api/registration/applications/" + id), parent("claims-parent"), null, 200);
        assertThat(shown.at("/claims/preferentialGroup/group").asString()).isEqualTo("FIREFIGHTER");
        assertThat(shown.at("/claims/property/certificateNumber").asString()).contains("不动产权");
        assertThat(shown.at("/claims/olderSibling/schoolCode").asString()).isEqualTo("220602001");
        assertThat(shown.at("/claims/schoolPreferences/1").asString()).isEqualTo("220602002");
        assertThat(shown.at("/claims/disability/expertAssessmentRequested").asBoolean())
                .isTrue();
        assertThat(shown.toString()).doesNotContain("22060220200101002742");

        String stored = jdbc.sql("select disability_certificate_cipher from application where id = cast(:id as uuid)")
                .param("id", id)
                .query(String.class)
                .single();
        assertThat(stored).startsWith("v1:").doesNotContain("22060220200101002742");

        JsonNode event = json.readTree(jdbc.sql(
                        "select payload from outbox_event where message_key = :id and event_type = 'ApplicationSubmitted'")
                .param("id", id)
                .query(String.class)
                .single());
        assertThat(event.get("schemaVersion").asInt()).isEqualTo(2);
        assertThat(event.at("/claims/residencePermitDeclared").asBoolean()).isTrue();
        assertThat(event.at("/claims/preferentialGroup/basisDocument").asString())
                .isEqualTo("浑教发〔2024〕3号");
        assertThat(event.at("/claims/disability/certificateNumber").asString()).isEqualTo("22060220200101002742");
        assertThat(event.at("/claims/schoolPreferences").size()).isEqualTo(2);
    }

    @Test
    void everyBrokenClaimRuleIsListedInOneProblem() throws Exception {
        long before = applications();
        String claims =
                """
                {"preferentialGroup":{"group":"MARTYR_CHILD"},"olderSibling":{"name":"张二","schoolCode":"12345"},
                 "directPromotionPrimarySchoolCode":"220602101","schoolPreferences":["220602001","220602001"]}
                """;

        JsonNode problem =
                submit(parent("bad-claims"), form("220602", "PRIMARY_GRADE_1", "220602202001010035", claims), 400);

        assertThat(problem.get("type").asString()).isEqualTo("urn:baishan:problem:validation");
        List<String> rules = new ArrayList<>();
        problem.get("errors")
                .forEach(e -> rules.add(
                        e.get("field").asString() + ":" + e.get("rule").asString()));
        assertThat(rules)
                .containsExactlyInAnyOrder(
                        "claims.preferentialGroup.basisDocument:required",
                        "claims.olderSibling.schoolCode:school-code",
                        "claims.directPromotionPrimarySchoolCode:grade-7-only",
                        "claims.schoolPreferences[1]:distinct");
        assertThat(problem.get("detail").asString()).contains("政策依据").contains("七年级");
        assertThat(applications()).isEqualTo(before);
    }

    @Test
    void anUnknownPreferentialGroupIsA400NamingTheField() throws Exception {
        String claims = "{\"preferentialGroup\":{\"group\":\"VIP\",\"basisDocument\":\"无\"}}";

        JsonNode problem = submit(parent("vip"), form("220602", "PRIMARY_GRADE_1", "220602202011110136", claims), 400);

        assertThat(problem.at("/errors/0/field").asString()).isEqualTo("claims.preferentialGroup.group");
        assertThat(problem.at("/errors/0/rule").asString()).isEqualTo("format");
    }

    @Test
    void aGradeSevenApplicationDeclaresItsDirectPromotionSchool() throws Exception {
        String body = form(
                "220602",
                "JUNIOR_GRADE_7",
                "220602201409010018",
                "{\"directPromotionPrimarySchoolCode\":\"220602101\"}");

        JsonNode created = submit(parent("grade7"), body, 201);

        assertThat(created.at("/claims/directPromotionPrimarySchoolCode").asString())
                .isEqualTo("220602101");
    }

    // --- 2. forbidden data ----------------------------------------------------------------------

    static final List<String> FORBIDDEN = List.of(
            "kindergarten",
            "preschoolHistory",
            "familyPlanningCertificate",
            "overAgeProof",
            "scores",
            "testScore",
            "certificates",
            "awards",
            "donation",
            "fee",
            "sponsorshipFee");

    static Stream<Arguments> forbiddenFieldsEverywhere() {
        return FORBIDDEN.stream()
                .flatMap(name -> Stream.of(
                        Arguments.of(name, "top", name),
                        Arguments.of(name, "child", "child." + name),
                        Arguments.of(name, "guardian", "guardians[0]." + name),
                        Arguments.of(name, "claims", "claims." + name)));
    }

    @ParameterizedTest(name = "{0} in {1}")
    @MethodSource("forbiddenFieldsEverywhere")
    void forbiddenDataIsRefusedByNameAndNothingIsStored(String name, String where, String path) throws Exception {
        String value = "\"" + name + "\":\"某幼儿园 / 证书 / 500元\"";
        String body = form("220602", "PRIMARY_GRADE_1", "220602202003030056", "{}");
        body = switch (where) {
            case "top" -> body.replace("\"stage\"", value + ",\"stage\"");
            case "child" -> body.replace("\"name\":\"张一\"", "\"name\":\"张一\"," + value);
            case "guardian" -> body.replace("\"name\":\"张伟\"", "\"name\":\"张伟\"," + value);
            default -> body.replace("\"claims\":{}", "\"claims\":{" + value + "}");
        };
        long before = applications();

        JsonNode problem = submit(parent("forbidden-" + where), body, 400);

        assertThat(problem.get("errors").get(0).get("field").asString()).isEqualTo(path);
        assertThat(problem.get("errors").get(0).get("rule").asString()).isEqualTo("unknown-field");
        assertThat(applications()).isEqualTo(before);
    }

    @Test
    void noColumnOfTheRegistrationSchemaCouldHoldForbiddenData() {
        List<String> columns = jdbc.sql(
                        "select table_name || '.' || column_name from information_schema.columns where table_schema = 'registration'")
                .query(String.class)
                .list();
        assertThat(columns).hasSizeGreaterThan(30);

        assertThat(columns)
                .noneMatch(c -> c.matches(
                        ".*(kindergarten|preschool|family_planning|planning|over_age|overage|score|award|competition"
                                + "|training|donation|sponsor|fee|tuition|contest|grade_level|exam).*"));
        // the only certificates the form knows: the property deed and the disability certificate
        assertThat(columns.stream().filter(c -> c.contains("certificate")))
                .containsExactlyInAnyOrder(
                        "application.property_certificate_number", "application.disability_certificate_cipher");
    }

    // --- 7. mass assignment ---------------------------------------------------------------------

    @ParameterizedTest
    @ValueSource(strings = {"status", "category", "zoneCode", "ownerId", "flags"})
    void fieldsOnlyThePlatformSetsCannotBeSent(String field) throws Exception {
        String body = form("220602202004040061").replace("\"stage\"", "\"" + field + "\":\"VERIFIED\",\"stage\"");

        JsonNode problem = submit(parent("mass-" + field), body, 400);

        assertThat(problem.get("errors").get(0).get("field").asString()).isEqualTo(field);
        assertThat(problem.get("errors").get(0).get("rule").asString()).isEqualTo("unknown-field");
    }

    // --- 3. age rule and windows ----------------------------------------------------------------

    @Test
    void aChildTooYoungForGradeOneIsToldTheDayItTurnsSix() throws Exception {
        JsonNode problem = submit(parent("young"), form("220602202109010010"), 400);

        assertThat(problem.get("errors").get(0).get("field").asString()).isEqualTo("child.birthDate");
        assertThat(problem.get("errors").get(0).get("rule").asString()).isEqualTo("age-six-by-cut-off");
        assertThat(problem.get("detail").asString()).contains("2027年9月1日");
    }

    @Test
    void aDistrictWithALaterConfiguredCutOffAcceptsTheSameAge() throws Exception {
        // 抚松县 is configured with 09-30 in this test: born 2021-09-15 is six by then
        String body =
                form("220621", "PRIMARY_GRADE_1", "220621202109150039", null).replace(HUKOU, "吉林省白山市抚松县抚松镇某街1号");

        submit(parent("fusong"), body, 201);
        submit(parent("hunjiang"), form("220602202109150021"), 400);
    }

    @Test
    void aDistrictAdminSetsItsWindowAndSubmissionsOutsideItAreRefused() throws Exception {
        String window =
                """
                {"opensAt":"2027-07-01T00:00:00Z","closesAt":"2027-07-15T09:00:00Z"}
                """;
        JsonNode set = call(
                put("/api/registration/windows/220605/2027/PRIMARY_GRADE_1"),
                user("admin-220605", "220605", "DISTRICT_ADMIN"),
                window,
                200);
        assertThat(set.get("source").asString()).isEqualTo("DISTRICT");

        call(
                put("/api/registration/windows/220605/2027/PRIMARY_GRADE_1"),
                user("admin-220602", "220602", "DISTRICT_ADMIN"),
                window,
                403);
        call(put("/api/registration/windows/220605/2027/PRIMARY_GRADE_1"), parent("sneaky"), window, 403);
        call(
                put("/api/registration/windows/999999/2027/PRIMARY_GRADE_1"),
                user("admin-220605", "220605", "DISTRICT_ADMIN"),
                window,
                404);

        JsonNode windows = call(get("/api/registration/windows/220605/2027"), parent("reader"), null, 200);
        assertThat(windows.get(0).get("source").asString()).isEqualTo("DISTRICT");
        assertThat(windows.get(1).get("source").asString()).isEqualTo("DEFAULT");

        String body = form("220605", "PRIMARY_GRADE_1", "220602202005050077", null);
        long before = applications();
        JsonNode problem = submit(parent("too-early"), body, 422);

        assertThat(problem.get("type").asString()).isEqualTo("urn:baishan:problem:registration-window-closed");
        assertThat(problem.get("detail").asString()).contains("江源区").contains("2027年7月1日 08:00 至 2027年7月15日 17:00");
        assertThat(applications()).isEqualTo(before);
        // the default (open all year in this configuration) still applies to grade 7 there
        submit(parent("too-early"), form("220605", "JUNIOR_GRADE_7", "220602202005050077", null), 201);
    }

    @Test
    void aWindowThatClosesBeforeItOpensIsA400() throws Exception {
        JsonNode problem = call(
                put("/api/registration/windows/220622/2027/PRIMARY_GRADE_1"),
                user("admin-220622", "220622", "DISTRICT_ADMIN"),
                "{\"opensAt\":\"2027-07-15T00:00:00Z\",\"closesAt\":\"2027-07-01T00:00:00Z\"}",
                400);

        assertThat(problem.get("errors").get(0).get("field").asString()).isEqualTo("closesAt");
    }

    // --- 4. family --------------------------------------------------------------------------------

    @Test
    void aSecondChildReusesTheFamilysVerifiedGuardianAndHousehold() throws Exception {
        var family = parent("family-parent");
        String first = submit(family, form("220602202006060082"), 201).get("id").asString();
        sendVerified(first, Instant.now());
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> http.perform(
                        get("/api/registration/applications/" + first).with(family))
                .andExpect(jsonPath("$.status").value("VERIFIED")));

        JsonNode stored = call(get("/api/registration/family"), family, null, 200);
        assertThat(stored.get("children").size()).isEqualTo(1);
        assertThat(stored.at("/children/0/idNumberMasked").asString()).isEqualTo("2206**********0082");
        assertThat(stored.toString()).doesNotContain("220602202006060082").doesNotContain(FATHER_ID);
        String guardianId = stored.at("/guardians/0/id").asString();
        String childId = stored.at("/children/0/id").asString();

        String second =
                """
                {"districtCode":"220602","enrollmentYear":2027,"stage":"PRIMARY_GRADE_1",
                 "child":{"name":"张二","idType":"RESIDENT_ID","idNumber":"220602202007070098"},
                 "guardianIds":["%s"],"hukouAddress":"%s"}
                """
                        .formatted(guardianId, HUKOU);
        JsonNode created = submit(family, second, 201);

        assertThat(created.at("/guardians/0/name").asString()).isEqualTo("张伟");
        assertThat(created.get("reusedFacts").size()).isEqualTo(2);
        assertThat(created.at("/reusedFacts/0/fact").asString()).isEqualTo("guardians[0]");
        assertThat(created.at("/reusedFacts/0/fromApplicationId").asString()).isEqualTo(first);
        assertThat(created.at("/reusedFacts/1/fact").asString()).isEqualTo("hukouAddress");
        JsonNode updated = call(get("/api/registration/family"), family, null, 200);
        assertThat(updated.get("children").size()).isEqualTo(2);
        // the same guardian again is updated, not stored twice
        assertThat(updated.get("guardians").size()).isEqualTo(1);
        assertThat(updated.at("/guardians/0/id").asString()).isEqualTo(guardianId);

        // another family cannot use these ids, nor see the family
        String stolen =
                """
                {"districtCode":"220602","enrollmentYear":2027,"stage":"JUNIOR_GRADE_7","childId":"%s",
                 "guardianIds":["%s"],"hukouAddress":"%s"}
                """
                        .formatted(childId, guardianId, HUKOU);
        JsonNode problem = submit(parent("other-family"), stolen, 404);
        assertThat(problem.get("type").asString()).isEqualTo("urn:baishan:problem:family-member-not-found");
        assertThat(call(get("/api/registration/family"), parent("other-family"), null, 200)
                        .get("children")
                        .size())
                .isEqualTo(0);
        // the owner may reference the same child for its grade-7 application
        JsonNode grade7 = submit(family, stolen, 201);
        assertThat(grade7.at("/child/idNumberMasked").asString()).isEqualTo("2206**********0082");
    }

    // --- 5. supplements and reopened verifications --------------------------------------------

    @Test
    void theFamilySupplementsOnceAndTheNextVerdictCounts() throws Exception {
        var owner = parent("supplementing");
        String id = submit(owner, form("220602202008080108"), 201).get("id").asString();
        String supplement = "{\"hukouAddress\":\"吉林省白山市浑江区红旗街道东兴社区春城小区5栋1单元202号\","
                + "\"claims\":{\"residencePermitDeclared\":true}}";

        JsonNode early = call(post("/api/registration/applications/" + id + "/supplement"), owner, supplement, 409);
        assertThat(early.get("type").asString()).isEqualTo("urn:baishan:problem:supplement-not-expected");

        send(id, VerificationCompleted.TYPE, verdict(id, VerificationCompleted.NEEDS_SUPPLEMENT, Instant.now()));
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> http.perform(
                        get("/api/registration/applications/" + id).with(owner))
                .andExpect(jsonPath("$.status").value("NEEDS_SUPPLEMENT")));

        call(post("/api/registration/applications/" + id + "/supplement"), parent("stranger"), supplement, 404);
        JsonNode same = call(
                post("/api/registration/applications/" + id + "/supplement"),
                owner,
                "{\"hukouAddress\":\"" + HUKOU + "\"}",
                422);
        assertThat(same.get("type").asString()).isEqualTo("urn:baishan:problem:nothing-changed");
        JsonNode invalid = call(
                post("/api/registration/applications/" + id + "/supplement"),
                owner,
                "{\"claims\":{\"preferentialGroup\":{\"group\":\"POLICE_HERO\"}}}",
                400);
        assertThat(invalid.at("/errors/0/field").asString()).isEqualTo("claims.preferentialGroup.basisDocument");
        call(
                post("/api/registration/applications/" + id + "/supplement"),
                owner,
                "{\"stage\":\"JUNIOR_GRADE_7\"}",
                400);

        JsonNode done = call(post("/api/registration/applications/" + id + "/supplement"), owner, supplement, 200);
        Instant supplementedAt = Instant.parse(done.at("/timeline/2/at").asString());
        assertThat(done.get("status").asString()).isEqualTo("SUPPLEMENTED");
        assertThat(done.get("supplementRound").asInt()).isEqualTo(1);
        assertThat(done.at("/timeline").toString()).contains("已补充材料，重新核验");

        JsonNode event = json.readTree(jdbc.sql(
                        "select payload from outbox_event where message_key = :id and event_type = 'ApplicationSupplemented'")
                .param("id", id)
                .query(String.class)
                .single());
        assertThat(event.get("round").asInt()).isEqualTo(1);
        assertThat(event.get("changedFields").toString())
                .isEqualTo("[\"hukouAddress\",\"claims.residencePermitDeclared\"]");
        assertThat(event.get("declaredHukouAddress").asString()).contains("5栋1单元202号");

        call(post("/api/registration/applications/" + id + "/supplement"), owner, supplement, 409);

        // verification reopens for the supplement; a verdict from before it is stale, the new one counts
        var reopened = new VerificationReopened(
                UUID.randomUUID(),
                supplementedAt.plusSeconds(1),
                VerificationReopened.VERSION,
                UUID.fromString(id),
                UUID.randomUUID(),
                VerificationReopened.TRIGGER_SUPPLEMENT,
                null,
                "家长已补充材料");
        send(id, VerificationReopened.TYPE, json.writeValueAsString(reopened));
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> http.perform(
                        get("/api/registration/applications/" + id).with(owner))
                .andExpect(jsonPath("$.status").value("VERIFYING")));
        assertThat(call(get("/api/registration/applications/" + id), owner, null, 200)
                        .get("timeline")
                        .toString())
                .contains("家长已补充材料");

        send(
                id,
                VerificationCompleted.TYPE,
                verdict(id, VerificationCompleted.NEEDS_SUPPLEMENT, supplementedAt.minusSeconds(5)));
        send(
                id,
                VerificationCompleted.TYPE,
                verdict(id, VerificationCompleted.VERIFIED, supplementedAt.plusSeconds(2)));
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> http.perform(
                        get("/api/registration/applications/" + id).with(owner))
                .andExpect(jsonPath("$.status").value("VERIFIED"))
                .andExpect(jsonPath("$.category").value("HUKOU_ONLY")));
        JsonNode end = call(get("/api/registration/applications/" + id), owner, null, 200);
        List<String> statuses = new ArrayList<>();
        end.get("timeline").forEach(t -> statuses.add(t.get("status").asString()));
        assertThat(statuses).containsExactly("SUBMITTED", "NEEDS_SUPPLEMENT", "SUPPLEMENTED", "VERIFYING", "VERIFIED");
    }

    @Test
    void aSupplementThatCollidesWithAnotherActiveApplicationIsRefusedAndAnnouncesNothing() throws Exception {
        var owner = parent("colliding");
        submit(owner, form("220602202012010153"), 201);
        String id = submit(owner, form("220602202012020167"), 201).get("id").asString();
        send(id, VerificationCompleted.TYPE, verdict(id, VerificationCompleted.NEEDS_SUPPLEMENT, Instant.now()));
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> http.perform(
                        get("/api/registration/applications/" + id).with(owner))
                .andExpect(jsonPath("$.status").value("NEEDS_SUPPLEMENT")));

        JsonNode problem = call(
                post("/api/registration/applications/" + id + "/supplement"),
                owner,
                "{\"child\":{\"name\":\"张一\",\"idType\":\"RESIDENT_ID\",\"idNumber\":\"220602202012010153\"}}",
                409);

        assertThat(problem.get("type").asString()).isEqualTo("urn:baishan:problem:duplicate-application");
        assertThat(jdbc.sql(
                                "select count(*) from outbox_event where message_key = :id and event_type = 'ApplicationSupplemented'")
                        .param("id", id)
                        .query(Long.class)
                        .single())
                .isZero();
        JsonNode unchanged = call(get("/api/registration/applications/" + id), owner, null, 200);
        assertThat(unchanged.get("status").asString()).isEqualTo("NEEDS_SUPPLEMENT");
        assertThat(unchanged.at("/child/idNumberMasked").asString()).isEqualTo("2206**********0167");
    }

    @Test
    void aChangeNoticeReopensAVerifiedApplicationAndASecondVerdictReplacesTheFirst() throws Exception {
        var owner = parent("reopened");
        String id = submit(owner, form("220602202009090113"), 201).get("id").asString();
        Instant first = Instant.now();
        sendVerified(id, first);
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> http.perform(
                        get("/api/registration/applications/" + id).with(owner))
                .andExpect(jsonPath("$.status").value("VERIFIED")));

        var reopened = new VerificationReopened(
                UUID.randomUUID(),
                first.plusSeconds(10),
                VerificationReopened.VERSION,
                UUID.fromString(id),
                UUID.randomUUID(),
                VerificationReopened.TRIGGER_CHANGE_NOTICE,
                "NATURAL_RESOURCES",
                "不动产登记部门通知房产已变更");
        send(id, VerificationReopened.TYPE, json.writeValueAsString(reopened));
        send(
                id,
                VerificationCompleted.TYPE,
                verdict(id, VerificationCompleted.NEEDS_SUPPLEMENT, first.plusSeconds(20)));

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> http.perform(
                        get("/api/registration/applications/" + id).with(owner))
                .andExpect(jsonPath("$.status").value("NEEDS_SUPPLEMENT"))
                .andExpect(jsonPath("$.timeline[2].status").value("VERIFYING"))
                .andExpect(jsonPath("$.timeline[2].note").value("重新核验：不动产登记部门通知房产已变更")));
    }

    // --- 6. assisted mode ---------------------------------------------------------------------------

    @Test
    void collectionStaffSubmitForAParentWhoClaimsItWithTheCode() throws Exception {
        var staff = user("staff-220602", "220602", "COLLECTION_STAFF");
        String body = form("220602202010100120")
                .replace("\"hukouAddress\"", "\"parentPhone\":\"13912345678\",\"hukouAddress\"");

        call(
                post("/api/registration/assisted-applications").header("Idempotency-Key", "assist-0001"),
                user("staff-220681", "220681", "COLLECTION_STAFF"),
                body,
                403);
        call(
                post("/api/registration/assisted-applications").header("Idempotency-Key", "assist-0001"),
                parent("parent-as-staff"),
                body,
                403);
        JsonNode created = call(
                post("/api/registration/assisted-applications").header("Idempotency-Key", "assist-0001"),
                staff,
                body,
                201);
        String id = created.at("/application/id").asString();
        String code = created.get("claimCode").asString();
        assertThat(code).hasSize(10);
        assertThat(created.at("/application/assisted").asBoolean()).isTrue();
        assertThat(created.at("/application/submittedByUsername").asString()).isEqualTo("staff-220602");
        assertThat(created.at("/application/timeline/0/note").asString()).isEqualTo("由线下采集网点代为提交");
        assertThat(created.get("parentPhoneMasked").asString()).isEqualTo("139****5678");

        JsonNode replayed = call(
                post("/api/registration/assisted-applications").header("Idempotency-Key", "assist-0001"),
                staff,
                body,
                201);
        assertThat(replayed.at("/application/id").asString()).isEqualTo(id);
        assertThat(replayed.get("claimCode").asString()).isEqualTo(code);

        JsonNode listed = call(get("/api/registration/assisted-applications"), staff, null, 200);
        assertThat(listed.toString()).contains(id).doesNotContain(code).doesNotContain("13912345678");
        assertThat(call(
                                get("/api/registration/assisted-applications"),
                                user("staff-220681", "220681", "COLLECTION_STAFF"),
                                null,
                                200)
                        .toString())
                .doesNotContain(id);

        var mother = parent("assisted-mother");
        call(get("/api/registration/applications/" + id), mother, null, 404);
        String wrongCode = "{\"claimCode\":\"ZZZZZZZZZZ\",\"childIdNumber\":\"220602202010100120\"}";
        String wrongChild = "{\"claimCode\":\"" + code + "\",\"childIdNumber\":\"220602202011110136\"}";
        JsonNode a = call(post("/api/registration/applications/claims"), mother, wrongCode, 404);
        JsonNode b = call(post("/api/registration/applications/claims"), mother, wrongChild, 404);
        assertThat(a.get("detail").asString()).isEqualTo(b.get("detail").asString());

        String right = "{\"claimCode\":\"" + code.toLowerCase() + "\",\"childIdNumber\":\"220602202010100120\"}";
        JsonNode claimed = call(post("/api/registration/applications/claims"), mother, right, 200);
        assertThat(claimed.get("id").asString()).isEqualTo(id);
        call(get("/api/registration/applications/" + id), mother, null, 200);
        assertThat(call(get("/api/registration/family"), mother, null, 200)
                        .get("children")
                        .size())
                .isEqualTo(1);

        // the code is spent
        call(post("/api/registration/applications/claims"), parent("late-comer"), right, 404);
        assertThat(call(get("/api/registration/assisted-applications"), staff, null, 200)
                        .toString())
                .contains("\"claimed\":true");
    }

    // --- helpers ------------------------------------------------------------------------------------

    void sendVerified(String id, Instant at) throws Exception {
        send(id, VerificationCompleted.TYPE, verdict(id, VerificationCompleted.VERIFIED, at));
    }

    String verdict(String id, String verdict, Instant at) throws Exception {
        boolean verified = VerificationCompleted.VERIFIED.equals(verdict);
        return json.writeValueAsString(new VerificationCompleted(
                UUID.randomUUID(),
                at,
                VerificationCompleted.VERSION,
                UUID.fromString(id),
                UUID.randomUUID(),
                verdict,
                verified ? "HUKOU_ONLY" : null,
                List.of(new VerificationCompleted.Check(
                        "HOUSEHOLD_REGISTRATION", verified ? "MATCH" : "MISMATCH", "户籍")),
                verified
                        ? List.of()
                        : List.of(new VerificationCompleted.SupplementItem(
                                "HUKOU_MISMATCH", "hukouAddress", "户籍地址不一致", "请核对户口簿地址")),
                "220602-P-01",
                List.of(),
                List.of()));
    }

    void send(String key, String type, String payload) throws Exception {
        var record = new ProducerRecord<>(Topics.VERIFICATION_VERIFICATIONS, key, payload);
        record.headers().add(EventHeaders.EVENT_TYPE, type.getBytes(StandardCharsets.UTF_8));
        record.headers()
                .add(
                        EventHeaders.EVENT_ID,
                        json.readTree(payload).get("eventId").asString().getBytes(StandardCharsets.UTF_8));
        kafka.send(record).get();
    }
}
