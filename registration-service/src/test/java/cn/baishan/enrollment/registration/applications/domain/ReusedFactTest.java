package cn.baishan.enrollment.registration.applications.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ReusedFactTest {

    static final Instant T0 = ApplicationTest.T0;

    static Application application(String owner, String childId, String hukou, Instant at) {
        var form = ApplicationForm.of(
                "220602",
                2027,
                Stage.PRIMARY_GRADE_1,
                ApplicationFormTest.resident("张一", childId),
                List.of(ApplicationFormTest.father()),
                hukou);
        return Application.submit(UUID.randomUUID(), owner, new Submitter(owner, owner, false), form, at);
    }

    @Test
    void aGuardianAndHouseholdVerifiedForTheFirstChildAreReusedForTheSecond() {
        var first = application("p", "220602202001010027", ApplicationFormTest.HUKOU, T0);
        first.verified("HUKOU_ONLY", List.of(), null, List.of(), T0.plusSeconds(60));
        var second = application("p", "220602202002020040", ApplicationFormTest.HUKOU, T0.plusSeconds(120));

        var facts = ReusedFact.of(second, List.of(first, second));

        assertThat(facts)
                .containsExactly(
                        new ReusedFact("guardians[0]", first.getId(), T0.plusSeconds(60)),
                        new ReusedFact("hukouAddress", first.getId(), T0.plusSeconds(60)));
    }

    @Test
    void nothingIsReusedFromAnApplicationThatIsNotVerified() {
        var first = application("p", "220602202001010027", ApplicationFormTest.HUKOU, T0);
        var second = application("p", "220602202002020040", ApplicationFormTest.HUKOU, T0.plusSeconds(120));

        assertThat(ReusedFact.of(second, List.of(first, second))).isEmpty();
    }

    @Test
    void anotherHouseholdAddressIsNotReused() {
        var first = application("p", "220602202001010027", ApplicationFormTest.HUKOU, T0);
        first.verified("HUKOU_ONLY", List.of(), null, List.of(), T0.plusSeconds(60));
        var second = application("p", "220602202002020040", "吉林省白山市江源区某街1号", T0.plusSeconds(120));

        assertThat(ReusedFact.of(second, List.of(first, second)))
                .extracting(ReusedFact::fact)
                .containsExactly("guardians[0]");
    }
}
