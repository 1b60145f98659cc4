package cn.baishan.enrollment.verification.audit;

import static cn.baishan.enrollment.verification.audit.AuditedDepartmentsStub.HOME;
import static cn.baishan.enrollment.verification.audit.AuditedDepartmentsStub.LIU_CHILD;
import static cn.baishan.enrollment.verification.audit.AuditedDepartmentsStub.LIU_FATHER;
import static cn.baishan.enrollment.verification.audit.AuditedDepartmentsStub.OUTSIDE;
import static cn.baishan.enrollment.verification.audit.AuditedDepartmentsStub.WANG_CHILD;
import static cn.baishan.enrollment.verification.audit.AuditedDepartmentsStub.WANG_MOTHER;
import static cn.baishan.enrollment.verification.audit.AuditedDepartmentsStub.ZHANG_CHILD;
import static cn.baishan.enrollment.verification.audit.AuditedDepartmentsStub.ZHANG_FATHER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.baishan.enrollment.events.Topics;
import cn.baishan.enrollment.events.registration.ApplicationSubmitted;
import cn.baishan.enrollment.events.registration.RecordDisputed;
import cn.baishan.enrollment.events.verification.VerificationReopened;
import cn.baishan.enrollment.outbox.EventHeaders;
import cn.baishan.enrollment.testing.KafkaProbe;
import cn.baishan.enrollment.testing.TestPostgres;
import cn.baishan.enrollment.verification.audit.domain.AuditEntry;
import cn.baishan.enrollment.verification.audit.domain.Department;
import cn.baishan.enrollment.verification.audit.domain.SubjectRole;
import cn.baishan.enrollment.verification.audit.usecase.RecordPartnerQueryUseCase;
import cn.baishan.enrollment.verification.audit.usecase.RecordPartnerQueryUseCase.PartnerQuery;
import cn.baishan.enrollment.verification.verifications.usecase.ReopenVerificationUseCase;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Pattern;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.kafka.test.context.EmbeddedKafka;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The audit log as a whole: applications in from a real (embedded) Kafka broker, the four departments
 * over real HTTP, PostgreSQL, {@code PartnerQueryRecorded} out through the outbox, the readers' endpoints
 * with Keycloak-shaped tokens, and tampering done the way an insider would, with SQL.
 */
@AutoConfigureMockMvc
@SpringBootTest(
        properties = {
            "baishan.verification.poll-interval=200ms",
            // one run per verification: a department that is down is not asked again during the test
            "baishan.verification.first-retry=1h",
            "baishan.verification.max-retry=1h",
            "resilience4j.retry.instances.household-registration.wait-duration=10ms"
        })
@EmbeddedKafka(
        partitions = 1,
        topics = {
            Topics.REGISTRATION_APPLICATIONS,
            Topics.VERIFICATION_VERIFICATIONS,
            Topics.VERIFICATION_PARTNER_QUERIES
        })
class PartnerQueryAuditIntegrationTest {

    static final AuditedDepartmentsStub DEPARTMENTS = new AuditedDepartmentsStub();
    static final Pattern RESIDENT_ID = Pattern.compile("(?<![0-9])[0-9]{17}[0-9Xx](?![0-9])");

    /** Stands in for the verification feature's reopen use case only while this deployment has none. */
    static final List<String> REOPENED = new CopyOnWriteArrayList<>();

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", TestPostgres::freshDatabase);
        registry.add("spring.kafka.bootstrap-servers", () -> System.getProperty("spring.embedded.kafka.brokers"));
        registry.add("baishan.catchment.base-url", DEPARTMENTS::baseUrl);
        for (String department :
                List.of("household-registration", "real-estate", "residence-permit", "social-insurance")) {
            registry.add("baishan.partners.departments." + department + ".base-url", DEPARTMENTS::baseUrl);
        }
    }

    @AfterAll
    static void stopStub() {
        DEPARTMENTS.close();
    }

    @Autowired
    KafkaTemplate<String, String> kafka;

    @Autowired
    EmbeddedKafkaBroker broker;

    @Autowired
    JsonMapper json;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MockMvc http;

    @Autowired
    ConfigurableApplicationContext context;

    @Autowired
    RecordPartnerQueryUseCase audit;

    @Test
    void aVerificationRunRecordsOneEntryPerPersonAskedAndPublishesItMasked() throws Exception {
        UUID application = submit(ZHANG_CHILD, ZHANG_FATHER, HOME);

        List<JsonNode> entries = auditOf(application, 2);

        assertThat(entries)
                .extracting(e -> e.get("department").asString() + "/"
                        + e.get("subjectRole").asString() + "/"
                        + e.get("outcome").asString())
                .containsExactlyInAnyOrder("HOUSEHOLD_REGISTRATION/CHILD/ANSWERED", "REAL_ESTATE/GUARDIAN/ANSWERED");
        JsonNode household = entries.stream()
                .filter(e -> e.get("department").asString().equals("HOUSEHOLD_REGISTRATION"))
                .findFirst()
                .orElseThrow();
        assertThat(household.get("subjectMasked").asString()).isEqualTo("2206**********0020");
        assertThat(household.get("answerSummary").asString()).isEqualTo("户籍在册：吉林省白山市浑江区红旗街道***，迁入日期 2019-06-01");
        assertThat(household.get("requestedBy").asString()).isEqualTo("verification-service");
        assertThat(household.get("districtCode").asString()).isEqualTo("220602");
        assertThat(household.get("resultDigest").asString()).matches("[0-9a-f]{64}");
        assertThat(household.get("purpose").asString()).contains("户籍");

        // the ID number in clear is nowhere in the table: a keyed blind index and a masked number only
        assertThat(jdbc.sql("select count(*) from partner_query_audit where application_id = :a"
                                + " and (subject_index in (:ids) or concat_ws('|', subject_masked, answer_summary, purpose)"
                                + " ~ '[0-9]{17}[0-9Xx]')")
                        .param("a", application)
                        .param("ids", List.of(ZHANG_CHILD, ZHANG_FATHER))
                        .query(Long.class)
                        .single())
                .isZero();

        List<ConsumerRecord<String, String>> published = KafkaProbe.recordsWithKey(
                broker.getBrokersAsString(),
                Topics.VERIFICATION_PARTNER_QUERIES,
                application.toString(),
                2,
                Duration.ofSeconds(30));
        assertThat(published).hasSize(2);
        assertThat(published).allSatisfy(r -> {
            assertThat(header(r, EventHeaders.EVENT_TYPE)).isEqualTo("PartnerQueryRecorded");
            assertThat(RESIDENT_ID.matcher(r.value()).find())
                    .as("an ID number in %s", r.value())
                    .isFalse();
            assertThat(r.value()).doesNotContain("春城小区");
        });
        assertThat(published)
                .extracting(ConsumerRecord::value)
                .anySatisfy(v -> assertThat(v).contains("\"subjectMasked\":\"2206**********0020\""))
                .anySatisfy(v -> assertThat(v).contains("\"subjectMasked\":\"2206**********0034\""));
    }

    @Test
    void aMigrantFamilyIsRecordedForAllFourDepartmentsIncludingAPropertyNotFound() throws Exception {
        UUID application = submit(WANG_CHILD, WANG_MOTHER, OUTSIDE);

        List<JsonNode> entries = auditOf(application, 4);

        assertThat(entries)
                .extracting(e ->
                        e.get("department").asString() + "/" + e.get("outcome").asString())
                .containsExactlyInAnyOrder(
                        "HOUSEHOLD_REGISTRATION/ANSWERED",
                        "REAL_ESTATE/NOT_FOUND",
                        "RESIDENCE_PERMIT/ANSWERED",
                        "SOCIAL_INSURANCE/ANSWERED");
        assertThat(entries)
                .filteredOn(e -> e.get("department").asString().equals("SOCIAL_INSURANCE"))
                .singleElement()
                .satisfies(e -> assertThat(e.get("answerSummary").asString()).isEqualTo("社保连续缴纳 24 个月，最近缴费 2026-10"));
    }

    @Test
    void aDepartmentThatKeepsFailingIsRecordedOnceAsUnavailableNotOncePerRetry() throws Exception {
        UUID application = submit(LIU_CHILD, LIU_FATHER, HOME);

        List<JsonNode> entries = auditOf(application, 1);

        assertThat(entries).singleElement().satisfies(e -> {
            assertThat(e.get("department").asString()).isEqualTo("HOUSEHOLD_REGISTRATION");
            assertThat(e.get("outcome").asString()).isEqualTo("UNAVAILABLE");
            assertThat(e.get("resultDigest").isNull()).isTrue();
        });
        assertThat(DEPARTMENTS.calls("household", LIU_CHILD)).isEqualTo(3); // resilience4j's three attempts
    }

    @Test
    void aRowEditedOrDeletedWithSqlIsReportedAtExactlyItsSequence() throws Exception {
        UUID application = submit(ZHANG_CHILD, ZHANG_FATHER, HOME);
        auditOf(application, 2);
        long target = jdbc.sql("select min(sequence) from partner_query_audit where application_id = :a")
                .param("a", application)
                .query(Long.class)
                .single();
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> integrityAs("INSPECTOR")
                .andExpect(jsonPath("$.intact").value(true))
                .andExpect(jsonPath("$.firstBroken").doesNotExist()));

        String original = jdbc.sql("select answer_summary from partner_query_audit where sequence = :s")
                .param("s", target)
                .query(String.class)
                .single();
        jdbc.sql("update partner_query_audit set answer_summary = '未查到户籍登记' where sequence = :s")
                .param("s", target)
                .update();
        integrityAs("CITY_ADMIN")
                .andExpect(jsonPath("$.intact").value(false))
                .andExpect(jsonPath("$.firstBroken.sequence").value((int) target))
                .andExpect(jsonPath("$.firstBroken.reason").value("HASH_MISMATCH"));
        jdbc.sql("update partner_query_audit set answer_summary = :o where sequence = :s")
                .param("o", original)
                .param("s", target)
                .update();
        integrityAs("INSPECTOR").andExpect(jsonPath("$.intact").value(true));

        Map<String, Object> row = jdbc.sql("select * from partner_query_audit where sequence = :s")
                .param("s", target)
                .query()
                .singleRow();
        jdbc.sql("delete from partner_query_audit where sequence = :s")
                .param("s", target)
                .update();
        integrityAs("INSPECTOR")
                .andExpect(jsonPath("$.intact").value(false))
                .andExpect(jsonPath("$.firstBroken.sequence").value((int) target))
                .andExpect(jsonPath("$.firstBroken.reason").value("SEQUENCE_GAP"));
        jdbc.sql("insert into partner_query_audit (" + String.join(", ", row.keySet()) + ") values (:"
                        + String.join(", :", row.keySet()) + ")")
                .params(row)
                .update();
        integrityAs("INSPECTOR").andExpect(jsonPath("$.intact").value(true));

        http.perform(get("/api/verification/audit/integrity").with(token("DISTRICT_ADMIN", "220602", null)))
                .andExpect(status().isForbidden());
    }

    @Test
    void eachReaderSeesOnlyItsScope() throws Exception {
        UUID application = submit(ZHANG_CHILD, ZHANG_FATHER, HOME);
        auditOf(application, 2);
        String ofApplication = "?applicationId=" + application;

        http.perform(get("/api/partner/audit" + ofApplication).with(partner("NATURAL_RESOURCES")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(1))
                .andExpect(jsonPath("$.entries[0].department").value("REAL_ESTATE"))
                .andExpect(jsonPath("$.entries[0].subjectMasked").value("2206**********0034"));
        http.perform(get("/api/partner/audit").with(partner("NATURAL_RESOURCES")))
                .andExpect(status().isOk())
                .andExpect(
                        jsonPath("$.entries[?(@.department != 'REAL_ESTATE')]").isEmpty());
        http.perform(get("/api/partner/audit" + ofApplication + "&department=HOUSEHOLD_REGISTRATION")
                        .with(partner("NATURAL_RESOURCES")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(0));
        http.perform(get("/api/partner/audit" + ofApplication).with(partner("PUBLIC_SECURITY")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(1))
                .andExpect(jsonPath("$.entries[0].department").value("HOUSEHOLD_REGISTRATION"));

        http.perform(get("/api/verification/audit" + ofApplication).with(token("INSPECTOR", null, null)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(2))
                .andExpect(jsonPath("$.entries[0].subjectIndex").doesNotExist());
        http.perform(get("/api/verification/audit" + ofApplication).with(token("DISTRICT_ADMIN", "220602", null)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(2));
        http.perform(get("/api/verification/audit" + ofApplication).with(token("DISTRICT_ADMIN", "220681", null)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(0));
        http.perform(get("/api/verification/audit").with(token("DISTRICT_ADMIN", "220681", null)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.entries[?(@.districtCode == '220602')]").isEmpty());

        http.perform(get("/api/verification/audit" + ofApplication).with(token("PARENT", null, null)))
                .andExpect(status().isForbidden());
        http.perform(get("/api/partner/audit" + ofApplication).with(token("PARENT", null, null)))
                .andExpect(status().isForbidden());
        http.perform(get("/api/verification/audit/integrity").with(token("PARENT", null, null)))
                .andExpect(status().isForbidden());
        http.perform(get("/api/verification/audit" + ofApplication)).andExpect(status().isUnauthorized());
    }

    @Test
    void concurrentAppendsGetConsecutiveSequencesAndKeepTheChainIntact() throws Exception {
        UUID application = UUID.randomUUID();
        var pool = java.util.concurrent.Executors.newFixedThreadPool(6);
        try {
            var appends = new ArrayList<java.util.concurrent.Future<AuditEntry>>();
            for (int i = 0; i < 30; i++) {
                appends.add(pool.submit(() -> audit.record(PartnerQuery.unavailable(
                        Department.SOCIAL_INSURANCE, application, SubjectRole.GUARDIAN, WANG_MOTHER))));
            }
            List<Long> sequences = new ArrayList<>();
            for (var append : appends) {
                sequences.add(append.get().sequence());
            }
            assertThat(sequences).doesNotHaveDuplicates().hasSize(30);
        } finally {
            pool.shutdown();
        }
        integrityAs("INSPECTOR").andExpect(jsonPath("$.intact").value(true));
        assertThat(jdbc.sql("select count(*) from partner_query_audit where application_id = :a")
                        .param("a", application)
                        .query(Long.class)
                        .single())
                .isEqualTo(30);
    }

    @Test
    void anAnswerPostedBackAfterATicketIsRecordedTheFirstTimeItIsReadOnly() {
        UUID application = UUID.randomUUID();
        Map<String, Object> answer = Map.of("requestId", "r", "found", false);
        PartnerQuery read = PartnerQuery.notFound(
                        Department.RESIDENCE_PERMIT, application, SubjectRole.GUARDIAN, WANG_MOTHER, answer, "未查到居住证")
                .postedBack(true);

        AuditEntry first = audit.record(read);
        AuditEntry again = audit.record(read);
        AuditEntry askedAfresh = audit.record(read.postedBack(false));

        assertThat(again.sequence()).isEqualTo(first.sequence());
        assertThat(askedAfresh.sequence()).isGreaterThan(first.sequence());
        assertThat(askedAfresh.resultDigest()).isEqualTo(first.resultDigest());
    }

    @Test
    void badSearchParametersAreA400NamingTheField() throws Exception {
        http.perform(get("/api/verification/audit?department=POLICE&size=1000").with(token("INSPECTOR", null, null)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[?(@.field == 'department')].rule").value("known-department"))
                .andExpect(jsonPath("$.errors[?(@.field == 'size')].rule").value("range"));
        http.perform(get("/api/verification/audit?from=yesterday").with(token("INSPECTOR", null, null)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("from"));
    }

    @Test
    void aDisputeReachesItsDistrictsStaffWithTheEvidenceAndUpholdingItReopensTheVerification() throws Exception {
        ReopenVerificationUseCase reopen = reopenUseCase();
        UUID application = submit(ZHANG_CHILD, ZHANG_FATHER, HOME);
        JsonNode disputed = auditOf(application, 2).stream()
                .filter(e -> e.get("department").asString().equals("REAL_ESTATE"))
                .findFirst()
                .orElseThrow();
        awaitVerdict(application);

        var dispute = new RecordDisputed(
                UUID.randomUUID(),
                Instant.now(),
                RecordDisputed.VERSION,
                application,
                UUID.randomUUID(),
                UUID.fromString(disputed.get("queryId").asString()),
                "REAL_ESTATE",
                "父亲" + ZHANG_FATHER + "名下另有一处住房未列出");
        publish(Topics.REGISTRATION_APPLICATIONS, dispute.aggregateId(), RecordDisputed.TYPE, dispute);
        publish(Topics.REGISTRATION_APPLICATIONS, dispute.aggregateId(), RecordDisputed.TYPE, dispute); // redelivery

        String item = "$[?(@.id == '" + dispute.disputeId() + "')]";
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> http.perform(
                        get("/api/verification/disputes").with(token("DISTRICT_ADMIN", "220602", null)))
                .andExpect(status().isOk())
                .andExpect(jsonPath(item + ".auditSequence")
                        .value(disputed.get("sequence").asInt()))
                .andExpect(jsonPath(item + ".auditedAnswer")
                        .value(disputed.get("answerSummary").asString()))
                .andExpect(jsonPath(item + ".statement").value("父亲2206**********0034名下另有一处住房未列出"))
                .andExpect(jsonPath(item + ".checks[*].source").isNotEmpty()));
        assertThat(jdbc.sql("select count(*) from partner_query_dispute where id = :id")
                        .param("id", dispute.disputeId())
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
        http.perform(get("/api/verification/disputes").with(token("DISTRICT_ADMIN", "220681", null)))
                .andExpect(status().isOk())
                .andExpect(jsonPath(item).isEmpty());

        String decision = "/api/verification/disputes/" + dispute.disputeId() + "/decision";
        http.perform(post(decision)
                        .with(token("DISTRICT_ADMIN", "220681", null))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"decision\":\"UPHELD\",\"reason\":\"核实有误\"}"))
                .andExpect(status().isNotFound());
        http.perform(post(decision)
                        .with(token("DISTRICT_ADMIN", "220602", null))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"decision\":\"UPHELD\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("reason"));
        http.perform(post(decision)
                        .with(token("PARENT", null, null))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"decision\":\"UPHELD\",\"reason\":\"核实有误\"}"))
                .andExpect(status().isForbidden());
        http.perform(post(decision)
                        .with(token("DISTRICT_ADMIN", "220602", null))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"decision\":\"UPHELD\",\"reason\":\"不动产登记中心核实另有住房，重新核验\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("UPHELD"))
                .andExpect(jsonPath("$.decidedBy").value("admin-220602"));

        if (reopen == RECORDING_REOPEN) {
            assertThat(REOPENED).contains(application + "|DISPUTE|REAL_ESTATE|不动产登记中心核实另有住房，重新核验");
        } else {
            List<ConsumerRecord<String, String>> events = KafkaProbe.recordsWithKey(
                    broker.getBrokersAsString(),
                    Topics.VERIFICATION_VERIFICATIONS,
                    application.toString(),
                    3,
                    Duration.ofSeconds(30));
            assertThat(events)
                    .filteredOn(r -> header(r, EventHeaders.EVENT_TYPE).equals(VerificationReopened.TYPE))
                    .singleElement()
                    .satisfies(r -> assertThat(r.value()).contains("\"trigger\":\"DISPUTE\""));
        }
        http.perform(post(decision)
                        .with(token("DISTRICT_ADMIN", "220602", null))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"decision\":\"DISMISSED\",\"reason\":\"再议\"}"))
                .andExpect(status().isNotFound());
    }

    static final ReopenVerificationUseCase RECORDING_REOPEN = (applicationId, trigger, department, reason) -> {
        REOPENED.add(applicationId + "|" + trigger + "|" + department + "|" + reason);
        return true;
    };

    /** The verification feature's own implementation when it has one; the recording double otherwise. */
    private ReopenVerificationUseCase reopenUseCase() {
        synchronized (REOPENED) {
            var existing =
                    context.getBeanProvider(ReopenVerificationUseCase.class).getIfAvailable();
            if (existing != null) {
                return existing;
            }
            context.getBeanFactory().registerSingleton("recordingReopenForTest", RECORDING_REOPEN);
            return RECORDING_REOPEN;
        }
    }

    private UUID submit(String child, String guardian, String hukou) throws Exception {
        var event = new ApplicationSubmitted(
                UUID.randomUUID(),
                Instant.now(),
                ApplicationSubmitted.VERSION,
                UUID.randomUUID(),
                "220602",
                2027,
                "PRIMARY_GRADE_1",
                new ApplicationSubmitted.Person("RESIDENT_ID", child, "孩子", "CHILD"),
                List.of(new ApplicationSubmitted.Person("RESIDENT_ID", guardian, "家长", "FATHER")),
                hukou,
                null);
        publish(Topics.REGISTRATION_APPLICATIONS, event.aggregateId(), ApplicationSubmitted.TYPE, event);
        return event.applicationId();
    }

    private void publish(String topic, String key, String type, Object event) throws Exception {
        var record = new ProducerRecord<>(topic, key, json.writeValueAsString(event));
        record.headers().add(EventHeaders.EVENT_TYPE, type.getBytes(StandardCharsets.UTF_8));
        kafka.send(record).get();
    }

    /** The application's entries as an inspector reads them, once {@code expected} are there. */
    private List<JsonNode> auditOf(UUID application, int expected) {
        return await().atMost(Duration.ofSeconds(30))
                .until(
                        () -> {
                            String body = http.perform(get("/api/verification/audit?applicationId=" + application)
                                            .with(token("INSPECTOR", null, null)))
                                    .andExpect(status().isOk())
                                    .andReturn()
                                    .getResponse()
                                    .getContentAsString(StandardCharsets.UTF_8);
                            return json.readTree(body)
                                    .get("entries")
                                    .valueStream()
                                    .toList();
                        },
                        entries -> entries.size() >= expected);
    }

    private void awaitVerdict(UUID application) {
        await().atMost(Duration.ofSeconds(30))
                .until(() ->
                        jdbc.sql("select count(*) from verification where application_id = :a and verdict is not null")
                                        .param("a", application)
                                        .query(Long.class)
                                        .single()
                                == 1);
    }

    private org.springframework.test.web.servlet.ResultActions integrityAs(String role) throws Exception {
        return http.perform(get("/api/verification/audit/integrity").with(token(role, null, null)))
                .andExpect(status().isOk());
    }

    static RequestPostProcessor token(String role, String district, String department) {
        return SecurityMockMvcRequestPostProcessors.jwt().jwt(j -> {
            String name = department != null ? "service-account-" + department : "admin-" + district;
            j.subject(name).claim("preferred_username", name).claim("realm_access", Map.of("roles", List.of(role)));
            if (district != null) {
                j.claim("district", district);
            }
            if (department != null) {
                j.claim("department", department);
            }
        });
    }

    static RequestPostProcessor partner(String department) {
        return token("PARTNER", null, department);
    }

    private static String header(ConsumerRecord<String, String> record, String name) {
        var header = record.headers().lastHeader(name);
        return header == null ? "" : new String(header.value(), StandardCharsets.UTF_8);
    }
}
