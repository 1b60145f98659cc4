package cn.baishan.enrollment.simulator.realestate;

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
class RealEstateApiTest {

    @Autowired
    MockMvc mvc;

    @Test
    void listsACoOwnedHomeOnceWithBothOwners() throws Exception {
        query("""
                {"requestId": "r-1", "idNumbers": ["220602198803120034", "220602199007080048"]}""")
                .andExpect(status().isOk())
                .andExpect(content().contentType(MediaType.APPLICATION_JSON))
                .andExpect(content()
                        .json(
                                """
                        {"requestId": "r-1",
                         "properties": [{"propertyId": "BDC-220602-000001",
                                         "certificateNumber": "吉(2019)白山市不动产权第0001234号",
                                         "addressText": "吉林省白山市浑江区红旗街道东兴社区春城小区3栋2单元101号",
                                         "districtCode": "220602", "usage": "RESIDENTIAL",
                                         "registrationDate": "2019-05-20",
                                         "owners": [{"idNumber": "220602198803120034", "name": "张伟", "share": "50%"},
                                                    {"idNumber": "220602199007080048", "name": "刘芳", "share": "50%"}]}]}
                        """,
                                JsonCompareMode.STRICT));
    }

    @Test
    void findsPropertiesOfAnySingleOwner() throws Exception {
        query("""
                {"requestId": "r-2", "idNumbers": ["22068120140709003X", "220681198309050013"]}""")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.properties.length()").value(1))
                .andExpect(jsonPath("$.properties[0].addressText").value("吉林省白山市临江市建国街道新市社区鸭绿江小区12栋3单元501号"))
                .andExpect(jsonPath("$.properties[0].registrationDate").value("2016-07-15"))
                .andExpect(jsonPath("$.properties[0].owners[0].share").value("100%"));
    }

    @Test
    void answersAnEmptyListWhenNobodyOwnsAnything() throws Exception {
        query("""
                {"requestId": "r-3", "idNumbers": ["210102199202110020", "220602202101010091"]}""")
                .andExpect(status().isOk())
                .andExpect(content()
                        .json(
                                """
                        {"requestId": "r-3", "properties": []}""",
                                JsonCompareMode.STRICT));
    }

    @Test
    void rejectsAnEmptyList() throws Exception {
        query("""
                {"requestId": "r-4", "idNumbers": []}""")
                .andExpect(status().isBadRequest())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value("idNumbers"));
    }

    @Test
    void rejectsAMalformedIdNumberInTheList() throws Exception {
        query("""
                {"requestId": "r-5", "idNumbers": ["220602198803120034", "not-an-id"]}""")
                .andExpect(status().isBadRequest())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value("idNumbers[1]"));
    }

    private ResultActions query(String body) throws Exception {
        return mvc.perform(post("/real-estate/v1/ownership-queries")
                .contentType(MediaType.APPLICATION_JSON)
                .content(body));
    }
}
