package cn.baishan.enrollment.simulator;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

@SimulatorTest
class ActuatorTest {

    @Autowired
    MockMvc mvc;

    @Test
    void reportsHealthUp() throws Exception {
        mvc.perform(get("/actuator/health"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("UP"));
    }

    @Test
    void infoTellsWhichPopulationIsLoaded() throws Exception {
        mvc.perform(get("/actuator/info"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.population.source").value("classpath:population/baishan-population.json"))
                .andExpect(jsonPath("$.population.generatedWith.seed").value(42))
                .andExpect(jsonPath("$.population.households").value(300));
    }

    @Test
    void unknownPathsAnswerProblemJson() throws Exception {
        mvc.perform(get("/no-such-department/v1/queries"))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.status").value(404));
    }
}
