package cn.baishan.enrollment.simulator.residencepermit;

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
class ResidencePermitApiTest {

    @Autowired
    MockMvc mvc;

    @Test
    void answersWithThePermitOfAMigrantParent() throws Exception {
        query("""
                {"requestId": "r-1", "idNumber": "210102199202110020"}""")
                .andExpect(status().isOk())
                .andExpect(content().contentType(MediaType.APPLICATION_JSON))
                .andExpect(content()
                        .json(
                                """
                        {"requestId": "r-1", "found": true,
                         "permit": {"permitNumber": "220602202300001", "holderIdNumber": "210102199202110020",
                                    "holderName": "李娜",
                                    "addressText": "吉林省白山市浑江区新建街道浑江社区江城小区5栋1单元302号",
                                    "districtCode": "220602", "issueDate": "2023-02-01", "expiryDate": "2028-02-01"}}
                        """,
                                JsonCompareMode.STRICT));
    }

    @Test
    void answersFoundFalseForAResidentWithoutPermit() throws Exception {
        query("""
                {"requestId": "r-2", "idNumber": "220602198803120034"}""")
                .andExpect(status().isOk())
                .andExpect(content()
                        .json(
                                """
                        {"requestId": "r-2", "found": false}""",
                                JsonCompareMode.STRICT));
    }

    @Test
    void rejectsAMissingIdNumber() throws Exception {
        query("""
                {"requestId": "r-3"}""")
                .andExpect(status().isBadRequest())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value("idNumber"));
    }

    private ResultActions query(String body) throws Exception {
        return mvc.perform(post("/residence-permit/v1/permit-queries")
                .contentType(MediaType.APPLICATION_JSON)
                .content(body));
    }
}
