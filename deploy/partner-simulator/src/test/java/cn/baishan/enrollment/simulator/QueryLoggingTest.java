package cn.baishan.enrollment.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

@SimulatorTest
@ExtendWith(OutputCaptureExtension.class)
class QueryLoggingTest {

    @Autowired
    MockMvc mvc;

    @Test
    void everyDepartmentLogsItsQueriesWithMaskedIdNumbers(CapturedOutput output) throws Exception {
        query(
                "/household-registration/v1/person-queries",
                """
                {"requestId": "log-1", "idNumber": "220602202103150020", "purpose": "ENROLLMENT_VERIFICATION"}""");
        query(
                "/real-estate/v1/ownership-queries",
                """
                {"requestId": "log-2", "idNumbers": ["220602198803120034", "220602199007080048"]}""");
        query(
                "/residence-permit/v1/permit-queries",
                """
                {"requestId": "log-3", "idNumber": "210102199202110020"}""");
        query(
                "/social-insurance/v1/contribution-queries",
                """
                {"requestId": "log-4", "idNumber": "22068120140709003X"}""");

        assertThat(output.getOut())
                .contains("requestId=log-1 purpose=ENROLLMENT_VERIFICATION idNumber=2206**********0020 found=true")
                .contains("idNumbers=[2206**********0034, 2206**********0048] properties=1")
                .contains("requestId=log-3 idNumber=2101**********0020 found=true")
                .contains("requestId=log-4 idNumber=2206**********003X found=false")
                .doesNotContain("220602202103150020")
                .doesNotContain("220602198803120034")
                .doesNotContain("210102199202110020")
                .doesNotContain("22068120140709003X");
    }

    private void query(String path, String body) throws Exception {
        mvc.perform(post(path).contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isOk());
    }
}
