package cn.baishan.enrollment.registration.transparency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.jwt;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.baishan.enrollment.events.IntegrationEvent;
import cn.baishan.enrollment.events.Topics;
import cn.baishan.enrollment.events.registration.RecordDisputed;
import cn.baishan.enrollment.events.verification.PartnerQueryRecorded;
import cn.baishan.enrollment.events.verification.VerificationCompleted;
import cn.baishan.enrollment.events.verification.VerificationReopened;
import cn.baishan.enrollment.events.verification.VerificationStarted;
import cn.baishan.enrollment.outbox.EventHeaders;
import cn.baishan.enrollment.platform.security.KeycloakTokenConverter;
import cn.baishan.enrollment.testing.KafkaProbe;
import cn.baishan.enrollment.testing.TestPostgres;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
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
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The family's inbox and its view of the departments' answers, as a whole: HTTP with Keycloak-shaped
 * JWTs, PostgreSQL, and events through a real (embedded, KRaft) Kafka broker — verification events
 * and partner queries are published here the way verification-service publishes them.
 */
@SpringBootTest
@AutoConfigureMockMvc
@EmbeddedKafka(
        partitions = 1,
        topics = {
            Topics.REGISTRATION_APPLICATIONS,
            Topics.VERIFICATION_VERIFICATIONS,
            Topics.VERIFICATION_PARTNER_QUERIES
        })
class FamilyInboxAndTransparencyIntegrationTest {

    static final String HUKOU = "吉林省白山市浑江区红旗街道东兴社区春城小区3栋2单元101号";
    static final Pattern FULL_RESIDENT_ID = Pattern.compile("(?<![0-9])[0-9]{17}[0-9Xx](?![0-9])");
    static final Duration WAIT = Duration.ofSeconds(20);

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

    // --- callers, shaped like Keycloak's tokens

    static RequestPostProcessor parent(String subject) {
        return staff(subject, null, "PARENT");
    }

    static RequestPostProcessor districtAdmin(String district) {
        return staff("admin-" + district, district, "DISTRICT_ADMIN");
    }

    static RequestPostProcessor staff(String subject, String district, String role) {
        var token = Jwt.withTokenValue("t")
                .header("alg", "none")
                .subject(subject)
                .claim("preferred_username", subject)
                .claim("realm_access", Map.of("roles", List.of(role)));
        if (district != null) {
            token.claim("district", district);
        }
        Jwt built = token.build();
        return jwt().jwt(built)
                .authorities(new KeycloakTokenConverter().convert(built).getAuthorities());
    }

    // --- fixtures

    static String form(String childId, String childName) {
        return """
                {"districtCode":"220602","enrollmentYear":2027,"stage":"PRIMARY_GRADE_1",
                 "child":{"name":"%s","idType":"RESIDENT_ID","idNumber":"%s"},
                 "guardians":[{"name":"张伟","relation":"FATHER","idType":"RESIDENT_ID","idNumber":"220602198803120034","phone":"13800000000"}],
                 "hukouAddress":"%s"}
                """
                .formatted(childName, childId, HUKOU);
    }

    UUID submit(String owner, String childId, String childName) throws Exception {
        var result = http.perform(post("/api/registration/applications")
                        .with(parent(owner))
                        .header("Idempotency-Key", "key-" + UUID.randomUUID())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(form(childId, childName)))
                .andExpect(status().isCreated())
                .andReturn();
        return UUID.fromString(read(result.getResponse().getContentAsString(StandardCharsets.UTF_8))
                .get("id")
                .asString());
    }

    static VerificationStarted started(UUID applicationId) {
        return new VerificationStarted(
                UUID.randomUUID(), Instant.now(), VerificationStarted.VERSION, applicationId, UUID.randomUUID());
    }

    static VerificationCompleted verified(UUID applicationId) {
        return new VerificationCompleted(
                UUID.randomUUID(),
                Instant.now().plusSeconds(1),
                VerificationCompleted.VERSION,
                applicationId,
                UUID.randomUUID(),
                VerificationCompleted.VERIFIED,
                "HUKOU_AND_PROPERTY",
                List.of(new VerificationCompleted.Check("HOUSEHOLD_REGISTRATION", "MATCH", "户籍地址一致")),
                List.of(),
                "220602-P-01",
                List.of("220602001"),
                List.of());
    }

    static PartnerQueryRecorded query(UUID applicationId, long sequence, String department, String answer) {
        return new PartnerQueryRecorded(
                UUID.randomUUID(),
                Instant.now(),
                PartnerQueryRecorded.VERSION,
                applicationId,
                UUID.randomUUID(),
                sequence,
                department,
                "核验入学申请的户籍信息",
                "CHILD",
                "2206**********0020",
                "ANSWERED",
                answer,
                Instant.now().minusSeconds(60 - sequence).truncatedTo(ChronoUnit.MILLIS));
    }

    void publish(String topic, IntegrationEvent event) throws Exception {
        send(topic, event.aggregateId(), event.eventType(), event.eventId(), json.writeValueAsString(event));
    }

    void send(String topic, String key, String type, UUID eventId, String payload) throws Exception {
        var record = new ProducerRecord<>(topic, key, payload);
        record.headers().add(EventHeaders.EVENT_TYPE, type.getBytes(StandardCharsets.UTF_8));
        record.headers().add(EventHeaders.EVENT_ID, eventId.toString().getBytes(StandardCharsets.UTF_8));
        kafka.send(record).get();
    }

    JsonNode getJson(String path, RequestPostProcessor who) throws Exception {
        var result =
                http.perform(get(path).with(who)).andExpect(status().isOk()).andReturn();
        return read(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
    }

    JsonNode read(String body) {
        return json.readTree(body);
    }

    JsonNode inbox(String owner) throws Exception {
        return getJson("/api/registration/notifications", parent(owner));
    }

    long notifications(UUID applicationId, String kind) {
        return jdbc.sql("select count(*) from notification where application_id = :id and kind = :kind")
                .param("id", applicationId)
                .param("kind", kind)
                .query(Long.class)
                .single();
    }

    UUID recordedQuery(UUID applicationId, String department) throws Exception {
        var event = query(applicationId, 1, department, "户籍地址与申报一致");
        publish(Topics.VERIFICATION_PARTNER_QUERIES, event);
        await().atMost(WAIT)
                .until(() -> jdbc.sql("select count(*) from department_query where query_id = :q")
                                .param("q", event.queryId())
                                .query(Long.class)
                                .single()
                        == 1);
        return event.queryId();
    }

    // --- the inbox

    @Test
    void theOwnerReadsOneNotificationPerStepInPlainChineseNewestFirst() throws Exception {
        UUID id = submit("inbox-a", "220602202103150020", "张子涵");
        publish(Topics.VERIFICATION_VERIFICATIONS, started(id));
        publish(Topics.VERIFICATION_VERIFICATIONS, verified(id));

        await().atMost(WAIT)
                .untilAsserted(() ->
                        assertThat(inbox("inbox-a").get("totalItems").asLong()).isEqualTo(3));

        JsonNode page = inbox("inbox-a");
        JsonNode newest = page.get("items").get(0);
        assertThat(newest.get("kind").asString()).isEqualTo("VERIFIED");
        assertThat(newest.get("title").asString()).isEqualTo("核验通过");
        assertThat(newest.get("body").asString()).contains("户房一致").contains("220602-P-01");
        assertThat(newest.get("read").asBoolean()).isFalse();
        assertThat(page.get("items").get(1).get("title").asString()).isEqualTo("正在核验");
        assertThat(page.get("items").get(2).get("title").asString()).isEqualTo("提交成功");
        assertThat(page.get("items").get(2).get("body").asString())
                .contains("张子涵")
                .contains("小学一年级");
        assertThat(page.toString()).doesNotContain("220602202103150020");

        JsonNode firstOfTwo = getJson("/api/registration/notifications?size=2&page=1", parent("inbox-a"));
        assertThat(firstOfTwo.get("items")).hasSize(1);
        assertThat(firstOfTwo.get("totalPages").asInt()).isEqualTo(2);
        assertThat(firstOfTwo.get("items").get(0).get("kind").asString()).isEqualTo("SUBMITTED");
        assertThat(getJson("/api/registration/notifications/unread-count", parent("inbox-a"))
                        .get("unread")
                        .asLong())
                .isEqualTo(3);
    }

    @Test
    void readingANotificationMarksItReadAndAnotherFamilyGetsNotFound() throws Exception {
        UUID id = submit("inbox-b", "220602202103150039", "王一");
        publish(Topics.VERIFICATION_VERIFICATIONS, started(id));
        await().atMost(WAIT)
                .untilAsserted(() ->
                        assertThat(inbox("inbox-b").get("totalItems").asLong()).isEqualTo(2));
        String notificationId = inbox("inbox-b").get("items").get(0).get("id").asString();

        http.perform(post("/api/registration/notifications/" + notificationId + "/read")
                        .with(parent("stranger-b")))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value("urn:baishan:problem:notification-not-found"));
        http.perform(post("/api/registration/notifications/" + notificationId + "/read")
                        .with(parent("inbox-b")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.read").value(true));

        assertThat(getJson("/api/registration/notifications/unread-count", parent("inbox-b"))
                        .get("unread")
                        .asLong())
                .isEqualTo(1);
        JsonNode unread = getJson("/api/registration/notifications?unreadOnly=true", parent("inbox-b"));
        assertThat(unread.get("totalItems").asLong()).isEqualTo(1);
        assertThat(unread.get("items").get(0).get("id").asString()).isNotEqualTo(notificationId);
        assertThat(inbox("stranger-b").get("totalItems").asLong()).isZero();
        http.perform(get("/api/registration/notifications?size=0").with(parent("inbox-b")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("size"));
        http.perform(get("/api/registration/notifications?unreadOnly=perhaps").with(parent("inbox-b")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("unreadOnly"));
        http.perform(post("/api/registration/notifications/" + UUID.randomUUID() + "/read")
                        .with(parent("inbox-b")))
                .andExpect(status().isNotFound());
    }

    @Test
    void aRedeliveredEventCreatesNoSecondNotification() throws Exception {
        UUID id = submit("inbox-c", "220602202103150047", "李一");
        var started = started(id);
        var reopened = new VerificationReopened(
                UUID.randomUUID(),
                Instant.now().plusSeconds(2),
                VerificationReopened.VERSION,
                id,
                started.verificationId(),
                VerificationReopened.TRIGGER_CHANGE_NOTICE,
                "HOUSEHOLD_REGISTRATION",
                "公安机关通知户籍已迁出");
        publish(Topics.VERIFICATION_VERIFICATIONS, started);
        publish(Topics.VERIFICATION_VERIFICATIONS, started);
        publish(Topics.VERIFICATION_VERIFICATIONS, reopened);
        publish(Topics.VERIFICATION_VERIFICATIONS, reopened);

        await().atMost(WAIT).until(() -> notifications(id, "VERIFICATION_REOPENED") >= 1);
        Thread.sleep(1000);
        assertThat(notifications(id, "VERIFYING")).isEqualTo(1);
        assertThat(notifications(id, "VERIFICATION_REOPENED")).isEqualTo(1);
        assertThat(notifications(id, "SUBMITTED")).isEqualTo(1);
        assertThat(inbox("inbox-c").get("items").get(0).get("body").asString()).contains("公安机关通知户籍已迁出");
    }

    @Test
    void aStepThatArrivesBeforeTheApplicationIsVisibleIsKeptAndShownOnceItIs() throws Exception {
        UUID id = submit("inbox-d", "220602202103150055", "周一");
        await().atMost(WAIT).until(() -> notifications(id, "SUBMITTED") == 1);
        // take the application's rows away, as if its insert had not committed yet ...
        for (String table : List.of("application", "application_guardian", "application_timeline")) {
            String column = table.equals("application") ? "id" : "application_id";
            jdbc.sql("create table hidden_" + table + " as select * from " + table + " where " + column + " = :id")
                    .param("id", id)
                    .update();
        }
        jdbc.sql("delete from application where id = :id").param("id", id).update();
        assertThat(inbox("inbox-d").get("totalItems").asLong()).isZero();

        publish(Topics.VERIFICATION_VERIFICATIONS, started(id));
        await().atMost(WAIT).until(() -> notifications(id, "VERIFYING") == 1);
        assertThat(KafkaProbe.recordsWithKey(
                        broker.getBrokersAsString(),
                        Topics.VERIFICATION_VERIFICATIONS + ".registration-notifications-dlt",
                        id.toString(),
                        1,
                        Duration.ofSeconds(2)))
                .isEmpty();

        // ... then the insert "commits": the owner sees the step that came first
        for (String table : List.of("application", "application_guardian", "application_timeline")) {
            jdbc.sql("insert into " + table + " select * from hidden_" + table).update();
        }
        JsonNode inbox = inbox("inbox-d");
        assertThat(inbox.get("totalItems").asLong()).isEqualTo(2);
        assertThat(inbox.get("items").get(0).get("kind").asString()).isEqualTo("VERIFYING");
    }

    @Test
    void notificationsFollowTheApplicationToItsCurrentOwner() throws Exception {
        UUID id = submit("collector-owned", "220602202103150063", "吴一");
        await().atMost(WAIT).until(() -> notifications(id, "SUBMITTED") == 1);
        assertThat(inbox("collector-owned").get("totalItems").asLong()).isEqualTo(1);

        // a parent claims the application (ownership moves; the inbox reads it at read time)
        jdbc.sql("update application set owner_id = 'claiming-parent' where id = :id")
                .param("id", id)
                .update();

        assertThat(inbox("claiming-parent").get("totalItems").asLong()).isEqualTo(1);
        assertThat(inbox("collector-owned").get("totalItems").asLong()).isZero();
    }

    @Test
    void aMalformedStepGoesToTheInboxDeadLetterTopic() throws Exception {
        String poisonKey = UUID.randomUUID().toString();
        send(Topics.VERIFICATION_VERIFICATIONS, poisonKey, VerificationStarted.TYPE, UUID.randomUUID(), "{not json");

        var dead = KafkaProbe.recordsWithKey(
                broker.getBrokersAsString(),
                Topics.VERIFICATION_VERIFICATIONS + ".registration-notifications-dlt",
                poisonKey,
                1,
                WAIT);

        assertThat(dead).hasSize(1);
    }

    // --- what the departments were asked

    @Test
    void theFamilyAndStaffInScopeSeeEveryDepartmentQueryMasked() throws Exception {
        UUID id = submit("family-q", "220602202103150071", "孙一");
        publish(Topics.VERIFICATION_PARTNER_QUERIES, query(id, 1, "HOUSEHOLD_REGISTRATION", "户籍地址与申报一致"));
        // an answer carrying a full ID number (a producer bug) is still shown masked
        publish(
                Topics.VERIFICATION_PARTNER_QUERIES,
                query(id, 2, "REAL_ESTATE", "监护人220602198803120034名下有住宅一套，登记日期2020年"));

        await().atMost(WAIT).untilAsserted(() -> assertThat(
                        getJson("/api/registration/applications/" + id + "/queries", parent("family-q")))
                .hasSize(2));

        JsonNode queries = getJson("/api/registration/applications/" + id + "/queries", parent("family-q"));
        assertThat(queries.get(0).get("department").asString()).isEqualTo("HOUSEHOLD_REGISTRATION");
        assertThat(queries.get(0).get("departmentName").asString()).isEqualTo("公安机关（户籍）");
        assertThat(queries.get(0).get("purpose").asString()).isEqualTo("核验入学申请的户籍信息");
        assertThat(queries.get(0).get("subjectRoleLabel").asString()).isEqualTo("儿童");
        assertThat(queries.get(0).get("subjectMasked").asString()).isEqualTo("2206**********0020");
        assertThat(queries.get(0).get("outcomeLabel").asString()).isEqualTo("已答复");
        assertThat(queries.get(1).get("departmentName").asString()).isEqualTo("自然资源部门（不动产登记）");
        assertThat(queries.get(1).get("answerSummary").asString()).contains("2206**********0034");
        assertThat(queries.get(0).get("queriedAt").asString()).isNotBlank();
        assertThat(FULL_RESIDENT_ID.matcher(queries.toString()).find()).isFalse();

        getJson("/api/registration/applications/" + id + "/queries", districtAdmin("220602"));
        getJson("/api/registration/applications/" + id + "/queries", staff("inspector1", null, "INSPECTOR"));
        getJson("/api/registration/applications/" + id + "/queries", staff("city-admin", null, "CITY_ADMIN"));
        http.perform(get("/api/registration/applications/" + id + "/queries").with(parent("another-family")))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        http.perform(get("/api/registration/applications/" + id + "/queries").with(districtAdmin("220681")))
                .andExpect(status().isNotFound());
    }

    @Test
    void aMalformedPartnerQueryGoesToItsDeadLetterTopicAndNothingIsStored() throws Exception {
        String poisonKey = UUID.randomUUID().toString();
        send(
                Topics.VERIFICATION_PARTNER_QUERIES,
                poisonKey,
                PartnerQueryRecorded.TYPE,
                UUID.randomUUID(),
                "{\"queryId\":\"not-a-uuid\"");

        var dead = KafkaProbe.recordsWithKey(
                broker.getBrokersAsString(), Topics.VERIFICATION_PARTNER_QUERIES + "-dlt", poisonKey, 1, WAIT);

        assertThat(dead).hasSize(1);
    }

    // --- disputes

    @Test
    void aDisputeIsStoredPublishedToDistrictStaffAndConfirmedInTheInbox() throws Exception {
        UUID id = submit("family-d", "220602202103150119", "郑一");
        UUID queryId = recordedQuery(id, "HOUSEHOLD_REGISTRATION");

        var created = http.perform(post("/api/registration/applications/" + id + "/disputes")
                        .with(parent("family-d"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"queryId\":\"%s\",\"statement\":\"孩子户籍已于2024年迁入春城小区，答复有误\"}".formatted(queryId)))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.queryId").value(queryId.toString()))
                .andExpect(jsonPath("$.department").value("HOUSEHOLD_REGISTRATION"))
                .andExpect(jsonPath("$.status").value("SUBMITTED"))
                .andExpect(jsonPath("$.disputedQuery.queryId").value(queryId.toString()))
                .andExpect(jsonPath("$.disputedQuery.answerSummary").value("户籍地址与申报一致"))
                .andReturn();
        String disputeId = read(created.getResponse().getContentAsString(StandardCharsets.UTF_8))
                .get("id")
                .asString();

        JsonNode disputes = getJson("/api/registration/applications/" + id + "/disputes", parent("family-d"));
        assertThat(disputes).hasSize(1);
        assertThat(disputes.get(0).get("statement").asString()).contains("答复有误");
        assertThat(FULL_RESIDENT_ID.matcher(disputes.toString()).find()).isFalse();
        JsonNode forStaff = getJson("/api/registration/applications/" + id + "/disputes", districtAdmin("220602"));
        assertThat(forStaff.get(0).get("disputedQuery").get("departmentName").asString())
                .isEqualTo("公安机关（户籍）");
        http.perform(get("/api/registration/applications/" + id + "/disputes").with(parent("another-family")))
                .andExpect(status().isNotFound());

        var records = KafkaProbe.recordsWithKey(
                broker.getBrokersAsString(), Topics.REGISTRATION_APPLICATIONS, id.toString(), 2, WAIT);
        var disputed = records.stream()
                .filter(r -> RecordDisputed.TYPE.equals(new String(
                        r.headers().lastHeader(EventHeaders.EVENT_TYPE).value(), StandardCharsets.UTF_8)))
                .toList();
        assertThat(disputed).hasSize(1);
        JsonNode event = read(disputed.get(0).value());
        assertThat(event.get("disputeId").asString()).isEqualTo(disputeId);
        assertThat(event.get("queryId").asString()).isEqualTo(queryId.toString());
        assertThat(event.get("department").asString()).isEqualTo("HOUSEHOLD_REGISTRATION");

        JsonNode confirmation = inbox("family-d").get("items").get(0);
        assertThat(confirmation.get("kind").asString()).isEqualTo("DISPUTE_FILED");
        assertThat(confirmation.get("body").asString()).contains("异议已提交，区县教育局将核实");
    }

    @Test
    void onlyTheOwnerDisputesAndOnlyARecordedQueryOfThatApplication() throws Exception {
        UUID id = submit("family-e", "220602202103150098", "冯一");
        UUID otherId = submit("family-f", "220602202103150100", "陈一");
        UUID queryId = recordedQuery(id, "SOCIAL_INSURANCE");
        UUID otherQueryId = recordedQuery(otherId, "SOCIAL_INSURANCE");
        String good = "{\"queryId\":\"%s\",\"statement\":\"社保缴费记录不完整，应为连续24个月\"}";

        dispute(id, parent("family-f"), good.formatted(queryId))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.type").value("urn:baishan:problem:application-not-found"));
        dispute(id, districtAdmin("220602"), good.formatted(queryId)).andExpect(status().isNotFound());
        dispute(id, parent("family-e"), good.formatted(otherQueryId))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("queryId"))
                .andExpect(jsonPath("$.errors[0].rule").value("unknown-query"));
        dispute(id, parent("family-e"), good.formatted(UUID.randomUUID()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("queryId"));
        dispute(id, parent("family-e"), "{\"queryId\":\"%s\",\"statement\":\"有误\"}".formatted(queryId))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("statement"));
        dispute(id, parent("family-e"), "{\"statement\":\"社保缴费记录不完整\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("queryId"));
        dispute(id, parent("family-e"), "{\"queryId\":\"not-a-uuid\",\"statement\":\"社保缴费记录不完整\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("queryId"));

        assertThat(jdbc.sql("select count(*) from record_dispute where application_id = :id")
                        .param("id", id)
                        .query(Long.class)
                        .single())
                .isZero();
        assertThat(notifications(id, "DISPUTE_FILED")).isZero();
    }

    ResultActions dispute(UUID id, RequestPostProcessor who, String body) throws Exception {
        return http.perform(post("/api/registration/applications/" + id + "/disputes")
                .with(who)
                .contentType(MediaType.APPLICATION_JSON)
                .content(body));
    }
}
