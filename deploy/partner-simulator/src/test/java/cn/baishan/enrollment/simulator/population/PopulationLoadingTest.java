package cn.baishan.enrollment.simulator.population;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.baishan.enrollment.simulator.PartnerSimulatorApplication;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

@ExtendWith(OutputCaptureExtension.class)
class PopulationLoadingTest {

    private static final String ZHANG_WEI =
            """
            {"idNumber": "220602198803120034", "name": "张伟", "sex": "M", "birthDate": "1988-03-12"}""";
    private static final String ZHANG_ZIHAN =
            """
            {"idNumber": "220602202103150020", "name": "张子涵", "sex": "F", "birthDate": "2021-03-15"}""";

    @TempDir
    Path dir;

    @Test
    void loadsAWellFormedFile() throws IOException {
        Path file =
                write(population(ZHANG_WEI + "," + ZHANG_ZIHAN, members("220602198803120034", "220602202103150020")));

        Population population = PopulationConfiguration.load(file);

        assertThat(population.registration("220602202103150020"))
                .hasValueSatisfying(registration ->
                        assertThat(registration.member().relationToHead()).isEqualTo("女"));
        assertThat(population.summary().persons()).isEqualTo(2);
    }

    @Test
    void rejectsADuplicateIdNumberWithAMaskedMessage() throws IOException {
        Path file = write(population(ZHANG_WEI + "," + ZHANG_WEI, members("220602198803120034")));

        assertThatThrownBy(() -> PopulationConfiguration.load(file))
                .isInstanceOf(InvalidPopulationException.class)
                .hasMessageContaining("persons[1]: duplicate idNumber 2206**********0034, already listed at persons[0]")
                .message()
                .doesNotContain("220602198803120034");
    }

    @Test
    void rejectsAnImpossibleDate() throws IOException {
        Path file = write(population(ZHANG_WEI.replace("1988-03-12", "1988-02-30"), members("220602198803120034")));

        assertThatThrownBy(() -> PopulationConfiguration.load(file))
                .isInstanceOf(InvalidPopulationException.class)
                .hasMessageContaining("cannot be read")
                .hasMessageContaining("1988-02-30");
    }

    @Test
    void listsEveryInconsistencyAtOnce() throws IOException {
        Path file = write(population(
                ZHANG_WEI.replace("\"M\"", "\"F\"") + "," + ZHANG_ZIHAN,
                members("220602198803120034", "220602202101010091")));

        assertThatThrownBy(() -> PopulationConfiguration.load(file))
                .hasMessageContaining("persons[0]: sex F does not match the ID number")
                .hasMessageContaining("households[0].members[1]: 2206**********0091 is not in persons")
                .hasMessageContaining("person 2206**********0020 belongs to no household");
    }

    @Test
    void startUpFailsWithTheListOfProblems(CapturedOutput output) throws IOException {
        Path file = write(population(ZHANG_WEI + "," + ZHANG_WEI, members("220602198803120034")));

        // a command-line argument, because application.yml would override a default property
        assertThatThrownBy(() -> new SpringApplicationBuilder(PartnerSimulatorApplication.class)
                        .web(WebApplicationType.NONE)
                        .run("--simulator.population-file=" + file, "--spring.main.banner-mode=off"))
                .hasRootCauseInstanceOf(InvalidPopulationException.class)
                .rootCause()
                .hasMessageContaining("duplicate idNumber");
        assertThat(output.getOut())
                .contains("APPLICATION FAILED TO START")
                .contains("persons[1]: duplicate idNumber 2206**********0034");
    }

    private static String population(String persons, String members) {
        return """
                {"persons": [%s],
                 "households": [{"householdNumber": "220602000001", "addressText": "吉林省白山市浑江区红旗街道东兴社区春城小区3栋2单元101号",
                                 "districtCode": "220602", "members": [%s]}]}
                """
                .formatted(persons, members);
    }

    private static String members(String... idNumbers) {
        StringBuilder json = new StringBuilder();
        for (int i = 0; i < idNumbers.length; i++) {
            json.append(i == 0 ? "" : ",")
                    .append(
                            """
                            {"idNumber": "%s", "relationToHead": "%s", "moveInDate": "2019-06-01"}"""
                                    .formatted(idNumbers[i], i == 0 ? "户主" : "女"));
        }
        return json.toString();
    }

    private Path write(String json) throws IOException {
        return Files.writeString(dir.resolve("population.json"), json, StandardCharsets.UTF_8);
    }
}
