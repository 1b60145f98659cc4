package cn.baishan.enrollment.admission;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.baishan.enrollment.allocation.lottery.Seed;
import cn.baishan.enrollment.testing.TestPostgres;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.kafka.test.context.EmbeddedKafka;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Who may call the season, appeal, enrollment and class endpoints (Keycloak-shaped tokens): a district bureau in its
 * own district, the city everywhere, inspectors read, parents and schools none of the bureau's steps; the public pages
 * need no token. Bad input is a 400 naming the field and the rule.
 */
@SpringBootTest
@AutoConfigureMockMvc
@EmbeddedKafka(partitions = 1)
class AdmissionStaffAccessTest {

    static final String SEASON = "/api/admission/seasons/220602/2027/JUNIOR";
    static final Seed SEED = Seed.fromHex("ab".repeat(32));

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", TestPostgres::freshDatabase);
        registry.add("spring.kafka.bootstrap-servers", () -> System.getProperty("spring.embedded.kafka.brokers"));
    }

    @Autowired
    MockMvc http;

    @BeforeEach
    void committed() throws Exception {
        // idempotent across tests: the first commits, later ones get 409 commitment-exists
        http.perform(json(
                        put(SEASON + "/commitment"),
                        "{\"commitment\":\"" + SEED.commitment().hex() + "\"}")
                .with(token("DISTRICT_ADMIN", "220602", null)));
    }

    @Test
    void withoutATokenTheStaffEndpointsAnswer401AndThePublicPagesAnswer() throws Exception {
        http.perform(json(put(SEASON + "/commitment"), "{\"commitment\":\"" + "1".repeat(64) + "\"}"))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.type").value("urn:baishan:problem:unauthenticated"));
        http.perform(get(SEASON)).andExpect(status().isUnauthorized());
        http.perform(get("/api/admission/appeals")).andExpect(status().isUnauthorized());
        http.perform(json(post("/api/admission/enrollments"), "{\"applicationId\":\"" + UUID.randomUUID() + "\"}"))
                .andExpect(status().isUnauthorized());

        http.perform(get("/api/public/admission/seasons/220602/2027/JUNIOR"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.commitment").value(SEED.commitment().hex()))
                .andExpect(jsonPath("$.seed").doesNotExist())
                .andExpect(jsonPath("$.algorithmVersion").value("baishan-district-allocation-v1"))
                // who took the steps is for staff, not the public page
                .andExpect(jsonPath("$.committedBy").doesNotExist());
        http.perform(get("/api/public/admission/seasons/220602/2027/JUNIOR/input"))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value("urn:baishan:problem:input-not-frozen"));
        http.perform(get("/api/public/admission/seasons/220602/2027/JUNIOR/result"))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.type").value("urn:baishan:problem:result-not-published"));
        http.perform(get("/api/public/admission/seasons/220602/2027/JUNIOR/schools/220602025/admitted"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(0));
        http.perform(get("/api/public/admission/seasons/220681/2027/JUNIOR"))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.type").value("urn:baishan:problem:season-not-found"));
        http.perform(get("/api/public/admission/schools/220602025/class-assignments/2027/JUNIOR"))
                .andExpect(status().isNotFound());
    }

    @Test
    void anotherDistrictsBureauCannotActOnTheSeasonAndDoesNotSeeIt() throws Exception {
        RequestPostProcessor other = token("DISTRICT_ADMIN", "220681", null);
        http.perform(json(put(SEASON + "/commitment"), "{\"commitment\":\"" + "1".repeat(64) + "\"}")
                        .with(other))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.type").value("urn:baishan:problem:forbidden"));
        http.perform(post(SEASON + "/closing").with(other)).andExpect(status().isForbidden());
        http.perform(json(post(SEASON + "/draw"), "{\"seed\":\"" + SEED.hex() + "\"}")
                        .with(other))
                .andExpect(status().isForbidden());
        http.perform(post(SEASON + "/runs").with(other)).andExpect(status().isForbidden());
        http.perform(post(SEASON + "/runs/" + UUID.randomUUID() + "/publication")
                        .with(other))
                .andExpect(status().isForbidden());
        http.perform(get(SEASON).with(other))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.type").value("urn:baishan:problem:season-not-found"));
        http.perform(get(SEASON + "/runs/" + UUID.randomUUID()).with(other)).andExpect(status().isNotFound());
        http.perform(get("/api/admission/appeals?districtCode=220602").with(other))
                .andExpect(status().isForbidden());

        http.perform(get(SEASON).with(token("DISTRICT_ADMIN", "220602", null)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.timeline[0].by").value("user-DISTRICT_ADMIN"));
        http.perform(get(SEASON).with(token("CITY_ADMIN", null, null))).andExpect(status().isOk());
        http.perform(get(SEASON).with(token("INSPECTOR", null, null))).andExpect(status().isOk());
        http.perform(post(SEASON + "/closing").with(token("INSPECTOR", null, null)))
                .andExpect(status().isForbidden());
    }

    @Test
    void aParentOrASchoolCannotCallTheBureausEndpoints() throws Exception {
        for (RequestPostProcessor caller :
                List.of(token("PARENT", null, null), token("SCHOOL_STAFF", "220602", "220602025"))) {
            http.perform(json(put(SEASON + "/commitment"), "{\"commitment\":\"" + "1".repeat(64) + "\"}")
                            .with(caller))
                    .andExpect(status().isForbidden());
            http.perform(get(SEASON).with(caller)).andExpect(status().isForbidden());
            http.perform(post(SEASON + "/runs").with(caller)).andExpect(status().isForbidden());
            http.perform(get(SEASON + "/runs/" + UUID.randomUUID() + "/explanations/" + UUID.randomUUID())
                            .with(caller))
                    .andExpect(status().isForbidden());
            http.perform(get("/api/admission/appeals").with(caller)).andExpect(status().isForbidden());
            http.perform(json(
                                    post("/api/admission/appeals/" + UUID.randomUUID() + "/decision"),
                                    "{\"outcome\":\"DISMISSED\",\"reason\":\"r\"}")
                            .with(caller))
                    .andExpect(status().isForbidden());
        }
        RequestPostProcessor parent = token("PARENT", null, null);
        http.perform(json(post("/api/admission/enrollments"), "{\"applicationId\":\"" + UUID.randomUUID() + "\"}")
                        .with(parent))
                .andExpect(status().isForbidden());
        http.perform(json(
                                post("/api/admission/schools/220602025/class-assignments"),
                                "{\"year\":2027,\"stage\":\"JUNIOR\",\"seed\":\"" + "ab".repeat(16) + "\"}")
                        .with(parent))
                .andExpect(status().isForbidden());
        http.perform(get("/api/admission/schools/220602025/enrollments").with(parent))
                .andExpect(status().isForbidden());
        // a school's staff acts for its own school only
        http.perform(json(
                                post("/api/admission/schools/220602001/class-assignments"),
                                "{\"year\":2027,\"stage\":\"JUNIOR\",\"seed\":\"" + "ab".repeat(16) + "\"}")
                        .with(token("SCHOOL_STAFF", "220602", "220602025")))
                .andExpect(status().isForbidden());
        http.perform(get("/api/admission/schools/220602001/enrollments")
                        .with(token("SCHOOL_STAFF", "220602", "220602025")))
                .andExpect(status().isForbidden());
    }

    @Test
    void stepsOutOfOrderAre409AndAStepCannotBeRedone() throws Exception {
        RequestPostProcessor admin = token("DISTRICT_ADMIN", "220602", null);
        http.perform(json(put(SEASON + "/commitment"), "{\"commitment\":\"" + "1".repeat(64) + "\"}")
                        .with(admin))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.type").value("urn:baishan:problem:commitment-exists"))
                .andExpect(jsonPath("$.detail").isNotEmpty());
        http.perform(json(post(SEASON + "/draw"), "{\"seed\":\"" + SEED.hex() + "\"}")
                        .with(admin))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.type").value("urn:baishan:problem:not-closed"));
        http.perform(post(SEASON + "/runs").with(admin))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.type").value("urn:baishan:problem:not-closed"));
        http.perform(post("/api/admission/seasons/220602/2028/JUNIOR/closing").with(admin))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.type").value("urn:baishan:problem:commitment-missing"));
        http.perform(post(SEASON + "/runs/" + UUID.randomUUID() + "/publication")
                        .with(admin))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.type").value("urn:baishan:problem:run-not-found"));
    }

    @Test
    void badInputIsA400NamingTheFieldAndTheRule() throws Exception {
        RequestPostProcessor admin = token("DISTRICT_ADMIN", "220602", null);
        http.perform(json(put("/api/admission/seasons/220602/2029/PRIMARY/commitment"), "{\"commitment\":\"xyz\"}")
                        .with(admin))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("commitment"))
                .andExpect(jsonPath("$.errors[0].rule").value("sha256-hex"));
        http.perform(json(
                                put("/api/admission/seasons/220602/2029/PRIMARY/commitment"),
                                "{\"commitment\":\"" + "1".repeat(64) + "\",\"seed\":\"x\"}")
                        .with(admin))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].rule").value("unknown-field"));
        http.perform(json(post(SEASON + "/draw"), "{}").with(admin))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("seed"));
        http.perform(json(post(SEASON + "/runs/" + UUID.randomUUID() + "/publication"), "{\"appealDays\":0}")
                        .with(admin))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("appealDays"));
        http.perform(json(post("/api/admission/appeals/" + UUID.randomUUID() + "/decision"), "{\"outcome\":\"UPHELD\"}")
                        .with(admin))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("reason"));
        http.perform(json(
                                post("/api/admission/appeals/" + UUID.randomUUID() + "/decision"),
                                "{\"outcome\":\"MAYBE\",\"reason\":\"r\"}")
                        .with(admin))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("outcome"));
        http.perform(json(
                                post("/api/admission/appeals/" + UUID.randomUUID() + "/decision"),
                                "{\"outcome\":\"DISMISSED\",\"reason\":\"r\"}")
                        .with(admin))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.type").value("urn:baishan:problem:appeal-not-found"));
        RequestPostProcessor school = token("SCHOOL_STAFF", "220602", "220602025");
        http.perform(json(post("/api/admission/enrollments"), "{}").with(school))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("applicationId"));
        http.perform(json(
                                post("/api/admission/schools/220602025/class-assignments"),
                                "{\"year\":2027,\"stage\":\"JUNIOR\",\"seed\":\"abc\"}")
                        .with(school))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("seed"));
        http.perform(json(
                                post("/api/admission/schools/220602025/class-assignments"),
                                "{\"year\":2027,\"stage\":\"JUNIOR\",\"seed\":\"" + "ab".repeat(16) + "\"}")
                        .with(school))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.type").value("urn:baishan:problem:no-enrolled-students"));
    }

    private static MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder request, String body) {
        return request.contentType(MediaType.APPLICATION_JSON).content(body);
    }

    static RequestPostProcessor token(String role, String district, String school) {
        return StaffTokens.staff(role, "user-" + role, district, school);
    }
}
