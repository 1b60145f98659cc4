package cn.baishan.enrollment.admission.applicants.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ApplicantFileTest {

    static final UUID ID = UUID.fromString("7b0c6f3e-2a41-4c5e-9d1f-0a2b3c4d5e6f");
    static final Instant T0 = Instant.parse("2027-05-01T08:00:00Z");

    @Test
    void thePublicIdIsTheStageLetterTheYearAndTwelveHexDigitsOfTheIdsSha256() throws Exception {
        String hex = HexFormat.of()
                .formatHex(MessageDigest.getInstance("SHA-256")
                        .digest(ID.toString().getBytes(StandardCharsets.UTF_8)))
                .toUpperCase();

        assertThat(PublicIds.of(ID, 2027, "PRIMARY_GRADE_1")).isEqualTo("P2027-" + hex.substring(0, 12));
        assertThat(PublicIds.of(ID, 2027, "JUNIOR")).isEqualTo("J2027-" + hex.substring(0, 12));
        assertThat(PublicIds.of(ID, 2027, "PRIMARY")).matches("P2027-[0-9A-F]{12}");
        assertThat(PublicIds.of(UUID.randomUUID(), 2027, "PRIMARY")).isNotEqualTo(PublicIds.of(ID, 2027, "PRIMARY"));
    }

    @Test
    void aNameIsMaskedAfterItsFirstCharacter() {
        assertThat(Masking.name("张三")).isEqualTo("张*");
        assertThat(Masking.name("张子涵")).isEqualTo("张**");
        assertThat(Masking.name("欧阳娜娜")).isEqualTo("欧***");
        assertThat(Masking.name("𠮷祥")).isEqualTo("𠮷*"); // a character outside the BMP counts once
        assertThat(Masking.name("")).isEqualTo("*");
    }

    @Test
    void theSexIsTheParityOfTheSeventeenthDigitOfAResidentId() {
        assertThat(ResidentIds.sex("RESIDENT_ID", "220602202103150020")).isEqualTo("F");
        assertThat(ResidentIds.sex("RESIDENT_ID", "220602202103150012")).isEqualTo("M");
        assertThat(ResidentIds.sex("RESIDENT_ID", "22060220210315001X")).isEqualTo("M");
        assertThat(ResidentIds.sex("PASSPORT", "E12345678")).isNull();
        assertThat(ResidentIds.sex("RESIDENT_ID", "2206")).isNull();
    }

    @Test
    void aSubmittedApplicationKeepsNoIdNumberOnlyItsKeyAndSex() {
        ApplicantFile file = submitted(false);

        assertThat(file.status()).isEqualTo(ApplicantStatus.PENDING);
        assertThat(file.maskedName()).isEqualTo("张**");
        assertThat(file.sex()).isEqualTo("F");
        assertThat(file.stage()).isEqualTo("PRIMARY");
        assertThat(file.toString()).doesNotContain("220602202103150020").doesNotContain("张子涵");
        assertThat(file.toApplicant().childKey()).isEqualTo("key-of-child");
    }

    @Test
    void theLatestVerificationNewsWinsWhateverOrderItArrivesIn() {
        var verified = new VerificationNews.Completed(ID, T0.plusSeconds(60), verdict(true, "HUKOU_ONLY"));
        var reopened = new VerificationNews.Reopened(ID, T0.plusSeconds(120), "户籍变动");
        var reverified = new VerificationNews.Completed(ID, T0.plusSeconds(180), verdict(true, "HUKOU_AND_PROPERTY"));

        ApplicantFile inOrder = submitted(false).apply(verified).apply(reopened).apply(reverified);
        ApplicantFile shuffled =
                submitted(false).apply(reverified).apply(verified).apply(reopened);

        assertThat(inOrder.status()).isEqualTo(ApplicantStatus.VERIFIED);
        assertThat(inOrder.verdict().category()).isEqualTo("HUKOU_AND_PROPERTY");
        assertThat(shuffled).isEqualTo(inOrder);
    }

    @Test
    void aReopeningPutsTheApplicationBackToPendingAndASupplementVerdictIsNotVerified() {
        ApplicantFile reopened = submitted(false)
                .apply(new VerificationNews.Completed(ID, T0.plusSeconds(1), verdict(true, "HUKOU_ONLY")))
                .apply(new VerificationNews.Reopened(ID, T0.plusSeconds(2), "补充材料"));
        assertThat(reopened.status()).isEqualTo(ApplicantStatus.PENDING);

        ApplicantFile supplement =
                reopened.apply(new VerificationNews.Completed(ID, T0.plusSeconds(3), verdict(false, null)));
        assertThat(supplement.status()).isEqualTo(ApplicantStatus.NEEDS_SUPPLEMENT);
    }

    @Test
    void theCommitteePlacesOnlyAChildWhoseFamilyDeclaredADisability() {
        var decision = new DisabilityPlacement(Placement.REGULAR_CLASS, null, "可随班就读", "committee1", T0);

        assertThatThrownBy(() -> submitted(false).place(decision))
                .isInstanceOf(ApplicantFile.NoDisabilityDeclaredException.class);
        ApplicantFile placed = submitted(true).place(decision);
        assertThat(placed.placement()).isEqualTo(decision);
        assertThat(placed.toApplicant().specialNeeds()).isTrue();
        assertThat(submitted(false).toApplicant().specialNeeds()).isFalse();
    }

    @Test
    void aPlacementNamesASpecialSchoolNoSchoolForHomeTeachingAndAlwaysItsReasons() {
        assertThat(DisabilityPlacement.problems(Placement.SPECIAL_SCHOOL, null, "需特殊教育"))
                .extracting(DisabilityPlacement.Problem::field, DisabilityPlacement.Problem::rule)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("schoolCode", "required"));
        assertThat(DisabilityPlacement.problems(Placement.HOME_TEACHING, "220602001", "送教"))
                .extracting(DisabilityPlacement.Problem::rule)
                .containsExactly("absent");
        assertThat(DisabilityPlacement.problems(Placement.REGULAR_CLASS, "2206", " "))
                .extracting(DisabilityPlacement.Problem::field)
                .containsExactly("schoolCode", "decisionNote");
        assertThat(DisabilityPlacement.problems(null, null, "x"))
                .extracting(DisabilityPlacement.Problem::field)
                .containsExactly("placement");
        assertThat(DisabilityPlacement.problems(Placement.REGULAR_CLASS, null, "可随班就读"))
                .isEmpty();
    }

    @Test
    void schoolsAreOrderedByGreatCircleDistanceFromTheHome() {
        // 1° of latitude ≈ 111.2 km
        assertThat(Distances.metres(126.4, 41.0, 126.4, 42.0)).isBetween(111_000.0, 111_400.0);
        var schools = List.of(
                new Distances.Point("far", 126.60, 41.94),
                new Distances.Point("near", 126.41, 41.94),
                new Distances.Point("mid", 126.45, 41.94),
                new Distances.Point("twin-b", 126.43, 41.94),
                new Distances.Point("twin-a", 126.43, 41.94));
        assertThat(Distances.nearestFirst(new HomeLocation(126.40, 41.94), schools))
                .containsExactly("near", "twin-a", "twin-b", "mid", "far");
        assertThat(Distances.nearestFirst(null, schools)).isEmpty();
    }

    static ApplicantFile submitted(boolean disability) {
        return ApplicantFile.submitted(
                ID,
                "220602",
                2027,
                "PRIMARY_GRADE_1",
                "张子涵",
                "RESIDENT_ID",
                "220602202103150020",
                "key-of-child",
                new Claims(List.of(), null, null, disability),
                T0);
    }

    static Verdict verdict(boolean verified, String category) {
        return new Verdict(verified, category, List.of(), "220602-P-01", List.of("220602001"), List.of(), null);
    }
}
