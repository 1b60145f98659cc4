package cn.baishan.enrollment.verification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.jwt;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.baishan.enrollment.events.Topics;
import cn.baishan.enrollment.events.registration.ApplicationSubmitted;
import cn.baishan.enrollment.outbox.EventHeaders;
import cn.baishan.enrollment.testing.KafkaProbe;
import cn.baishan.enrollment.testing.TestPostgres;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.kafka.test.context.EmbeddedKafka;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.databind.json.JsonMapper;

/**
 * The partner-facing API end to end: departments' change notices reopen verified applications (a new
 * verdict follows from what the registry holds now), and a department that takes a query with a ticket
 * completes it by posting the answer back — with real PostgreSQL, Kafka and HTTP to a registry stub,
 * and tokens shaped like Keycloak's client-credentials tokens.
 */
@org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc
@SpringBootTest(
        properties = {
            "baishan.verification.poll-interval=200ms",
            "baishan.verification.first-retry=1s",
            // a department that took the query is not asked again within a test's lifetime
            "baishan.verification.max-retry=10m",
            "resilience4j.retry.instances.household-registration.wait-duration=10ms"
        })
@EmbeddedKafka(
        partitions = 1,
        topics = {Topics.REGISTRATION_APPLICATIONS, Topics.VERIFICATION_VERIFICATIONS})
class PartnerApiIntegrationTest {

    static final DepartmentStub DEPARTMENTS = new DepartmentStub();
    static final AtomicInteger PEOPLE = new AtomicInteger(100);

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", TestPostgres::freshDatabase);
        registry.add("spring.kafka.bootstrap-servers", () -> System.getProperty("spring.embedded.kafka.brokers"));
        registry.add("baishan.partners.departments.household-registration.base-url", DEPARTMENTS::baseUrl);
        registry.add("baishan.partners.departments.real-estate.base-url", DEPARTMENTS::baseUrl);
        registry.add("baishan.partners.departments.residence-permit.base-url", DEPARTMENTS::baseUrl);
        registry.add("baishan.catchment.base-url", DEPARTMENTS::baseUrl);
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
    cn.baishan.enrollment.verification.verifications.usecase.port.ResidencePermitPort permits;

    @Autowired
    io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry circuitBreakers;

    @BeforeEach
    void registryAnswersAtOnceWithTheFamilysHome() {
        DEPARTMENTS.ticketed.set(false);
        DEPARTMENTS.registeredAddress.set(DepartmentStub.HOME);
    }

    @Test
    void aHukouMoveReopensAVerifiedApplicationAndTheNewVerdictReadsTheRegistryAgain() throws Exception {
        String child = newPerson("20210315", 2);
        ApplicationSubmitted application = submit(child, newPerson("19880312", 3));
        assertThat(verdictEvents(application, 2).get(1).value()).contains("\"verdict\":\"VERIFIED\"");

        DEPARTMENTS.registeredAddress.set(DepartmentStub.MOVED);
        notice(partner("partner-psb", "PUBLIC_SECURITY"), "PSB-2027-0001", "HUKOU_MOVED_OUT", child)
                .andExpect(status().isAccepted())
                .andExpect(content().json("{\"noticeId\":\"PSB-2027-0001\",\"status\":\"ACCEPTED\"}"));

        List<ConsumerRecord<String, String>> events = verdictEvents(application, 4);
        assertThat(events)
                .extracting(r -> header(r, EventHeaders.EVENT_TYPE))
                .containsExactly(
                        "VerificationStarted",
                        "VerificationCompleted",
                        "VerificationReopened",
                        "VerificationCompleted");
        assertThat(events.get(2).value())
                .contains("\"trigger\":\"CHANGE_NOTICE\"", "\"department\":\"PUBLIC_SECURITY\"", "户籍迁出")
                .doesNotContain(child);
        assertThat(events.get(3).value())
                .contains("\"verdict\":\"NEEDS_SUPPLEMENT\"", "HUKOU_ADDRESS_MISMATCH", "江城小区");

        // the department resends the same notice: same answer, nothing reopened a second time
        notice(partner("partner-psb", "PUBLIC_SECURITY"), "PSB-2027-0001", "HUKOU_MOVED_OUT", child)
                .andExpect(status().isAccepted())
                .andExpect(content().json("{\"noticeId\":\"PSB-2027-0001\",\"status\":\"ACCEPTED\"}"));
        assertThat(verdictEvents(application, 4)).hasSize(4);

        var stored = jdbc.sql(
                        "select sent_by, kind, subject_masked, affected_count from change_notice where notice_id = 'PSB-2027-0001'")
                .query((rs, n) -> List.of(
                        rs.getString("sent_by"),
                        rs.getString("kind"),
                        rs.getString("subject_masked"),
                        String.valueOf(rs.getInt("affected_count"))))
                .single();
        assertThat(stored)
                .containsExactly(
                        "service-account-partner-psb",
                        "HUKOU_MOVED_OUT",
                        child.substring(0, 4) + "**********" + child.substring(14),
                        "1");
    }

    @Test
    void aNoticeAboutAGuardianReopensTheChildsVerificationToo() throws Exception {
        String guardian = newPerson("19900708", 4);
        ApplicationSubmitted application = submit(newPerson("20210101", 6), guardian);
        verdictEvents(application, 2);

        notice(partner("partner-nr", "NATURAL_RESOURCES"), "NR-0001", "PROPERTY_TRANSFERRED", guardian)
                .andExpect(status().isAccepted());

        var events = verdictEvents(application, 4);
        assertThat(events.get(2).value()).contains("\"department\":\"NATURAL_RESOURCES\"", "不动产转移登记");
        assertThat(header(events.get(3), EventHeaders.EVENT_TYPE)).isEqualTo("VerificationCompleted");
    }

    @Test
    void aDepartmentMaySendOnlyItsOwnKindsAndTheAnswerNeverSaysWhetherAnyoneApplied() throws Exception {
        String nobody = newPerson("20200202", 8);

        notice(partner("partner-nr", "NATURAL_RESOURCES"), "NR-0002", "HUKOU_MOVED_OUT", nobody)
                .andExpect(status().isForbidden())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value("urn:baishan:problem:notice-kind-not-allowed"));
        notice(partner("partner-hrss", "HUMAN_RESOURCES_SOCIAL_SECURITY"), "HRSS-0001", "INSURANCE_INTERRUPTED", nobody)
                .andExpect(status().isAccepted())
                .andExpect(content().json("{\"noticeId\":\"HRSS-0001\",\"status\":\"ACCEPTED\"}", true));
        notice(parent(), "P-1", "HUKOU_MOVED_OUT", nobody).andExpect(status().isForbidden());
        http.perform(post("/api/partner/change-notices")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{}"))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void invalidNoticesAre400ProblemsNamingTheFieldAndRule() throws Exception {
        notice(partner("partner-psb", "PUBLIC_SECURITY"), "PSB-BAD-1", "HUKOU_MOVED_OUT", "220602198803120035")
                .andExpect(status().isBadRequest())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value("idNumber"))
                .andExpect(jsonPath("$.errors[0].rule").value("check-digit"));
        notice(partner("partner-psb", "PUBLIC_SECURITY"), "PSB-BAD-2", "HUKOU_SOLD", "220602198803120034")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("kind"))
                .andExpect(jsonPath("$.errors[0].rule").value("known-kind"));
        http.perform(post("/api/partner/change-notices")
                        .with(partner("partner-psb", "PUBLIC_SECURITY"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(
                                "{\"noticeId\":\"PSB-BAD-3\",\"kind\":\"HUKOU_MOVED_OUT\",\"idNumber\":\"220602198803120034\","
                                        + "\"effectiveDate\":\"2027-02-30\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("effectiveDate"));
        assertThat(jdbc.sql("select count(*) from change_notice where notice_id like 'PSB-BAD-%'")
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void aTicketedQueryIsCompletedByTheDepartmentsCallbackWithoutAskingItAgain() throws Exception {
        DEPARTMENTS.ticketed.set(true);
        String child = newPerson("20210315", 10);
        ApplicationSubmitted application = submit(child, newPerson("19880312", 11));
        await().atMost(Duration.ofSeconds(20))
                .until(() -> DEPARTMENTS.lastTicket.get() != null
                        && jdbc.sql("select count(*) from department_ticket where application_id = :a")
                                        .param("a", application.applicationId())
                                        .query(Long.class)
                                        .single()
                                == 1);
        String[] ticket = DEPARTMENTS.lastTicket.get();
        int calls = DEPARTMENTS.householdCalls.get();
        // waiting for the callback, not asked again soon: the next attempt is the longest retry delay away
        await().atMost(Duration.ofSeconds(10)).until(() -> jdbc.sql(
                        "select next_attempt_at > now() + interval '5 minutes' from verification where application_id = :a and status = 'PENDING'")
                .param("a", application.applicationId())
                .query(Boolean.class)
                .optional()
                .orElse(false));

        String answer = DepartmentStub.householdAnswer(ticket[1], child, DepartmentStub.HOME);
        answerBack(partner("partner-nr", "NATURAL_RESOURCES"), ticket[1], ticket[0], answer)
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.type").value("urn:baishan:problem:ticket-of-another-department"));
        answerBack(partner("partner-psb", "PUBLIC_SECURITY"), ticket[1], "T-unknown", answer)
                .andExpect(status().isNotFound())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value("urn:baishan:problem:ticket-not-found"));
        answerBack(partner("partner-psb", "PUBLIC_SECURITY"), ticket[1], ticket[0], answer)
                .andExpect(status().isAccepted())
                .andExpect(content().json("{\"ticket\":\"" + ticket[0] + "\",\"status\":\"ACCEPTED\"}"));

        var events = verdictEvents(application, 2);
        assertThat(events.get(1).value()).contains("\"verdict\":\"VERIFIED\"", "220602-P-01");
        assertThat(DEPARTMENTS.householdCalls.get()).isEqualTo(calls);
        // the answer is personal data: stored only as ciphertext
        assertThat(jdbc.sql("select answer_cipher from department_ticket where ticket = :t")
                        .param("t", ticket[0])
                        .query(String.class)
                        .single())
                .doesNotContain(child, "春城小区");
    }

    @Test
    void aPermitQueryTakenWithATicketIsAwaitedNeitherRetriedNorCountedAsAFailure() {
        int before = DEPARTMENTS.permitCalls.get();

        org.assertj.core.api.Assertions.assertThatThrownBy(
                        () -> permits.permitOf("210102199202110020", UUID.randomUUID()))
                .isInstanceOf(
                        cn.baishan.enrollment.verification.verifications.usecase.port.PartnerAwaitingAnswerException
                                .class)
                .hasMessageContaining("等待部门答复");

        assertThat(DEPARTMENTS.permitCalls.get()).isEqualTo(before + 1);
        assertThat(circuitBreakers
                        .circuitBreaker("residence-permit")
                        .getMetrics()
                        .getNumberOfFailedCalls())
                .isZero();
    }

    @Test
    void anAnswerThatIsNotAJsonObjectIsA400NamingTheAnswer() throws Exception {
        http.perform(post("/api/partner/answers")
                        .with(partner("partner-psb", "PUBLIC_SECURITY"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"requestId\":\"r-1\",\"ticket\":\"T-1\",\"answer\":\"found\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("answer"));
    }

    /**
     * A token as Keycloak issues it to a partner's client-credentials grant: the service account as
     * subject and username, the client as {@code azp}, realm role PARTNER, the hard-coded
     * {@code department} claim, audience {@code baishan-api}.
     */
    static RequestPostProcessor partner(String clientId, String department) {
        return jwt().jwt(j -> j.subject(UUID.nameUUIDFromBytes(clientId.getBytes(StandardCharsets.UTF_8))
                        .toString())
                .issuer("http://localhost:8180/realms/baishan")
                .audience(List.of("baishan-api"))
                .claim("typ", "Bearer")
                .claim("azp", clientId)
                .claim("client_id", clientId)
                .claim("preferred_username", "service-account-" + clientId)
                .claim("scope", "profile email")
                .claim("realm_access", Map.of("roles", List.of("default-roles-baishan", "PARTNER")))
                .claim("department", department));
    }

    static RequestPostProcessor parent() {
        return jwt().jwt(j -> j.subject("parent1")
                .claim("preferred_username", "parent1")
                .claim("realm_access", Map.of("roles", List.of("PARENT"))));
    }

    private ResultActions notice(RequestPostProcessor who, String noticeId, String kind, String idNumber)
            throws Exception {
        return http.perform(post("/api/partner/change-notices")
                .with(who)
                .contentType(MediaType.APPLICATION_JSON)
                .content(
                        """
                        {"noticeId":"%s","kind":"%s","idNumber":"%s","effectiveDate":"2027-05-01","detail":"迁往长春市"}
                        """
                                .formatted(noticeId, kind, idNumber)));
    }

    private ResultActions answerBack(RequestPostProcessor who, String requestId, String ticket, String answer)
            throws Exception {
        return http.perform(post("/api/partner/answers")
                .with(who)
                .contentType(MediaType.APPLICATION_JSON)
                .content(
                        "{\"requestId\":\"%s\",\"ticket\":\"%s\",\"answer\":%s}".formatted(requestId, ticket, answer)));
    }

    /** A fresh valid resident ID in 220602 born on {@code birth}, so tests never share a person. */
    static String newPerson(String birth, int parity) {
        String sequence = String.format("%02d%d", PEOPLE.incrementAndGet() % 100, parity % 10);
        String first17 = "220602" + birth + sequence;
        int[] weights = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first17.charAt(i) - '0') * weights[i];
        }
        return first17 + "10X98765432".charAt(sum % 11);
    }

    private ApplicationSubmitted submit(String child, String guardian) throws Exception {
        ApplicationSubmitted event = new ApplicationSubmitted(
                UUID.randomUUID(),
                Instant.now(),
                ApplicationSubmitted.VERSION,
                UUID.randomUUID(),
                "220602",
                2027,
                "PRIMARY_GRADE_1",
                new ApplicationSubmitted.Person("RESIDENT_ID", child, "张子涵", "CHILD"),
                List.of(new ApplicationSubmitted.Person("RESIDENT_ID", guardian, "张伟", "FATHER")),
                DepartmentStub.HOME,
                null);
        var record = new ProducerRecord<>(
                Topics.REGISTRATION_APPLICATIONS, event.aggregateId(), json.writeValueAsString(event));
        record.headers().add(EventHeaders.EVENT_TYPE, ApplicationSubmitted.TYPE.getBytes(StandardCharsets.UTF_8));
        record.headers().add(EventHeaders.EVENT_ID, event.eventId().toString().getBytes(StandardCharsets.UTF_8));
        kafka.send(record).get();
        return event;
    }

    private List<ConsumerRecord<String, String>> verdictEvents(ApplicationSubmitted application, int expected) {
        var records = KafkaProbe.recordsWithKey(
                broker.getBrokersAsString(),
                Topics.VERIFICATION_VERIFICATIONS,
                application.applicationId().toString(),
                expected,
                Duration.ofSeconds(30));
        assertThat(records).hasSize(expected);
        return records;
    }

    private static String header(ConsumerRecord<String, String> record, String name) {
        return new String(record.headers().lastHeader(name).value(), StandardCharsets.UTF_8);
    }
}
