package cn.baishan.enrollment.registration.admission.usecase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.baishan.enrollment.registration.admission.domain.AdmissionNotice;
import cn.baishan.enrollment.registration.admission.domain.AdmissionNotices;
import cn.baishan.enrollment.registration.admission.domain.AppealStatus;
import cn.baishan.enrollment.registration.admission.domain.AppealWindowClosedException;
import cn.baishan.enrollment.registration.admission.domain.InvalidAppealException;
import cn.baishan.enrollment.registration.admission.usecase.FileAppealUseCase.AppealExistsException;
import cn.baishan.enrollment.registration.admission.usecase.FileAppealUseCase.FileAppealCommand;
import cn.baishan.enrollment.registration.admission.usecase.ViewAdmissionQuery.AdmissionNotPublishedException;
import cn.baishan.enrollment.registration.admission.usecase.ViewAdmissionQuery.ApplicationNotFoundException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Filing an appeal over in-memory ports: who may, against which notice, once, and in the window. */
class FilingAppealTest {

    static final Instant NOW = Instant.parse("2027-07-22T03:00:00Z");
    static final UUID APPLICATION = UUID.randomUUID();
    static final LocalDate DEADLINE = LocalDate.parse("2027-07-27");

    final InMemoryAdmission ports = new InMemoryAdmission();

    FilingAppeal filing(Instant now) {
        return new FilingAppeal(ports, ports, ports, ports, ports, Clock.fixed(now, ZoneOffset.UTC));
    }

    AdmissionNotice published() {
        ports.owners.put(APPLICATION, "parent-1");
        AdmissionNotice notice = AdmissionNotices.admitted(APPLICATION, NOW.minusSeconds(86_400), DEADLINE);
        ports.insertIfAbsent(notice);
        return notice;
    }

    @Test
    void theOwnerAppealsTheCurrentNoticeAndAdmissionIsToldInTheSameCall() {
        AdmissionNotice notice = published();

        var appeal = filing(NOW).file(new FileAppealCommand(APPLICATION, "parent-1", "孩子户籍在学区内"));

        assertThat(appeal.status()).isEqualTo(AppealStatus.SUBMITTED);
        assertThat(appeal.noticeId()).isEqualTo(notice.id());
        assertThat(appeal.filedAt()).isEqualTo(NOW);
        assertThat(ports.appeals).containsKey(appeal.id());
        assertThat(ports.published).containsExactly(appeal);
        assertThat(ports.filingsNotified).containsExactly(appeal);
    }

    @Test
    void anotherFamilyGetsNotFoundAndNothingIsFiled() {
        published();

        assertThatThrownBy(() -> filing(NOW).file(new FileAppealCommand(APPLICATION, "parent-2", "理由")))
                .isInstanceOf(ApplicationNotFoundException.class);
        assertThat(ports.appeals).isEmpty();
        assertThat(ports.published).isEmpty();
        assertThat(ports.filingsNotified).isEmpty();
    }

    @Test
    void withoutANoticeThereIsNothingToAppeal() {
        ports.owners.put(APPLICATION, "parent-1");

        assertThatThrownBy(() -> filing(NOW).file(new FileAppealCommand(APPLICATION, "parent-1", "理由")))
                .isInstanceOf(AdmissionNotPublishedException.class);
    }

    @Test
    void aSecondAppealOfTheSameNoticeIsRefusedAndPublishesNothingMore() {
        published();
        var first = filing(NOW).file(new FileAppealCommand(APPLICATION, "parent-1", "理由一"));

        assertThatThrownBy(() -> filing(NOW).file(new FileAppealCommand(APPLICATION, "parent-1", "理由二")))
                .isInstanceOfSatisfying(AppealExistsException.class, e -> assertThat(e.existing())
                        .isEqualTo(first));
        assertThat(ports.published).hasSize(1);
    }

    @Test
    void aNoticeReissuedAfterAnAppealCanBeAppealedAgain() {
        published();
        var first = filing(NOW).file(new FileAppealCommand(APPLICATION, "parent-1", "理由一"));
        ports.insertIfAbsent(AdmissionNotices.notice(
                APPLICATION,
                "ADMITTED",
                "220602002",
                "白山市第二小学",
                "APPEAL",
                NOW.plusSeconds(3600),
                DEADLINE.plusDays(7),
                first.id()));

        var second = filing(NOW.plusSeconds(7200)).file(new FileAppealCommand(APPLICATION, "parent-1", "理由二"));

        assertThat(second.noticeId()).isNotEqualTo(first.noticeId());
        assertThat(ports.published).hasSize(2);
    }

    @Test
    void afterTheDeadlineDayTheAppealIsRefusedAndNothingIsStored() {
        published();

        assertThatThrownBy(() -> filing(Instant.parse("2027-07-27T16:00:00Z"))
                        .file(new FileAppealCommand(APPLICATION, "parent-1", "理由")))
                .isInstanceOf(AppealWindowClosedException.class);
        assertThat(ports.appeals).isEmpty();
        assertThat(ports.published).isEmpty();
    }

    @Test
    void anEmptyStatementIsRefusedNamingTheField() {
        published();

        assertThatThrownBy(() -> filing(NOW).file(new FileAppealCommand(APPLICATION, "parent-1", " ")))
                .isInstanceOfSatisfying(
                        InvalidAppealException.class, e -> assertThat(e.field()).isEqualTo("statement"));
        assertThat(ports.published).isEmpty();
    }
}
