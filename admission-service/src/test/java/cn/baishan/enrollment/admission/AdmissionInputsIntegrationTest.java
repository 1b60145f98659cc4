package cn.baishan.enrollment.admission;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.baishan.enrollment.admission.applicants.usecase.ApplicantsQuery;
import cn.baishan.enrollment.admission.applicants.usecase.CollectSeasonInputUseCase;
import cn.baishan.enrollment.allocation.district.DistrictInput;
import cn.baishan.enrollment.events.IntegrationEvent;
import cn.baishan.enrollment.events.Topics;
import cn.baishan.enrollment.events.registration.ApplicationSubmitted;
import cn.baishan.enrollment.events.verification.VerificationCompleted;
import cn.baishan.enrollment.events.verification.VerificationReopened;
import cn.baishan.enrollment.outbox.EventHeaders;
import cn.baishan.enrollment.platform.crypto.IdNumberVault;
import cn.baishan.enrollment.testing.TestPostgres;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.test.context.EmbeddedKafka;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.databind.json.JsonMapper;

/**
 * Plans and applicants as a whole: plans over HTTP with Keycloak-shaped tokens, checked against catchment
 * over real HTTP (a local stub that can go down); registration's and verification's events in from a real
 * (embedded) Kafka broker; PostgreSQL; and the season input built through the real clients.
 */
@SpringBootTest(
        properties = {
            "resilience4j.retry.instances.catchment.wait-duration=10ms",
            "resilience4j.retry.instances.verification.wait-duration=10ms",
            "baishan.admission.demo-data=src/test/resources/demo-plans",
            "baishan.admission.demo-retry-every=200ms"
        })
@AutoConfigureMockMvc
@EmbeddedKafka(
        partitions = 1,
        topics = {Topics.REGISTRATION_APPLICATIONS, Topics.VERIFICATION_VERIFICATIONS})
class AdmissionInputsIntegrationTest {

    static final InputsStub STUB = new InputsStub();
    static final String CHILD_ID = "220602202103150020";

    static final String PLANS_2027 =
            """
            学校代码,enrollmentYear,学段,classes,班额(classSizeCap),seats,reservedSeats
            220602001,2027,PRIMARY,6,,270,1
            220602002,2027,PRIMARY,4,45,180,0
            220600001,2027,PRIMARY,9,45,405,2
            220681001,2027,PRIMARY,5,45,225,0
            """;

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", TestPostgres::freshDatabase);
        registry.add("spring.kafka.bootstrap-servers", () -> System.getProperty("spring.embedded.kafka.brokers"));
        registry.add("baishan.catchment.base-url", STUB::baseUrl);
        registry.add("baishan.verification.base-url", STUB::baseUrl);
    }

    @AfterAll
    static void stopStub() {
        STUB.close();
    }

    @Autowired
    MockMvc http;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    KafkaTemplate<String, String> kafka;

    @Autowired
    JsonMapper json;

    @Autowired
    IdNumberVault vault;

    @Autowired
    ApplicantsQuery applicants;

    @Autowired
    CollectSeasonInputUseCase collect;

    @Autowired
    CircuitBreakerRegistry circuitBreakers;

    @BeforeEach
    void catchmentIsUp() {
        STUB.down.set(false);
        STUB.garbage.set(false);
        circuitBreakers.getAllCircuitBreakers().forEach(cb -> cb.reset());
    }

    // --- plans

    @Test
    void theCityBureauImportsASheetAndADistrictSeesItsSchoolsAndTheSchoolsItsZonesUse() throws Exception {
        importAsCity(PLANS_2027);

        http.perform(get("/api/admission/plans?year=2027&stage=PRIMARY").with(staff("DISTRICT_ADMIN", "220602")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].schoolCode")
                        .value(org.hamcrest.Matchers.containsInAnyOrder("220600001", "220602001", "220602002")))
                .andExpect(jsonPath("$[?(@.schoolCode == '220602001')].classSizeCap")
                        .value(45))
                .andExpect(
                        jsonPath("$[?(@.schoolCode == '220602001')].capacity").value(269))
                .andExpect(
                        jsonPath("$[?(@.schoolCode == '220602001')].updatedBy").value("city-admin"));
        http.perform(get("/api/public/admission/plans?districtCode=220681&year=2027"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].schoolCode").value(org.hamcrest.Matchers.contains("220681001")))
                .andExpect(jsonPath("$[0].seats").value(225))
                .andExpect(jsonPath("$[0].updatedBy").doesNotExist());
    }

    @Test
    void theDemoPlansAreLoadedAtStartThroughTheSameChecks() {
        await().atMost(Duration.ofSeconds(20))
                .until(() -> jdbc.sql(
                                        "select count(*) from enrollment_plan where enrollment_year = 2026 and updated_by = 'demo-data-loader'")
                                .query(Long.class)
                                .single()
                        == 2);
    }

    @Test
    void aDistrictBureauUploadsItsSheetAsAFile() throws Exception {
        var file = new MockMultipartFile(
                "file",
                "plans.csv",
                "text/csv",
                "schoolCode,enrollmentYear,stage,classes,classSizeCap,seats,reservedSeats\n220602024,2027,JUNIOR,8,,400,3\n"
                        .getBytes(StandardCharsets.UTF_8));
        http.perform(multipart("/api/admission/plans").file(file).with(staff("DISTRICT_ADMIN", "220602")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.imported").value(1));
        assertThat(jdbc.sql(
                                "select class_size_cap from enrollment_plan where school_code = '220602024' and enrollment_year = 2027")
                        .query(Integer.class)
                        .single())
                .isEqualTo(50);
    }

    @Test
    void aSheetWithBadRowsIsRefusedWholeWithEveryRowNamedInChinese() throws Exception {
        String sheet =
                """
                schoolCode,enrollmentYear,stage,classes,classSizeCap,seats,reservedSeats
                220602002,2028,PRIMARY,4,45,180,0
                220602001,2028,PRIMARY,6,56,270,0
                220602999,2028,PRIMARY,6,45,270,0
                220681001,2028,PRIMARY,5,45,225,0
                """;
        http.perform(post("/api/admission/plans")
                        .with(staff("DISTRICT_ADMIN", "220602"))
                        .contentType("text/csv")
                        .content(sheet))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value("urn:baishan:problem:import-rejected"))
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("未导入任何招生计划")))
                .andExpect(jsonPath("$.errors[*].field")
                        .value(org.hamcrest.Matchers.contains(
                                "rows[2].classSizeCap", "rows[3].schoolCode", "rows[4].schoolCode")))
                .andExpect(jsonPath("$.errors[*].rule")
                        .value(org.hamcrest.Matchers.contains("max-55", "school-unknown", "own-district")));
        assertThat(jdbc.sql("select count(*) from enrollment_plan where enrollment_year = 2028")
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void anEditBreakingTheClassSizeRuleIsA400NamingTheFieldAndTheRule() throws Exception {
        http.perform(put("/api/admission/plans/220602001/2027/PRIMARY")
                        .with(staff("DISTRICT_ADMIN", "220602"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"classes\":6,\"seats\":300,\"reservedSeats\":0}"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value("urn:baishan:problem:validation"))
                .andExpect(jsonPath("$.errors[0].field").value("seats"))
                .andExpect(jsonPath("$.errors[0].rule").value("class-size-cap"))
                .andExpect(jsonPath("$.errors[0].message").value(org.hamcrest.Matchers.containsString("大班额")));
        http.perform(put("/api/admission/plans/220602001/2027/SENIOR")
                        .with(staff("DISTRICT_ADMIN", "220602"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"classes\":6,\"seats\":270}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("stage"));
        http.perform(put("/api/admission/plans/220602001/2027/PRIMARY")
                        .with(staff("DISTRICT_ADMIN", "220602"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"classes\":6,\"seats\":270,\"teacher\":\"x\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].rule").value("unknown-field"));
    }

    @Test
    void aPlanIsEditedByItsDistrictButNotByAnotherDistrictOrAParent() throws Exception {
        String body = "{\"classes\":5,\"classSizeCap\":45,\"seats\":220,\"reservedSeats\":2}";
        http.perform(put("/api/admission/plans/220681001/2027/PRIMARY")
                        .with(staff("DISTRICT_ADMIN", "220602"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        http.perform(put("/api/admission/plans/220681001/2027/PRIMARY")
                        .with(staff("PARENT", null))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body))
                .andExpect(status().isForbidden());
        http.perform(put("/api/admission/plans/220681001/2027/PRIMARY")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body))
                .andExpect(status().isUnauthorized());
        http.perform(put("/api/admission/plans/220681001/2027/PRIMARY")
                        .with(staff("DISTRICT_ADMIN", "220681"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.capacity").value(218))
                .andExpect(jsonPath("$.updatedBy").value("admin-220681"));
        http.perform(get("/api/admission/plans?districtCode=220681").with(staff("DISTRICT_ADMIN", "220602")))
                .andExpect(status().isForbidden());
    }

    @Test
    void whileCatchmentIsDownNoPlanIsWrittenAndTheBureauIsToldToRetry() throws Exception {
        STUB.down.set(true);
        http.perform(put("/api/admission/plans/220602002/2029/PRIMARY")
                        .with(staff("CITY_ADMIN", null))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"classes\":4,\"seats\":180}"))
                .andExpect(status().isServiceUnavailable())
                .andExpect(jsonPath("$.type").value("urn:baishan:problem:catchment-unavailable"));
        assertThat(jdbc.sql("select count(*) from enrollment_plan where enrollment_year = 2029")
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void aGarbledAnswerFromCatchmentIsNoAnswerEither() throws Exception {
        STUB.garbage.set(true);
        http.perform(post("/api/admission/plans")
                        .with(staff("CITY_ADMIN", null))
                        .contentType("text/csv")
                        .content("schoolCode,enrollmentYear,stage,classes,seats\n220602002,2029,PRIMARY,4,180\n"))
                .andExpect(status().isServiceUnavailable())
                .andExpect(jsonPath("$.type").value("urn:baishan:problem:catchment-unavailable"));
        assertThat(jdbc.sql("select count(*) from enrollment_plan where enrollment_year = 2029")
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void noSeasonInputIsBuiltWhileVerificationsTierOrderCannotBeRead() {
        STUB.down.set(true);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> collect.collect("220602", 2027, "PRIMARY"))
                .isInstanceOf(
                        cn.baishan.enrollment.admission.applicants.usecase.port.PartnerUnavailableException.class);
    }

    // --- applicants

    @Test
    void aSupplementReplacesTheClaimsAdmissionKeeps() throws Exception {
        UUID applicationId = UUID.randomUUID();
        publish(Topics.REGISTRATION_APPLICATIONS, submitted(applicationId, false), ApplicationSubmitted.TYPE);
        var original = submitted(applicationId, false);
        var supplement = new cn.baishan.enrollment.events.registration.ApplicationSupplemented(
                UUID.randomUUID(),
                Instant.now(),
                cn.baishan.enrollment.events.registration.ApplicationSupplemented.VERSION,
                applicationId,
                1,
                List.of("claims.schoolPreferences", "claims.olderSibling"),
                new ApplicationSubmitted.Person("RESIDENT_ID", "220602202103150012", "张子轩", "CHILD"),
                original.guardians(),
                original.declaredHukouAddress(),
                new ApplicationSubmitted.Claims(
                        null,
                        null,
                        false,
                        false,
                        null,
                        null,
                        new ApplicationSubmitted.SiblingClaim("张大宝", "220602001"),
                        null,
                        List.of("220600001", "220602002")));
        publish(
                Topics.REGISTRATION_APPLICATIONS,
                supplement,
                cn.baishan.enrollment.events.registration.ApplicationSupplemented.TYPE);

        await().atMost(Duration.ofSeconds(20))
                .until(
                        () -> jdbc.sql("select preferences || '|' || sibling_school_code || '|' || sex from applicant"
                                        + " where application_id = :id")
                                .param("id", applicationId)
                                .query(String.class)
                                .optional()
                                .orElse(""),
                        "220600001,220602002|220602001|M"::equals);
        assertThat(applicants.byApplicationId(applicationId).orElseThrow().childKey())
                .isEqualTo(vault.blindIndex("220602202103150012"));
    }

    @Test
    void aSubmittedApplicationIsKeptWithoutItsIdNumberAndAReplayChangesNothing() throws Exception {
        ApplicationSubmitted event = submitted(UUID.randomUUID(), false);
        publish(Topics.REGISTRATION_APPLICATIONS, event, ApplicationSubmitted.TYPE);

        var applicant = await().atMost(Duration.ofSeconds(20))
                .until(() -> applicants.byApplicationId(event.applicationId()), java.util.Optional::isPresent)
                .orElseThrow();
        assertThat(applicant.publicId()).matches("P2027-[0-9A-F]{12}");
        assertThat(applicant.maskedName()).isEqualTo("张**");
        assertThat(applicant.sex()).isEqualTo("F");
        assertThat(applicant.childKey()).isEqualTo(vault.blindIndex(CHILD_ID));
        assertThat(applicant.status()).isEqualTo("PENDING");
        assertThat(applicants.byPublicId(applicant.publicId())).contains(applicant);
        String row = jdbc.sql("select row_to_json(a)::text from applicant a where application_id = :id")
                .param("id", event.applicationId())
                .query(String.class)
                .single();
        assertThat(row).doesNotContain(CHILD_ID).doesNotContain("张子涵");

        String before = updatedAt(event.applicationId());
        publish(Topics.REGISTRATION_APPLICATIONS, event, ApplicationSubmitted.TYPE); // redelivery
        publish(Topics.REGISTRATION_APPLICATIONS, event, ApplicationSubmitted.TYPE);
        awaitProcessed(event.eventId(), "admission-service.applicants.registration");
        Thread.sleep(500);
        assertThat(updatedAt(event.applicationId())).isEqualTo(before);
        assertThat(jdbc.sql("select count(*) from applicant where application_id = :id")
                        .param("id", event.applicationId())
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void aVerdictThatArrivesBeforeTheSubmissionIsKeptAndAppliedWhenTheSubmissionArrives() throws Exception {
        UUID applicationId = UUID.randomUUID();
        Instant verifiedAt = Instant.now();
        publish(Topics.VERIFICATION_VERIFICATIONS, verdict(applicationId, verifiedAt), VerificationCompleted.TYPE);
        await().atMost(Duration.ofSeconds(20))
                .until(() -> jdbc.sql("select count(*) from early_verification_event where application_id = :id")
                                .param("id", applicationId)
                                .query(Long.class)
                                .single()
                        == 1);

        publish(Topics.REGISTRATION_APPLICATIONS, submitted(applicationId, false), ApplicationSubmitted.TYPE);

        await().atMost(Duration.ofSeconds(20))
                .until(
                        () -> applicants
                                .byApplicationId(applicationId)
                                .map(a -> a.status())
                                .orElse(""),
                        "VERIFIED"::equals);
        assertThat(jdbc.sql(
                                "select category || '|' || zone_code || '|' || home_lon from applicant where application_id = :id")
                        .param("id", applicationId)
                        .query(String.class)
                        .single())
                .isEqualTo("HUKOU_AND_PROPERTY|220602-P-02|126.449");
        assertThat(jdbc.sql("select count(*) from early_verification_event where application_id = :id")
                        .param("id", applicationId)
                        .query(Long.class)
                        .single())
                .isZero();

        // a reopening older than the verdict (replayed late) changes nothing; a newer one reopens
        publish(
                Topics.VERIFICATION_VERIFICATIONS,
                reopened(applicationId, verifiedAt.minusSeconds(60)),
                VerificationReopened.TYPE);
        var newer = reopened(applicationId, verifiedAt.plusSeconds(60));
        publish(Topics.VERIFICATION_VERIFICATIONS, newer, VerificationReopened.TYPE);
        await().atMost(Duration.ofSeconds(20))
                .until(
                        () -> applicants
                                .byApplicationId(applicationId)
                                .map(a -> a.status())
                                .orElse(""),
                        "PENDING"::equals);
    }

    @Test
    void submissionsAndVerdictsArrivingTogetherOnTheTwoTopicsAreNeverLost() throws Exception {
        // the two consumers run on two threads; each pair is sent at the same moment, in both orders
        List<UUID> ids = new java.util.ArrayList<>();
        for (int i = 0; i < 30; i++) {
            UUID applicationId = UUID.randomUUID();
            ids.add(applicationId);
            if (i % 2 == 0) {
                publish(Topics.REGISTRATION_APPLICATIONS, submitted(applicationId, false), ApplicationSubmitted.TYPE);
                publish(
                        Topics.VERIFICATION_VERIFICATIONS,
                        verdict(applicationId, Instant.now()),
                        VerificationCompleted.TYPE);
            } else {
                publish(
                        Topics.VERIFICATION_VERIFICATIONS,
                        verdict(applicationId, Instant.now()),
                        VerificationCompleted.TYPE);
                publish(Topics.REGISTRATION_APPLICATIONS, submitted(applicationId, false), ApplicationSubmitted.TYPE);
            }
        }

        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> assertThat(ids).allSatisfy(id -> assertThat(applicants
                                .byApplicationId(id)
                                .map(a -> a.status())
                                .orElse("absent"))
                        .as(id.toString())
                        .isEqualTo("VERIFIED")));
        assertThat(jdbc.sql("select count(*) from early_verification_event where application_id in (:ids)")
                        .param("ids", ids)
                        .query(Long.class)
                        .single())
                .as("nothing left waiting")
                .isZero();
    }

    @Test
    void theExpertCommitteePlacesADeclaredDisabilityAndNobodyElseCan() throws Exception {
        importAsCity(PLANS_2027);
        UUID declared = UUID.randomUUID();
        UUID notDeclared = UUID.randomUUID();
        publish(Topics.REGISTRATION_APPLICATIONS, submitted(declared, true), ApplicationSubmitted.TYPE);
        publish(Topics.REGISTRATION_APPLICATIONS, submitted(notDeclared, false), ApplicationSubmitted.TYPE);
        await().atMost(Duration.ofSeconds(20))
                .until(() -> applicants.byApplicationId(notDeclared).isPresent()
                        && applicants.byApplicationId(declared).isPresent());

        String path = "/api/admission/applications/" + declared + "/disability-placement";
        String body = "{\"placement\":\"REGULAR_CLASS\",\"schoolCode\":\"220602002\",\"decisionNote\":\"经评估可随班就读\"}";
        http.perform(put(path)
                        .with(staff("DISTRICT_ADMIN", "220602"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body))
                .andExpect(status().isForbidden());
        http.perform(put(path)
                        .with(staff("EXPERT_COMMITTEE", "220681"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body))
                .andExpect(status().isNotFound());
        http.perform(put("/api/admission/applications/" + notDeclared + "/disability-placement")
                        .with(staff("EXPERT_COMMITTEE", "220602"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.type").value("urn:baishan:problem:no-disability-declared"));
        http.perform(put(path)
                        .with(staff("EXPERT_COMMITTEE", "220602"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"placement\":\"SPECIAL_SCHOOL\",\"decisionNote\":\"\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field")
                        .value(org.hamcrest.Matchers.contains("schoolCode", "decisionNote")));
        http.perform(
                        put(path)
                                .with(staff("EXPERT_COMMITTEE", "220602"))
                                .contentType(MediaType.APPLICATION_JSON)
                                .content(
                                        "{\"placement\":\"REGULAR_CLASS\",\"schoolCode\":\"220681001\",\"decisionNote\":\"x\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].rule").value("season-school"));
        http.perform(put(path)
                        .with(staff("EXPERT_COMMITTEE", "220602"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.placement.placement").value("REGULAR_CLASS"))
                .andExpect(jsonPath("$.placement.decidedBy").value("admin-220602"));

        http.perform(get("/api/admission/applicants?year=2027&stage=PRIMARY").with(staff("DISTRICT_ADMIN", "220602")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.applicationId == '" + declared + "')].placement.schoolCode")
                        .value("220602002"))
                .andExpect(jsonPath("$[?(@.applicationId == '" + declared + "')].maskedName")
                        .value("张**"));
        http.perform(get("/api/admission/applicants?districtCode=220681").with(staff("DISTRICT_ADMIN", "220602")))
                .andExpect(status().isForbidden());
        http.perform(get("/api/admission/applicants").with(staff("PARENT", null)))
                .andExpect(status().isForbidden());
    }

    @Test
    void theSeasonInputIsBuiltFromThePlansCatchmentVerificationsTiersAndTheVerifiedApplicants() throws Exception {
        importAsCity(PLANS_2027);
        UUID applicationId = UUID.randomUUID();
        publish(Topics.REGISTRATION_APPLICATIONS, submitted(applicationId, false), ApplicationSubmitted.TYPE);
        publish(Topics.VERIFICATION_VERIFICATIONS, verdict(applicationId, Instant.now()), VerificationCompleted.TYPE);
        await().atMost(Duration.ofSeconds(20))
                .until(
                        () -> applicants
                                .byApplicationId(applicationId)
                                .map(a -> a.status())
                                .orElse(""),
                        "VERIFIED"::equals);

        var season = collect.collect("220602", 2027, "PRIMARY");

        DistrictInput input = season.input();
        assertThat(input.tiers())
                .containsExactly("PREFERENTIAL_GROUP", "HUKOU_AND_PROPERTY", "HUKOU_ONLY", "OUTSIDE_ZONES");
        assertThat(input.schools())
                .extracting(DistrictInput.SchoolSeats::schoolCode)
                .containsExactly("220600001", "220602001", "220602002");
        assertThat(input.zones())
                .extracting(DistrictInput.Zone::zoneCode)
                .containsExactly("220602-P-01", "220602-P-02");
        String publicId =
                applicants.byApplicationId(applicationId).orElseThrow().publicId();
        assertThat(input.children())
                .filteredOn(c -> c.publicId().equals(publicId))
                .singleElement()
                .satisfies(c -> {
                    assertThat(c.tierRank()).isEqualTo(2);
                    assertThat(c.zoneCode()).isEqualTo("220602-P-02");
                    assertThat(c.preferences()).containsExactly("220602002");
                    assertThat(c.nearbySchools()).containsExactly("220602002", "220600001", "220602001");
                });
        assertThat(season.entrants()).extracting(a -> a.publicId()).contains(publicId);
    }

    // --- fixtures

    void importAsCity(String sheet) throws Exception {
        http.perform(post("/api/admission/plans")
                        .with(staff("CITY_ADMIN", null))
                        .contentType("text/csv")
                        .content(sheet))
                .andExpect(status().isOk());
    }

    static ApplicationSubmitted submitted(UUID applicationId, boolean disability) {
        return new ApplicationSubmitted(
                UUID.randomUUID(),
                Instant.now(),
                ApplicationSubmitted.VERSION,
                applicationId,
                "220602",
                2027,
                "PRIMARY_GRADE_1",
                new ApplicationSubmitted.Person("RESIDENT_ID", CHILD_ID, "张子涵", "CHILD"),
                List.of(new ApplicationSubmitted.Person("RESIDENT_ID", "220602198803120034", "张伟", "FATHER")),
                "吉林省白山市浑江区红旗街道东兴社区春城小区3栋2单元101号",
                new ApplicationSubmitted.Claims(
                        null,
                        null,
                        false,
                        false,
                        null,
                        disability ? new ApplicationSubmitted.DisabilityClaim(null, true) : null,
                        null,
                        null,
                        List.of("220602002", "220681001")));
    }

    static VerificationCompleted verdict(UUID applicationId, Instant at) {
        return new VerificationCompleted(
                UUID.randomUUID(),
                at,
                VerificationCompleted.VERSION,
                applicationId,
                UUID.randomUUID(),
                VerificationCompleted.VERIFIED,
                "HUKOU_AND_PROPERTY",
                List.of(),
                List.of(),
                "220602-P-02",
                List.of("220602002", "220600001"),
                List.of(),
                List.of("HUKOU_IN_ZONE", "PROPERTY_IN_ZONE"),
                new VerificationCompleted.Location(126.449, 41.950));
    }

    static VerificationReopened reopened(UUID applicationId, Instant at) {
        return new VerificationReopened(
                UUID.randomUUID(),
                at,
                VerificationReopened.VERSION,
                applicationId,
                UUID.randomUUID(),
                VerificationReopened.TRIGGER_CHANGE_NOTICE,
                "HOUSEHOLD_REGISTRATION",
                "户籍信息发生变动");
    }

    void publish(String topic, IntegrationEvent event, String type) throws Exception {
        var record = new ProducerRecord<>(topic, event.aggregateId(), json.writeValueAsString(event));
        record.headers().add(EventHeaders.EVENT_TYPE, type.getBytes(StandardCharsets.UTF_8));
        kafka.send(record).get();
    }

    void awaitProcessed(UUID eventId, String consumer) {
        await().atMost(Duration.ofSeconds(20))
                .until(() -> jdbc.sql("select count(*) from processed_event where event_id = :id and consumer = :c")
                                .param("id", eventId)
                                .param("c", consumer)
                                .query(Long.class)
                                .single()
                        == 1);
    }

    String updatedAt(UUID applicationId) {
        return jdbc.sql("select updated_at::text from applicant where application_id = :id")
                .param("id", applicationId)
                .query(String.class)
                .single();
    }

    static RequestPostProcessor staff(String role, String district) {
        return StaffTokens.staff(role, role.equals("CITY_ADMIN") ? "city-admin" : "admin-" + district, district, null);
    }
}
