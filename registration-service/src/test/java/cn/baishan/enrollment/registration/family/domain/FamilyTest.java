package cn.baishan.enrollment.registration.family.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class FamilyTest {

    static final FamilyChild CHILD = new FamilyChild(
            UUID.randomUUID(), "张一", "RESIDENT_ID", "220602202006060082", LocalDate.of(2020, 6, 6), "FEMALE");
    static final FamilyGuardian FATHER =
            new FamilyGuardian(UUID.randomUUID(), "张伟", "FATHER", "RESIDENT_ID", "220602199001010014", null);

    @Test
    void aFamilyFindsItsOwnPeopleByIdAndNoOneElse() {
        var family = new Family("parent-1", List.of(CHILD), List.of(FATHER));

        assertThat(family.child(CHILD.id())).contains(CHILD);
        assertThat(family.guardian(FATHER.id())).contains(FATHER);
        assertThat(family.child(FATHER.id())).isEmpty();
        assertThat(family.guardian(UUID.randomUUID())).isEmpty();
    }

    @Test
    void peopleNeverPrintTheirIdNumbers() {
        assertThat(CHILD.toString()).doesNotContain("220602202006060082");
        assertThat(FATHER.toString()).doesNotContain("220602199001010014");
    }
}
