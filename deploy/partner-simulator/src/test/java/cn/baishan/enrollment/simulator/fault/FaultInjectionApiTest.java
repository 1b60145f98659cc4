package cn.baishan.enrollment.simulator.fault;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.is;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.baishan.enrollment.simulator.SimulatorTest;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.json.JsonCompareMode;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

@SimulatorTest
class FaultInjectionApiTest {

    private static final String NO_FAULTS =
            """
            {"latencyMs": 0, "errorRate": 0.0, "garbageRate": 0.0, "outage": false}""";

    @Autowired
    MockMvc mvc;

    @AfterEach
    void clearFaults() throws Exception {
        mvc.perform(delete("/admin/faults")).andExpect(status().isOk());
    }

    @Test
    void outageAnswers503ProblemJsonForThatDepartmentOnly() throws Exception {
        setFaults(
                        "household-registration",
                        """
                {"latencyMs": 0, "errorRate": 0.0, "garbageRate": 0.0, "outage": true}""")
                .andExpect(status().isOk())
                .andExpect(content()
                        .json(
                                """
                        {"department": "household-registration", "latencyMs": 0, "errorRate": 0.0,
                         "garbageRate": 0.0, "outage": true, "asyncAnswers": false, "answerDelayMs": 2000}""",
                                JsonCompareMode.STRICT));

        queryHousehold()
                .andExpect(status().isServiceUnavailable())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value("urn:problem:partner-simulator:simulated-outage"));
        queryRealEstate().andExpect(status().isOk());
        mvc.perform(get("/actuator/health")).andExpect(status().isOk());
    }

    @Test
    void errorRateOneAnswers500ProblemJsonEveryTime() throws Exception {
        setFaults(
                "real-estate",
                """
                {"latencyMs": 0, "errorRate": 1.0, "garbageRate": 0.0, "outage": false}""");

        for (int i = 0; i < 5; i++) {
            queryRealEstate()
                    .andExpect(status().isInternalServerError())
                    .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                    .andExpect(jsonPath("$.type").value("urn:problem:partner-simulator:simulated-error"));
        }
    }

    @Test
    void garbageRateOneAnswers200WithABodyNoJsonParserAccepts() throws Exception {
        setFaults(
                "household-registration",
                """
                {"latencyMs": 0, "errorRate": 0.0, "garbageRate": 1.0, "outage": false}""");
        JsonMapper json = JsonMapper.builder().build();

        for (int i = 0; i < 10; i++) {
            MockHttpServletResponse response =
                    queryHousehold().andExpect(status().isOk()).andReturn().getResponse();

            assertThat(response.getContentType()).startsWith(MediaType.APPLICATION_JSON_VALUE);
            assertThatThrownBy(() -> json.readTree(response.getContentAsByteArray()))
                    .isInstanceOf(JacksonException.class);
        }
    }

    @Test
    void latencyDelaysTheAnswerByAtLeastTheConfiguredTime() throws Exception {
        setFaults(
                "social-insurance",
                """
                {"latencyMs": 300, "errorRate": 0.0, "garbageRate": 0.0, "outage": false}""");

        long started = System.nanoTime();
        mvc.perform(
                        post("/social-insurance/v1/contribution-queries")
                                .contentType(MediaType.APPLICATION_JSON)
                                .content(
                                        """
                                {"requestId": "r-1", "idNumber": "210102199202110020"}"""))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.found").value(true));

        assertThat((System.nanoTime() - started) / 1_000_000).isGreaterThanOrEqualTo(300);
    }

    @Test
    void partialErrorRateFailsTheSameCallsEachTimeItIsSet() throws Exception {
        String halfFailing =
                """
                {"latencyMs": 0, "errorRate": 0.5, "garbageRate": 0.0, "outage": false}""";

        setFaults("residence-permit", halfFailing);
        List<Integer> firstRun = permitStatuses(20);
        setFaults("residence-permit", halfFailing);
        List<Integer> secondRun = permitStatuses(20);

        assertThat(firstRun).contains(200, 500).isEqualTo(secondRun);
    }

    @Test
    void resetClearsEveryDepartment() throws Exception {
        for (String department : List.of("household-registration", "real-estate")) {
            setFaults(
                    department,
                    """
                    {"latencyMs": 0, "errorRate": 0.0, "garbageRate": 0.0, "outage": true}""");
        }

        mvc.perform(delete("/admin/faults"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].outage").value(everyItem(is(false))));

        queryHousehold().andExpect(status().isOk());
        queryRealEstate().andExpect(status().isOk());
    }

    @Test
    void listsAllFourDepartments() throws Exception {
        setFaults(
                "social-insurance",
                """
                {"latencyMs": 50, "errorRate": 0.25, "garbageRate": 0.125, "outage": false}""");

        mvc.perform(get("/admin/faults"))
                .andExpect(status().isOk())
                .andExpect(content()
                        .json(
                                """
                        [{"department": "household-registration", "latencyMs": 0, "errorRate": 0.0,
                          "garbageRate": 0.0, "outage": false, "asyncAnswers": false, "answerDelayMs": 2000},
                         {"department": "real-estate", "latencyMs": 0, "errorRate": 0.0,
                          "garbageRate": 0.0, "outage": false, "asyncAnswers": false, "answerDelayMs": 2000},
                         {"department": "residence-permit", "latencyMs": 0, "errorRate": 0.0,
                          "garbageRate": 0.0, "outage": false, "asyncAnswers": false, "answerDelayMs": 2000},
                         {"department": "social-insurance", "latencyMs": 50, "errorRate": 0.25,
                          "garbageRate": 0.125, "outage": false, "asyncAnswers": false, "answerDelayMs": 2000}]""",
                                JsonCompareMode.STRICT));
    }

    @Test
    void acceptsABodyWithOnlyTheFaultsThatMatter() throws Exception {
        setFaults("real-estate", """
                {"outage": true}""")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.latencyMs").value(0))
                .andExpect(jsonPath("$.outage").value(true));
    }

    @Test
    void rejectsARateOutsideZeroToOne() throws Exception {
        setFaults(
                        "real-estate",
                        """
                {"latencyMs": 0, "errorRate": 1.5, "garbageRate": 0.0, "outage": false}""")
                .andExpect(status().isBadRequest())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value("errorRate"));
    }

    @Test
    void rejectsAnUnknownDepartment() throws Exception {
        setFaults("tax-bureau", NO_FAULTS)
                .andExpect(status().isNotFound())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value("urn:problem:partner-simulator:unknown-department"));
    }

    private List<Integer> permitStatuses(int calls) throws Exception {
        List<Integer> statuses = new ArrayList<>();
        for (int i = 0; i < calls; i++) {
            statuses.add(mvc.perform(post("/residence-permit/v1/permit-queries")
                            .contentType(MediaType.APPLICATION_JSON)
                            .content(
                                    """
                                    {"requestId": "r-%d", "idNumber": "210102199202110020"}"""
                                            .formatted(i)))
                    .andReturn()
                    .getResponse()
                    .getStatus());
        }
        return statuses;
    }

    private ResultActions setFaults(String department, String body) throws Exception {
        return mvc.perform(put("/admin/faults/" + department)
                .contentType(MediaType.APPLICATION_JSON)
                .content(body));
    }

    private ResultActions queryHousehold() throws Exception {
        return mvc.perform(
                post("/household-registration/v1/person-queries")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(
                                """
                        {"requestId": "r-1", "idNumber": "220602202103150020", "purpose": "ENROLLMENT_VERIFICATION"}"""));
    }

    private ResultActions queryRealEstate() throws Exception {
        return mvc.perform(post("/real-estate/v1/ownership-queries")
                .contentType(MediaType.APPLICATION_JSON)
                .content("""
                        {"requestId": "r-1", "idNumbers": ["220602198803120034"]}"""));
    }
}
