package cn.baishan.enrollment.registration.applications.usecase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.MonthDay;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RegistrationSettingsTest {

    static final RegistrationSettings.DefaultWindow ALL_YEAR =
            new RegistrationSettings.DefaultWindow(true, "07-01", "07-31");

    @Test
    void aDistrictsOwnCutOffOverridesTheCityDefault() {
        var settings = new RegistrationSettings(
                "08-31", 5, Map.of("220621", new RegistrationSettings.District("09-30", null)), ALL_YEAR);

        assertThat(settings.rulesFor("220621").ageCutOff()).isEqualTo(MonthDay.of(9, 30));
        assertThat(settings.rulesFor("220621").maxSchoolPreferences()).isEqualTo(5);
        assertThat(settings.rulesFor("220602").ageCutOff()).isEqualTo(MonthDay.of(8, 31));
    }

    @Test
    void aMalformedCutOffStopsTheServiceFromStarting() {
        assertThatThrownBy(() -> new RegistrationSettings(
                        "08-31", 5, Map.of("220621", new RegistrationSettings.District("31.08", null)), ALL_YEAR))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("baishan.registration.districts.220621.age-cut-off");
    }
}
