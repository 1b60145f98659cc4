package cn.baishan.enrollment.simulator.household;

import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.is;
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
class HouseholdRegistrationApiTest {

    @Autowired
    MockMvc mvc;

    @Test
    void answersWithThePersonAndTheirHukouWhenFound() throws Exception {
        query(
                        """
                {"requestId": "7b0a4c1e-2f6d-4a8b-9c3e-5d1f2a3b4c5d", "idNumber": "220602202103150020",
                 "purpose": "ENROLLMENT_VERIFICATION"}""")
                .andExpect(status().isOk())
                .andExpect(content().contentType(MediaType.APPLICATION_JSON))
                .andExpect(content()
                        .json(
                                """
                        {"requestId": "7b0a4c1e-2f6d-4a8b-9c3e-5d1f2a3b4c5d",
                         "found": true,
                         "person": {"idNumber": "220602202103150020", "name": "张子涵", "sex": "F",
                                    "birthDate": "2021-03-15"},
                         "household": {"householdNumber": "220602000001",
                                       "addressText": "吉林省白山市浑江区红旗街道东兴社区春城小区3栋2单元101号",
                                       "districtCode": "220602", "moveInDate": "2019-06-01", "relationToHead": "女"}}
                        """,
                                JsonCompareMode.STRICT));
    }

    @Test
    void findsMigrantsUnderTheirHomeRegion() throws Exception {
        query(
                        """
                {"requestId": "r-2", "idNumber": "210102202011020019", "purpose": "ENROLLMENT_VERIFICATION"}""")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.found").value(true))
                .andExpect(jsonPath("$.person.name").value("李浩然"))
                .andExpect(jsonPath("$.household.districtCode").value("210102"))
                .andExpect(jsonPath("$.household.moveInDate").value("2015-01-01"));
    }

    @Test
    void answersFoundFalseAndNothingElseForAnUnknownPerson() throws Exception {
        query(
                        """
                {"requestId": "r-3", "idNumber": "220602202101010091", "purpose": "ENROLLMENT_VERIFICATION"}""")
                .andExpect(status().isOk())
                .andExpect(content()
                        .json(
                                """
                        {"requestId": "r-3", "found": false}""",
                                JsonCompareMode.STRICT));
    }

    @Test
    void rejectsAMissingIdNumberAsProblemJson() throws Exception {
        query("""
                {"requestId": "r-4", "purpose": "ENROLLMENT_VERIFICATION"}""")
                .andExpect(status().isBadRequest())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value("urn:problem:partner-simulator:invalid-request"))
                .andExpect(jsonPath("$.status").value(400))
                .andExpect(jsonPath("$.errors[0].field").value("idNumber"));
    }

    @Test
    void rejectsABlankIdNumber() throws Exception {
        query("""
                {"requestId": "r-5", "idNumber": "  ", "purpose": "ENROLLMENT_VERIFICATION"}""")
                .andExpect(status().isBadRequest())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[*].field").value(everyItem(is("idNumber"))));
    }

    @Test
    void rejectsABodyThatIsNotJson() throws Exception {
        query("idNumber=220602202103150020")
                .andExpect(status().isBadRequest())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON));
    }

    private ResultActions query(String body) throws Exception {
        return mvc.perform(post("/household-registration/v1/person-queries")
                .contentType(MediaType.APPLICATION_JSON)
                .content(body));
    }
}
