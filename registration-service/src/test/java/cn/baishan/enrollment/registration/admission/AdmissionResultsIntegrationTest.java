package cn.baishan.enrollment.registration.admission;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.jwt;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.baishan.enrollment.events.IntegrationEvent;
import cn.baishan.enrollment.events.Topics;
import cn.baishan.enrollment.events.admission.AdmissionNoticeIssued;
import cn.baishan.enrollment.events.admission.AppealDecided;
import cn.baishan.enrollment.events.registration.AppealFiled;
import cn.baishan.enrollment.outbox.EventHeaders;
import cn.baishan.enrollment.platform.security.KeycloakTokenConverter;
import cn.baishan.enrollment.testing.KafkaProbe;
import cn.baishan.enrollment.testing.TestPostgres;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
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
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The parent's side of the admission result, as a whole: admission-service's events through a real
 * (embedded, KRaft) Kafka broker, PostgreSQL, and HTTP with Keycloak-shaped JWTs — the notice in the
 * inbox and on the application, the appeal out to admission as {@code AppealFiled}, its decision back.
 */
@SpringBootTest
@AutoConfigureMockMvc
@EmbeddedKafka(
        partitions = 1,
        topics = {Topics.REGISTRATION_APPLICATIONS, Topics.VERIFICATION_VERIFICATIONS, Topics.ADMISSION_RESULTS})
class AdmissionResultsIntegrationTest {

    static final String HUKOU = "吉林省白山市浑江区红旗街道东兴社区春城小区3栋2单元101号";
    static final Duration WAIT = Duration.ofSeconds(20);
    static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

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
        return caller(subject, null, "PARENT");
    }

    static RequestPostProcessor districtAdmin(String district) {
        return caller("admin-" + district, district, "DISTRICT_ADMIN");
    }

    static RequestPostProcessor caller(String subject, String district, String role) {
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

    UUID submit(String owner, String childId, String childName) throws Exception {
        String form =
                """
                {"districtCode":"220602","enrollmentYear":2027,"stage":"PRIMARY_GRADE_1",
                 "child":{"name":"%s","idType":"RESIDENT_ID","idNumber":"%s"},
                 "guardians":[{"name":"张伟","relation":"FATHER","idType":"RESIDENT_ID","idNumber":"220602198803120034","phone":"13800000000"}],
                 "hukouAddress":"%s"}
                """
                        .formatted(childName, childId, HUKOU);
        var result = http.perform(post("/api/registration/applications")
                        .with(parent(owner))
                        .header("Idempotency-Key", "key-" + UUID.randomUUID())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(form))
                .andExpect(status().isCreated())
                .andReturn();
        return UUID.fromString(body(result).get("id").asString());
    }

    static LocalDate todayInChina() {
        return LocalDate.now(CHINA);
    }

    static AdmissionNoticeIssued notice(UUID applicationId, LocalDate deadline) {
        return notice(applicationId, Instant.now(), "220602001", "白山市第一实验小学", "IN_ZONE", deadline, null);
    }

    static AdmissionNoticeIssued notice(
            UUID applicationId,
            Instant at,
            String schoolCode,
            String schoolName,
            String route,
            LocalDate deadline,
            UUID appealId) {
        return new AdmissionNoticeIssued(
                UUID.randomUUID(),
                at,
                AdmissionNoticeIssued.VERSION,
                applicationId,
                UUID.randomUUID(),
                "220602",
                2027,
                "PRIMARY",
                "P2027-3F9A2C1B7D4E",
                "ADMITTED",
                schoolCode,
                schoolName,
                route,
                new AdmissionNoticeIssued.Explanation(
                        1,
                        "户房一致",
                        "00a1b2c3d4e5f607",
                        12,
                        List.of(
                                new AdmissionNoticeIssued.Considered("220602002", "IN_ZONE", false, 1, 9),
                                new AdmissionNoticeIssued.Considered(schoolCode, "IN_ZONE", true, null, null)),
                        "第一志愿学校已满（录取至第1顺位摇号序号9），按志愿顺序录取"),
                deadline,
                appealId);
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

    JsonNode body(MvcResult result) throws Exception {
        return json.readTree(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
    }

    JsonNode getJson(String path, RequestPostProcessor who) throws Exception {
        return body(http.perform(get(path).with(who)).andExpect(status().isOk()).andReturn());
    }

    ResultActions appeal(UUID id, RequestPostProcessor who, String body) throws Exception {
        return http.perform(post("/api/registration/applications/" + id + "/appeals")
                .with(who)
                .contentType(MediaType.APPLICATION_JSON)
                .content(body));
    }

    long count(String sql, UUID id) {
        return jdbc.sql(sql).param("id", id).query(Long.class).single();
    }

    long notifications(UUID applicationId, String kind) {
        return jdbc.sql("select count(*) from notification where application_id = :id and kind = :kind")
                .param("id", applicationId)
                .param("kind", kind)
                .query(Long.class)
                .single();
    }

    void awaitNotice(UUID noticeId) {
        await().atMost(WAIT).until(() -> count("select count(*) from admission_notice where id = :id", noticeId) == 1);
    }

    static String admission(UUID id) {
        return "/api/registration/applications/" + id + "/admission";
    }

    // --- the notice

    @Test
    void aPublishedNoticeReachesTheInboxAndTheApplicationWithItsWholeExplanation() throws Exception {
        UUID id = submit("adm-a", "220602202103150020", "张子涵");
        LocalDate deadline = todayInChina().plusDays(7);
        var event = notice(id, deadline);
        publish(Topics.ADMISSION_RESULTS, event);
        publish(Topics.ADMISSION_RESULTS, event);

        await().atMost(WAIT).until(() -> notifications(id, "ADMISSION_NOTICE") == 1);
        JsonNode result = getJson(admission(id), parent("adm-a"));

        assertThat(result.get("noticeId").asString()).isEqualTo(event.eventId().toString());
        assertThat(result.get("runId").asString()).isEqualTo(event.runId().toString());
        assertThat(result.get("outcome").asString()).isEqualTo("ADMITTED");
        assertThat(result.get("outcomeLabel").asString()).isEqualTo("已录取");
        assertThat(result.get("schoolCode").asString()).isEqualTo("220602001");
        assertThat(result.get("schoolName").asString()).isEqualTo("白山市第一实验小学");
        assertThat(result.get("route").asString()).isEqualTo("IN_ZONE");
        assertThat(result.get("routeLabel").asString()).isEqualTo("学区内派位");
        assertThat(result.get("publicId").asString()).isEqualTo("P2027-3F9A2C1B7D4E");
        assertThat(result.get("appealDeadline").asString()).isEqualTo(deadline.toString());
        assertThat(result.get("appealOpen").asBoolean()).isTrue();
        assertThat(result.get("appeal").isNull()).isTrue();
        JsonNode why = result.get("explanation");
        assertThat(why.get("tierRank").asInt()).isEqualTo(1);
        assertThat(why.get("tierName").asString()).isEqualTo("户房一致");
        assertThat(why.get("lotteryNumber").asString()).isEqualTo("00a1b2c3d4e5f607");
        assertThat(why.get("lotteryRank").asInt()).isEqualTo(12);
        assertThat(why.get("reason").asString()).contains("按志愿顺序录取");
        assertThat(why.get("considered")).hasSize(2);
        assertThat(why.get("considered").get(0).get("schoolCode").asString()).isEqualTo("220602002");
        assertThat(why.get("considered").get(0).get("admitted").asBoolean()).isFalse();
        assertThat(why.get("considered").get(0).get("cutoffLotteryRank").asInt())
                .isEqualTo(9);
        assertThat(why.get("considered").get(1).get("cutoffTierRank").isNull()).isTrue();

        JsonNode newest = getJson("/api/registration/notifications", parent("adm-a"))
                .get("items")
                .get(0);
        assertThat(newest.get("kind").asString()).isEqualTo("ADMISSION_NOTICE");
        assertThat(newest.get("title").asString()).isEqualTo("录取通知：白山市第一实验小学");
        assertThat(newest.get("body").asString()).contains("P2027-3F9A2C1B7D4E").contains("前提出申诉");

        // staff in the application's scope read it too
        getJson(admission(id), districtAdmin("220602"));
        getJson(admission(id), caller("inspector1", null, "INSPECTOR"));
        getJson(admission(id), caller("city-admin", null, "CITY_ADMIN"));
    }

    @Test
    void beforeANoticeTheResultIsNotPublishedAndThereIsNothingToAppeal() throws Exception {
        UUID id = submit("adm-b", "220602202103150039", "王一");

        http.perform(get(admission(id)).with(parent("adm-b")))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value("urn:baishan:problem:admission-not-published"))
                .andExpect(jsonPath("$.detail").value("该申请的录取结果尚未公布，请留意通知。"));
        appeal(id, parent("adm-b"), "{\"statement\":\"分配结果有误\"}")
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.type").value("urn:baishan:problem:admission-not-published"));
    }

    @Test
    void aNoticeForAnApplicationNotVisibleYetIsKeptNotDeadLettered() throws Exception {
        UUID unknown = UUID.randomUUID();
        var event = notice(unknown, todayInChina().plusDays(7));

        publish(Topics.ADMISSION_RESULTS, event);

        awaitNotice(event.eventId());
        assertThat(notifications(unknown, "ADMISSION_NOTICE")).isEqualTo(1);
        assertThat(KafkaProbe.recordsWithKey(
                        broker.getBrokersAsString(),
                        Topics.ADMISSION_RESULTS + "-dlt",
                        unknown.toString(),
                        1,
                        Duration.ofSeconds(2)))
                .isEmpty();
    }

    @Test
    void aMalformedResultGoesToTheDeadLetterTopic() throws Exception {
        String poisonKey = UUID.randomUUID().toString();
        send(Topics.ADMISSION_RESULTS, poisonKey, AdmissionNoticeIssued.TYPE, UUID.randomUUID(), "{\"runId\":3");

        assertThat(KafkaProbe.recordsWithKey(
                        broker.getBrokersAsString(), Topics.ADMISSION_RESULTS + "-dlt", poisonKey, 1, WAIT))
                .hasSize(1);
    }

    // --- the appeal

    @Test
    void theOwnerAppealsAdmissionGetsAppealFiledAndTheDecisionComesBackToTheInbox() throws Exception {
        UUID id = submit("adm-c", "220602202103150047", "李一");
        var issued = notice(id, todayInChina().plusDays(7));
        publish(Topics.ADMISSION_RESULTS, issued);
        awaitNotice(issued.eventId());

        var created = appeal(id, parent("adm-c"), "{\"statement\":\"户籍在学区内，第一志愿学校应优先录取\"}")
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", admission(id)))
                .andExpect(jsonPath("$.status").value("SUBMITTED"))
                .andExpect(jsonPath("$.noticeId").value(issued.eventId().toString()))
                .andReturn();
        String appealId = body(created).get("id").asString();
        appeal(id, parent("adm-c"), "{\"statement\":\"再次申诉\"}")
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.type").value("urn:baishan:problem:appeal-exists"));

        JsonNode confirmation = getJson("/api/registration/notifications", parent("adm-c"))
                .get("items")
                .get(0);
        assertThat(confirmation.get("kind").asString()).isEqualTo("APPEAL_FILED");
        assertThat(confirmation.get("title").asString()).isEqualTo("申诉已提交");
        assertThat(confirmation.get("body").asString()).contains("户籍在学区内，第一志愿学校应优先录取");

        JsonNode pending = getJson(admission(id), parent("adm-c"));
        assertThat(pending.get("appeal").get("id").asString()).isEqualTo(appealId);
        assertThat(pending.get("appeal").get("status").asString()).isEqualTo("SUBMITTED");
        assertThat(pending.get("appealOpen").asBoolean()).isFalse();

        var filed = KafkaProbe.recordsWithKey(
                        broker.getBrokersAsString(), Topics.REGISTRATION_APPLICATIONS, id.toString(), 2, WAIT)
                .stream()
                .filter(r -> AppealFiled.TYPE.equals(new String(
                        r.headers().lastHeader(EventHeaders.EVENT_TYPE).value(), StandardCharsets.UTF_8)))
                .toList();
        assertThat(filed).hasSize(1);
        JsonNode event = json.readTree(filed.get(0).value());
        assertThat(event.get("appealId").asString()).isEqualTo(appealId);
        assertThat(event.get("runId").asString()).isEqualTo(issued.runId().toString());
        assertThat(event.get("statement").asString()).isEqualTo("户籍在学区内，第一志愿学校应优先录取");

        // admission upholds it and moves the child: the decision, then the re-issued notice
        var decided = new AppealDecided(
                UUID.randomUUID(),
                Instant.now(),
                AppealDecided.VERSION,
                id,
                UUID.fromString(appealId),
                AppealDecided.UPHELD,
                "经核实，第一志愿学校学位核减有误",
                "220602002");
        var reissued = notice(
                id,
                Instant.now().plusSeconds(1),
                "220602002",
                "白山市第二实验小学",
                "APPEAL",
                todayInChina().plusDays(14),
                UUID.fromString(appealId));
        publish(Topics.ADMISSION_RESULTS, decided);
        publish(Topics.ADMISSION_RESULTS, decided);
        publish(Topics.ADMISSION_RESULTS, reissued);

        await().atMost(WAIT).until(() -> notifications(id, "ADMISSION_NOTICE") == 2);
        JsonNode after = getJson(admission(id), parent("adm-c"));
        assertThat(after.get("noticeId").asString())
                .isEqualTo(reissued.eventId().toString());
        assertThat(after.get("schoolName").asString()).isEqualTo("白山市第二实验小学");
        assertThat(after.get("route").asString()).isEqualTo("APPEAL");
        assertThat(after.get("appeal").get("id").asString()).isEqualTo(appealId);
        assertThat(after.get("appeal").get("status").asString()).isEqualTo("UPHELD");
        assertThat(after.get("appeal").get("decisionReason").asString()).isEqualTo("经核实，第一志愿学校学位核减有误");
        assertThat(count("select count(*) from admission_notice where application_id = :id", id))
                .isEqualTo(2);
        assertThat(notifications(id, "APPEAL_DECIDED")).isEqualTo(1);

        JsonNode items =
                getJson("/api/registration/notifications", parent("adm-c")).get("items");
        assertThat(items.get(0).get("title").asString()).isEqualTo("录取通知：白山市第二实验小学");
        assertThat(items.get(1).get("title").asString()).isEqualTo("申诉结果");
        assertThat(items.get(1).get("body").asString()).contains("申诉成立").contains("学位核减有误");
        assertThat(items.get(2).get("title").asString()).isEqualTo("申诉已提交");
        assertThat(notifications(id, "APPEAL_FILED")).isEqualTo(1);
    }

    @Test
    void aDismissedAppealIsShownWithItsReasonOnTheSameNotice() throws Exception {
        UUID id = submit("adm-d", "220602202103150055", "周一");
        var issued = notice(id, todayInChina().plusDays(7));
        publish(Topics.ADMISSION_RESULTS, issued);
        awaitNotice(issued.eventId());
        String appealId = body(appeal(id, parent("adm-d"), "{\"statement\":\"希望调整学校\"}")
                        .andExpect(status().isCreated())
                        .andReturn())
                .get("id")
                .asString();

        publish(
                Topics.ADMISSION_RESULTS,
                new AppealDecided(
                        UUID.randomUUID(),
                        Instant.now(),
                        AppealDecided.VERSION,
                        id,
                        UUID.fromString(appealId),
                        AppealDecided.DISMISSED,
                        "分配符合规则，无可调整学位",
                        null));

        await().atMost(WAIT).until(() -> notifications(id, "APPEAL_DECIDED") == 1);
        JsonNode result = getJson(admission(id), parent("adm-d"));
        assertThat(result.get("noticeId").asString()).isEqualTo(issued.eventId().toString());
        assertThat(result.get("appeal").get("status").asString()).isEqualTo("DISMISSED");
        assertThat(result.get("appeal").get("statusLabel").asString()).isEqualTo("申诉不成立，维持原结果");
        assertThat(result.get("appeal").get("decisionReason").asString()).isEqualTo("分配符合规则，无可调整学位");
        assertThat(result.get("appeal").get("decidedAt").asString()).isNotBlank();
    }

    @Test
    void afterTheDeadlineDayTheAppealIsRefusedAndNothingIsSent() throws Exception {
        UUID id = submit("adm-e", "220602202103150063", "吴一");
        var issued = notice(id, todayInChina().minusDays(1));
        publish(Topics.ADMISSION_RESULTS, issued);
        awaitNotice(issued.eventId());

        appeal(id, parent("adm-e"), "{\"statement\":\"分配结果有误\"}")
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value("urn:baishan:problem:appeal-window-closed"))
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("申诉期已于")));
        assertThat(getJson(admission(id), parent("adm-e")).get("appealOpen").asBoolean())
                .isFalse();
        assertThat(count("select count(*) from admission_appeal where application_id = :id", id))
                .isZero();
        assertThat(notifications(id, "APPEAL_FILED")).isZero();
    }

    @Test
    void theStatementIsRequiredAndAtMostFiveHundredCharacters() throws Exception {
        UUID id = submit("adm-f", "220602202103150071", "孙一");
        var issued = notice(id, todayInChina().plusDays(7));
        publish(Topics.ADMISSION_RESULTS, issued);
        awaitNotice(issued.eventId());

        for (String bad :
                List.of("{}", "{\"statement\":\"   \"}", "{\"statement\":\"%s\"}".formatted("申".repeat(501)))) {
            appeal(id, parent("adm-f"), bad)
                    .andExpect(status().isBadRequest())
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                    .andExpect(jsonPath("$.errors[0].field").value("statement"));
        }
        appeal(id, parent("adm-f"), "{\"statement\":\"有误\",\"status\":\"UPHELD\"}")
                .andExpect(status().isBadRequest());
        appeal(id, parent("adm-f"), "{\"statement\":\"%s\"}".formatted("申".repeat(500)))
                .andExpect(status().isCreated());
    }

    // --- BOLA: another family's application is exactly as absent as one that does not exist

    @Test
    void anotherFamilyOrDistrictCannotReadOrAppealTheResultAndSeesWhatAMissingIdGives() throws Exception {
        UUID id = submit("adm-g", "220602202103150098", "冯一");
        var issued = notice(id, todayInChina().plusDays(7));
        publish(Topics.ADMISSION_RESULTS, issued);
        awaitNotice(issued.eventId());
        UUID missing = UUID.randomUUID();
        String good = "{\"statement\":\"分配结果有误\"}";

        for (RequestPostProcessor intruder : List.of(
                parent("another-family"),
                districtAdmin("220681"),
                caller("school-1", "220602", "SCHOOL_STAFF"),
                caller("collector", "220602", "COLLECTION_STAFF"))) {
            for (UUID target : List.of(id, missing)) {
                http.perform(get(admission(target)).with(intruder))
                        .andExpect(status().isNotFound())
                        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                        .andExpect(jsonPath("$.type").value("urn:baishan:problem:application-not-found"))
                        .andExpect(content()
                                .string(org.hamcrest.Matchers.not(
                                        org.hamcrest.Matchers.containsString("P2027-3F9A2C1B7D4E"))));
                appeal(target, intruder, good)
                        .andExpect(status().isNotFound())
                        .andExpect(jsonPath("$.type").value("urn:baishan:problem:application-not-found"));
            }
        }
        // staff who may read the application still do not appeal for the family
        appeal(id, districtAdmin("220602"), good).andExpect(status().isNotFound());
        http.perform(get(admission(id))).andExpect(status().isUnauthorized());
        assertThat(count("select count(*) from admission_appeal where application_id = :id", id))
                .isZero();
    }

    @Test
    void anAssistedApplicationsResultFollowsItsOwnerWhenAParentClaimsIt() throws Exception {
        UUID id = submit("collector-owned", "220602202103150100", "陈一");
        var issued = notice(id, todayInChina().plusDays(7));
        publish(Topics.ADMISSION_RESULTS, issued);
        awaitNotice(issued.eventId());

        jdbc.sql("update application set owner_id = 'claiming-parent' where id = :id")
                .param("id", id)
                .update();

        http.perform(get(admission(id)).with(parent("collector-owned"))).andExpect(status().isNotFound());
        appeal(id, parent("collector-owned"), "{\"statement\":\"分配结果有误\"}").andExpect(status().isNotFound());
        getJson(admission(id), parent("claiming-parent"));
        appeal(id, parent("claiming-parent"), "{\"statement\":\"分配结果有误\"}").andExpect(status().isCreated());
    }
}
