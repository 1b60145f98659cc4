package cn.baishan.enrollment.registration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.jwt;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.baishan.enrollment.events.Topics;
import cn.baishan.enrollment.events.verification.VerificationCompleted;
import cn.baishan.enrollment.events.verification.VerificationStarted;
import cn.baishan.enrollment.outbox.EventHeaders;
import cn.baishan.enrollment.testing.KafkaProbe;
import cn.baishan.enrollment.testing.TestPostgres;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.kafka.test.context.EmbeddedKafka;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Registration as a whole: HTTP in, PostgreSQL, the outbox to a real (embedded, KRaft) Kafka broker,
 * and verification events back in. Tokens are mock JWTs shaped like Keycloak's.
 */
@SpringBootTest
@AutoConfigureMockMvc
@EmbeddedKafka(
        partitions = 1,
        topics = {Topics.REGISTRATION_APPLICATIONS, Topics.VERIFICATION_VERIFICATIONS})
class RegistrationServiceIntegrationTest {

    static final String DLT = Topics.VERIFICATION_VERIFICATIONS + "-dlt";
    static final String HUKOU = "吉林省白山市浑江区红旗街道东兴社区春城小区3栋2单元101号";

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

    @Autowired
    EmbeddedKafkaBroker broker;

    static RequestPostProcessor parent(String subject) {
        return jwt().jwt(j -> j.subject(subject)
                        .claim("preferred_username", subject)
                        .claim("realm_access", Map.of("roles", List.of("PARENT"))))
                .authorities(new cn.baishan.enrollment.platform.security.KeycloakTokenConverter()
                        .convert(org.springframework.security.oauth2.jwt.Jwt.withTokenValue("t")
                                .header("alg", "none")
                                .subject(subject)
                                .claim("realm_access", Map.of("roles", List.of("PARENT")))
                                .build())
                        .getAuthorities());
    }

    static RequestPostProcessor districtAdmin(String district) {
        return jwt().jwt(j -> j.subject("admin-" + district)
                .claim("district", district)
                .claim("realm_access", Map.of("roles", List.of("DISTRICT_ADMIN"))));
    }

    static String form(String childId, String childName) {
        return """
                {"districtCode":"220602","enrollmentYear":2027,"stage":"PRIMARY_GRADE_1",
                 "child":{"name":"%s","idType":"RESIDENT_ID","idNumber":"%s"},
                 "guardians":[{"name":"张伟","relation":"FATHER","idType":"RESIDENT_ID","idNumber":"220602198803120034","phone":"13800000000"}],
                 "hukouAddress":"%s"}
                """
                .formatted(childName, childId, HUKOU);
    }

    JsonNode submit(RequestPostProcessor who, String key, String body, int expectedStatus) throws Exception {
        var result = http.perform(post("/api/registration/applications")
                        .with(who)
                        .header("Idempotency-Key", key)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body))
                .andExpect(status().is(expectedStatus))
                .andReturn();
        return json.readTree(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
    }

    @Test
    void aParentSubmitsOnceAndTheSameKeyReturnsTheSameApplication() throws Exception {
        String key = "key-" + UUID.randomUUID();
        JsonNode first = submit(parent("parent-a"), key, form("220602202103150020", "张子涵"), 201);

        assertThat(first.get("status").asString()).isEqualTo("SUBMITTED");
        assertThat(first.get("child").get("idNumberMasked").asString()).isEqualTo("2206**********0020");
        assertThat(first.get("child").get("birthDate").asString()).isEqualTo("2021-03-15");
        assertThat(first.toString()).doesNotContain("220602202103150020");

        http.perform(post("/api/registration/applications")
                        .with(parent("parent-a"))
                        .header("Idempotency-Key", key)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(form("220602202103150020", "张子涵")))
                .andExpect(status().isCreated())
                .andExpect(header().string("Idempotent-Replayed", "true"))
                .andExpect(jsonPath("$.id").value(first.get("id").asString()));

        assertThat(jdbc.sql("select count(*) from application where owner_id = 'parent-a'")
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from outbox_event where message_key = :id")
                        .param("id", first.get("id").asString())
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void aMalformedIdempotencyKeyIsABadRequestNamingTheHeaderAndStoresNothing() throws Exception {
        JsonNode problem = submit(parent("parent-k"), "bad key!", form("220602202101010091", "赵一"), 400);

        assertThat(problem.get("type").asString()).endsWith("validation");
        assertThat(problem.get("errors").get(0).get("field").asString()).isEqualTo("idempotencyKey");
        assertThat(problem.get("errors").get(0).get("rule").asString()).isEqualTo("pattern");
        assertThat(jdbc.sql("select count(*) from application where owner_id = 'parent-k'")
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void theSubmittedEventReachesTheBrokerKeyedByApplicationId() throws Exception {
        JsonNode created =
                submit(parent("parent-e"), "key-" + UUID.randomUUID(), form("220602202101010091", "赵一"), 201);
        String id = created.get("id").asString();

        var records = KafkaProbe.recordsWithKey(
                broker.getBrokersAsString(), Topics.REGISTRATION_APPLICATIONS, id, 1, Duration.ofSeconds(20));

        assertThat(records).hasSize(1);
        assertThat(records.get(0).value()).contains("\"declaredHukouAddress\"");
    }

    @Test
    void aKeyReusedForADifferentFormIsRefused() throws Exception {
        String key = "key-" + UUID.randomUUID();
        submit(parent("parent-b"), key, form("220602202103150039", "王一"), 201);

        JsonNode problem = submit(parent("parent-b"), key, form("220602202103150047", "王二"), 422);

        assertThat(problem.get("type").asString()).isEqualTo("urn:baishan:problem:idempotency-key-reused");
    }

    @Test
    void aChildHasOneActiveApplicationPerStageAndYearCityWide() throws Exception {
        submit(parent("parent-c"), "key-" + UUID.randomUUID(), form("220602202103150055", "李一"), 201);

        JsonNode problem =
                submit(parent("parent-d"), "key-" + UUID.randomUUID(), form("220602202103150055", "李一"), 409);

        assertThat(problem.get("type").asString()).isEqualTo("urn:baishan:problem:duplicate-application");
    }

    @Test
    void anotherFamilySeesNothingButTheOwnerAndItsDistrictDo() throws Exception {
        String id = submit(parent("owner"), "key-" + UUID.randomUUID(), form("220602202103150063", "周一"), 201)
                .get("id")
                .asString();

        http.perform(get("/api/registration/applications/" + id).with(parent("owner")))
                .andExpect(status().isOk());
        http.perform(get("/api/registration/applications/" + id).with(parent("stranger")))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        http.perform(get("/api/registration/applications/" + id).with(districtAdmin("220602")))
                .andExpect(status().isOk());
        http.perform(get("/api/registration/applications/" + id).with(districtAdmin("220681")))
                .andExpect(status().isNotFound());
        http.perform(get("/api/registration/applications/" + UUID.randomUUID()).with(parent("owner")))
                .andExpect(status().isNotFound());
    }

    @Test
    void aWrongCheckDigitIsA400NamingTheFieldAndNothingIsStored() throws Exception {
        long before =
                jdbc.sql("select count(*) from application").query(Long.class).single();

        JsonNode problem =
                submit(parent("parent-f"), "key-" + UUID.randomUUID(), form("220602202103150021", "钱一"), 400);

        assertThat(problem.get("type").asString()).isEqualTo("urn:baishan:problem:validation");
        assertThat(problem.get("errors").get(0).get("field").asString()).isEqualTo("child.idNumber");
        assertThat(problem.get("errors").get(0).get("rule").asString()).isEqualTo("check-digit");
        assertThat(problem.get("detail").asString()).contains("校验位");
        assertThat(jdbc.sql("select count(*) from application")
                        .query(Long.class)
                        .single())
                .isEqualTo(before);
    }

    @Test
    void anUnknownFieldIsRejectedByName() throws Exception {
        String body = form("220602202103150071", "孙一").replace("\"stage\"", "\"preschoolHistory\":\"某幼儿园\",\"stage\"");

        JsonNode problem = submit(parent("parent-g"), "key-" + UUID.randomUUID(), body, 400);

        assertThat(problem.get("errors").get(0).get("field").asString()).isEqualTo("preschoolHistory");
        assertThat(problem.get("errors").get(0).get("rule").asString()).isEqualTo("unknown-field");
    }

    @Test
    void aMissingIdempotencyKeyIsA400NamingTheHeader() throws Exception {
        http.perform(post("/api/registration/applications")
                        .with(parent("parent-h"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(form("220602202103150080", "吴一")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("Idempotency-Key"));
    }

    @Test
    void anAnonymousCallIs401ProblemJson() throws Exception {
        http.perform(get("/api/registration/applications"))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value("urn:baishan:problem:unauthenticated"));
    }

    @Test
    void idNumbersAreStoredEncrypted() throws Exception {
        submit(parent("parent-i"), "key-" + UUID.randomUUID(), form("220602202103150098", "郑一"), 201);

        String stored = jdbc.sql(
                        "select child_id_cipher || ' ' || child_id_index from application where owner_id = 'parent-i'")
                .query(String.class)
                .single();

        assertThat(stored).doesNotContain("220602202103150098").startsWith("v1:");
    }

    @Test
    void verificationEventsMoveTheApplicationAndARedeliveryChangesNothing() throws Exception {
        String id = submit(parent("parent-j"), "key-" + UUID.randomUUID(), form("220602202103150100", "冯一"), 201)
                .get("id")
                .asString();
        UUID applicationId = UUID.fromString(id);
        var started = new VerificationStarted(
                UUID.randomUUID(), Instant.now(), VerificationStarted.VERSION, applicationId, UUID.randomUUID());
        var completed = new VerificationCompleted(
                UUID.randomUUID(),
                Instant.now(),
                VerificationCompleted.VERSION,
                applicationId,
                started.verificationId(),
                VerificationCompleted.VERIFIED,
                "HUKOU_ONLY",
                List.of(new VerificationCompleted.Check("HOUSEHOLD_REGISTRATION", "MATCH", "户籍地址一致")),
                List.of(),
                "220602-P-01",
                List.of("220602001"),
                List.of(VerificationCompleted.FLAG_WARNING_PERIOD_ARRIVAL));

        send(started.aggregateId(), VerificationStarted.TYPE, started.eventId(), json.writeValueAsString(started));
        send(
                completed.aggregateId(),
                VerificationCompleted.TYPE,
                completed.eventId(),
                json.writeValueAsString(completed));
        send(
                completed.aggregateId(),
                VerificationCompleted.TYPE,
                completed.eventId(),
                json.writeValueAsString(completed));

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> http.perform(
                        get("/api/registration/applications/" + id).with(parent("parent-j")))
                .andExpect(jsonPath("$.status").value("VERIFIED"))
                .andExpect(jsonPath("$.category").value("HUKOU_ONLY"))
                .andExpect(jsonPath("$.zoneCode").value("220602-P-01"))
                .andExpect(jsonPath("$.flags[0]").value("WARNING_PERIOD_ARRIVAL")));
        // the duplicate is skipped: exactly one VERIFIED step on the timeline
        Thread.sleep(1000);
        http.perform(get("/api/registration/applications/" + id).with(parent("parent-j")))
                .andExpect(jsonPath("$.timeline.length()").value(3))
                .andExpect(jsonPath("$.timeline[2].status").value("VERIFIED"));
    }

    @Test
    void aMalformedEventGoesToTheDeadLetterTopic() throws Exception {
        String poisonKey = UUID.randomUUID().toString();
        send(poisonKey, VerificationCompleted.TYPE, UUID.randomUUID(), "{not json");

        var dead = KafkaProbe.recordsWithKey(broker.getBrokersAsString(), DLT, poisonKey, 1, Duration.ofSeconds(20));

        assertThat(dead).hasSize(1);
    }

    private void send(String key, String type, UUID eventId, String payload) throws Exception {
        var record = new ProducerRecord<>(Topics.VERIFICATION_VERIFICATIONS, key, payload);
        record.headers().add(EventHeaders.EVENT_TYPE, type.getBytes(StandardCharsets.UTF_8));
        record.headers().add(EventHeaders.EVENT_ID, eventId.toString().getBytes(StandardCharsets.UTF_8));
        kafka.send(record).get();
    }
}
