package cn.baishan.enrollment.verification.verifications.domain;

import static cn.baishan.enrollment.verification.verifications.domain.VerificationTest.DECLARED;
import static cn.baishan.enrollment.verification.verifications.domain.VerificationTest.NO_PROPERTY;
import static cn.baishan.enrollment.verification.verifications.domain.VerificationTest.NO_ZONE;
import static cn.baishan.enrollment.verification.verifications.domain.VerificationTest.RETRY;
import static cn.baishan.enrollment.verification.verifications.domain.VerificationTest.T0;
import static cn.baishan.enrollment.verification.verifications.domain.VerificationTest.found;
import static cn.baishan.enrollment.verification.verifications.domain.VerificationTest.open;
import static cn.baishan.enrollment.verification.verifications.domain.VerificationTest.owns;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The verified home's position is the one of the address that decided the zone, as catchment gave it. */
class HomeLocationTest {

    static final Coordinates HUKOU_HOME = new Coordinates(126.418475, 41.940175);
    static final Coordinates FLAT = new Coordinates(126.4312, 41.9355);
    static final Coordinates PERMIT_HOME = new Coordinates(126.4401, 41.9201);

    static final ZoneLookup HUKOU_ZONE = new ZoneLookup.Matched("220602-P-01", List.of("220602001"), HUKOU_HOME);

    @Test
    void aHukouInAZoneGivesTheHukouAddressPositionEvenWithAPropertyInTheSameZone() {
        var v = open("RESIDENT_ID");

        v.applyAnswers(
                found(DECLARED),
                HUKOU_ZONE,
                owns("RESIDENTIAL", LocalDate.of(2019, 5, 20)),
                Map.of("BDC-1", new ZoneLookup.Matched("220602-P-01", List.of("220602001"), FLAT)),
                null,
                List.of(),
                T0,
                RETRY);

        assertThat(v.category()).isEqualTo(Categories.HUKOU_AND_PROPERTY);
        assertThat(v.homeLocation()).isEqualTo(HUKOU_HOME);
    }

    @Test
    void aHukouInNoZoneTakesThePositionOfTheGuardiansHomeThatPlacedTheFamily() {
        var v = open("RESIDENT_ID");

        v.applyAnswers(
                found(DECLARED),
                NO_ZONE,
                owns("RESIDENTIAL", LocalDate.of(2019, 5, 20)),
                Map.of("BDC-1", new ZoneLookup.Matched("220602-P-03", List.of("220602003"), FLAT)),
                null,
                List.of(),
                T0,
                RETRY);

        assertThat(v.zoneCode()).isEqualTo("220602-P-03");
        assertThat(v.homeLocation()).isEqualTo(FLAT);
    }

    @Test
    void aMigrantFamilyTakesThePositionOfThePermitsAddress() {
        var v = open("RESIDENT_ID");
        var permitZone = new ZoneLookup.Matched("220602-P-12", List.of("220602012"), PERMIT_HOME);
        var migrant = new MigrantLookup.Found(
                new PermitRecord(
                        "220602202300001",
                        "220602198803120034",
                        "吉林省白山市浑江区新建街道浑江社区江城小区5栋1单元302号",
                        LocalDate.of(2023, 2, 1),
                        LocalDate.of(2028, 2, 1)),
                permitZone,
                new InsuranceRecord("220602198803120034", 30, "2027-04"));

        v.applyAnswers(found(DECLARED), NO_ZONE, NO_PROPERTY, Map.of(), migrant, List.of(), T0, RETRY);

        assertThat(v.category()).isEqualTo(Categories.MIGRANT_PERMIT_INSURANCE);
        assertThat(v.homeLocation()).isEqualTo(PERMIT_HOME);
    }

    @Test
    void noZoneOrAZoneWithoutAPositionGivesNoHomeLocation() {
        var outside = open("RESIDENT_ID");
        var unplaced = open("RESIDENT_ID");

        outside.applyAnswers(found(DECLARED), NO_ZONE, NO_PROPERTY, Map.of(), null, List.of(), T0, RETRY);
        unplaced.applyAnswers(
                found(DECLARED),
                new ZoneLookup.Matched("220602-P-01", List.of("220602001")),
                NO_PROPERTY,
                Map.of(),
                null,
                List.of(),
                T0,
                RETRY);

        assertThat(outside.category()).isEqualTo(Categories.OUTSIDE_ZONES);
        assertThat(outside.homeLocation()).isNull();
        assertThat(unplaced.zoneCode()).isEqualTo("220602-P-01");
        assertThat(unplaced.homeLocation()).isNull();
    }

    @Test
    void reopeningClearsTheHomeLocationWithTheZone() {
        var v = open("RESIDENT_ID");
        v.applyAnswers(found(DECLARED), HUKOU_ZONE, NO_PROPERTY, Map.of(), null, List.of(), T0, RETRY);

        v.reopen("CHANGE_NOTICE", "户籍迁出", T0.plusSeconds(60));

        assertThat(v.zoneCode()).isNull();
        assertThat(v.homeLocation()).isNull();
    }

    @Test
    void aPositionOutsideWgs84IsRefused() {
        assertThatThrownBy(() -> new Coordinates(41.94, 126.42)).isInstanceOf(IllegalArgumentException.class);
    }
}
