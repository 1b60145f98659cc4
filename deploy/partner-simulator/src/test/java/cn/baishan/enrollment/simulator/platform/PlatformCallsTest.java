package cn.baishan.enrollment.simulator.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The simulated departments calling the platform: asynchronous answers posted back after a delay (retried
 * when the platform fails), and change notices pushed on request — each with the department's own
 * client-credentials token, against a local stub of Keycloak's token endpoint and the partner API.
 */
@SpringBootTest(properties = {"simulator.callback.first-backoff=50ms", "simulator.callback.max-attempts=4"})
@AutoConfigureMockMvc
@org.junit.jupiter.api.extension.ExtendWith(org.springframework.boot.test.system.OutputCaptureExtension.class)
class PlatformCallsTest {

    static final PlatformStub PLATFORM = new PlatformStub();
    static final String ZHANG_ZIHAN = "220602202103150020";

    @DynamicPropertySource
    static void platform(DynamicPropertyRegistry registry) {
        registry.add("simulator.callback.base-url", PLATFORM::baseUrl);
        registry.add("simulator.callback.token-uri", () -> PLATFORM.baseUrl() + "/token");
    }

    @AfterAll
    static void stop() {
        PLATFORM.close();
    }

    @Autowired
    MockMvc mvc;

    @Autowired
    JsonMapper json;

    @AfterEach
    void synchronousAgain() throws Exception {
        mvc.perform(delete("/admin/faults")).andExpect(status().isOk());
        PLATFORM.received.clear();
        PLATFORM.answerFailuresLeft.set(0);
    }

    @Test
    void inAsynchronousModeAQueryGetsATicketAndTheAnswerIsPostedLaterWithTheDepartmentsToken() throws Exception {
        asynchronous("household-registration", 100);

        MvcResult accepted = mvc.perform(post("/household-registration/v1/person-queries")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"requestId\":\"r-async-1\",\"idNumber\":\"" + ZHANG_ZIHAN
                                + "\",\"purpose\":\"ENROLLMENT_VERIFICATION\"}"))
                .andExpect(status().isAccepted())
                .andExpect(jsonPath("$.requestId").value("r-async-1"))
                .andExpect(jsonPath("$.found").doesNotExist())
                .andReturn();
        String ticket = json.readTree(accepted.getResponse().getContentAsString())
                .get("ticket")
                .asString();

        await().atMost(Duration.ofSeconds(5))
                .until(() -> !PLATFORM.at("/api/partner/answers").isEmpty());
        PlatformStub.Received callback = PLATFORM.at("/api/partner/answers").get(0);
        assertThat(callback.authorization()).isEqualTo("Bearer tok-partner-psb");
        JsonNode body = json.readTree(callback.body());
        assertThat(body.get("requestId").asString()).isEqualTo("r-async-1");
        assertThat(body.get("ticket").asString()).isEqualTo(ticket);
        assertThat(body.at("/answer/found").asBoolean()).isTrue();
        assertThat(body.at("/answer/person/idNumber").asString()).isEqualTo(ZHANG_ZIHAN);
        assertThat(body.at("/answer/household/addressText").asString()).contains("春城小区3栋2单元101号");
    }

    @Test
    void aFailedCallbackIsTriedAgainWithBackoffUntilThePlatformTakesItAndLogsNoIdNumber(
            org.springframework.boot.test.system.CapturedOutput output) throws Exception {
        PLATFORM.answerFailuresLeft.set(2);
        asynchronous("real-estate", 0);

        mvc.perform(post("/real-estate/v1/ownership-queries")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"requestId\":\"r-async-2\",\"idNumbers\":[\"220602198803120034\"]}"))
                .andExpect(status().isAccepted());

        await().atMost(Duration.ofSeconds(5))
                .until(() -> PLATFORM.at("/api/partner/answers").size() == 3);
        List<PlatformStub.Received> attempts = PLATFORM.at("/api/partner/answers");
        assertThat(attempts).extracting(PlatformStub.Received::answeredWith).containsExactly(503, 503, 202);
        assertThat(attempts).extracting(PlatformStub.Received::authorization).containsOnly("Bearer tok-partner-nr");
        assertThat(attempts)
                .extracting(PlatformStub.Received::body)
                .containsOnly(attempts.get(0).body());
        Thread.sleep(300); // nothing more once it was taken
        assertThat(PLATFORM.at("/api/partner/answers")).hasSize(3);
        assertThat(output.getOut())
                .contains("Asynchronous answer failed department=real-estate requestId=r-async-2")
                .contains("Asynchronous answer posted department=real-estate requestId=r-async-2")
                .doesNotContain("220602198803120034");
    }

    @Test
    void aCallbackThePlatformKeepsRefusingIsGivenUpAfterTheConfiguredAttempts() throws Exception {
        PLATFORM.answerFailuresLeft.set(100);
        asynchronous("social-insurance", 0);

        mvc.perform(post("/social-insurance/v1/contribution-queries")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"requestId\":\"r-async-3\",\"idNumber\":\"210102199202110020\"}"))
                .andExpect(status().isAccepted());

        await().atMost(Duration.ofSeconds(5))
                .until(() -> PLATFORM.at("/api/partner/answers").size() == 4);
        Thread.sleep(1000);
        assertThat(PLATFORM.at("/api/partner/answers")).hasSize(4);
        assertThat(PLATFORM.at("/api/partner/answers").get(0).authorization()).isEqualTo("Bearer tok-partner-hrss");
    }

    @Test
    void injectedFaultsStillComeFirstAndAreNeverAnsweredLater() throws Exception {
        mvc.perform(put("/admin/faults/household-registration")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"outage\":true,\"asyncAnswers\":true,\"answerDelayMs\":0}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.asyncAnswers").value(true));

        mvc.perform(post("/household-registration/v1/person-queries")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"requestId\":\"r-async-4\",\"idNumber\":\"" + ZHANG_ZIHAN
                                + "\",\"purpose\":\"ENROLLMENT_VERIFICATION\"}"))
                .andExpect(status().isServiceUnavailable());
        Thread.sleep(300);
        assertThat(PLATFORM.at("/api/partner/answers")).isEmpty();
    }

    @Test
    void aChangeNoticeIsPushedAsTheDepartmentKeepingThatRegistry(
            org.springframework.boot.test.system.CapturedOutput output) throws Exception {
        mvc.perform(post("/admin/change-notices")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"kind\":\"HUKOU_MOVED_OUT\",\"idNumber\":\"" + ZHANG_ZIHAN
                                + "\",\"effectiveDate\":\"2027-05-01\",\"detail\":\"迁往长春市\",\"noticeId\":\"SIM-1\"}"))
                .andExpect(status().isOk())
                .andExpect(
                        content()
                                .json(
                                        """
                                {"noticeId":"SIM-1","department":"household-registration","kind":"HUKOU_MOVED_OUT",
                                 "platformStatus":202,"platformAnswer":{"noticeId":"SIM-1","status":"ACCEPTED"}}"""));
        mvc.perform(post("/admin/change-notices")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"kind\":\"PROPERTY_TRANSFERRED\",\"idNumber\":\"220602198803120034\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.noticeId").isNotEmpty());

        List<PlatformStub.Received> notices = PLATFORM.at("/api/partner/change-notices");
        assertThat(notices)
                .extracting(PlatformStub.Received::authorization)
                .containsExactly("Bearer tok-partner-psb", "Bearer tok-partner-nr");
        JsonNode first = json.readTree(notices.get(0).body());
        assertThat(first.get("noticeId").asString()).isEqualTo("SIM-1");
        assertThat(first.get("kind").asString()).isEqualTo("HUKOU_MOVED_OUT");
        assertThat(first.get("idNumber").asString()).isEqualTo(ZHANG_ZIHAN);
        assertThat(first.get("effectiveDate").asString()).isEqualTo("2027-05-01");
        assertThat(json.readTree(notices.get(1).body()).get("effectiveDate").asString())
                .matches("\\d{4}-\\d{2}-\\d{2}");
        assertThat(output.getOut()).contains("idNumber=2206**********0020").doesNotContain(ZHANG_ZIHAN);
    }

    @Test
    void aChangeNoticeNeedsAPersonOfThePopulationAndAKnownKind() throws Exception {
        mvc.perform(post("/admin/change-notices")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"kind\":\"HUKOU_MOVED_OUT\",\"idNumber\":\"220602202101010091\"}"))
                .andExpect(status().isNotFound())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value("urn:problem:partner-simulator:unknown-person"))
                .andExpect(jsonPath("$.detail")
                        .value(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("202101010091"))));
        mvc.perform(post("/admin/change-notices")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"kind\":\"TAX_EVADED\",\"idNumber\":\"" + ZHANG_ZIHAN + "\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value("urn:problem:partner-simulator:invalid-request"));
        assertThat(PLATFORM.at("/api/partner/change-notices")).isEmpty();
    }

    private void asynchronous(String department, long delayMs) throws Exception {
        mvc.perform(put("/admin/faults/" + department)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"asyncAnswers\":true,\"answerDelayMs\":" + delayMs + "}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.asyncAnswers").value(true))
                .andExpect(jsonPath("$.answerDelayMs").value(delayMs));
    }
}
