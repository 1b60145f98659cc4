package cn.baishan.enrollment.simulator.socialinsurance;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.baishan.enrollment.simulator.SimulatorTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.json.JsonCompareMode;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

@SimulatorTest
class SocialInsuranceApiTest {

    @Autowired
    MockMvc mvc;

    @Test
    void answersWithTheContributionRecord() throws Exception {
        query("""
                {"requestId": "r-1", "idNumber": "210102199202110020"}""")
                .andExpect(status().isOk())
                .andExpect(content().contentType(MediaType.APPLICATION_JSON))
                .andExpect(content()
                        .json(
                                """
                        {"requestId": "r-1", "found": true,
                         "record": {"insuredIdNumber": "210102199202110020", "insuredName": "李娜",
                                    "employer": "白山市长白山商贸有限公司", "districtCode": "220602",
                                    "firstContributionMonth": "2024-05", "lastContributionMonth": "2026-10",
                                    "continuousMonths": 30}}
                        """,
                                JsonCompareMode.STRICT));
    }

    @Test
    void knowsFourYearsOfContributionsForZhangWei() throws Exception {
        query("""
                {"requestId": "r-2", "idNumber": "220602198803120034"}""")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.record.continuousMonths").value(48));
    }

    @Test
    void answersFoundFalseForSomeoneNeverInsured() throws Exception {
        query("""
                {"requestId": "r-3", "idNumber": "220602199007080048"}""")
                .andExpect(status().isOk())
                .andExpect(content()
                        .json(
                                """
                        {"requestId": "r-3", "found": false}""",
                                JsonCompareMode.STRICT));
    }

    @Test
    void rejectsAMalformedIdNumber() throws Exception {
        query("""
                {"requestId": "r-4", "idNumber": "22060219880312003"}""")
                .andExpect(status().isBadRequest())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value("idNumber"));
    }

    private ResultActions query(String body) throws Exception {
        return mvc.perform(post("/social-insurance/v1/contribution-queries")
                .contentType(MediaType.APPLICATION_JSON)
                .content(body));
    }
}
