package cn.baishan.enrollment.registration.admission.usecase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.baishan.enrollment.registration.admission.domain.AdmissionNotice;
import cn.baishan.enrollment.registration.admission.domain.AdmissionNotices;
import cn.baishan.enrollment.registration.admission.domain.AppealDecision;
import cn.baishan.enrollment.registration.admission.domain.AppealStatus;
import cn.baishan.enrollment.registration.admission.usecase.FileAppealUseCase.FileAppealCommand;
import cn.baishan.enrollment.registration.admission.usecase.ViewAdmissionQuery.AdmissionNotPublishedException;
import cn.baishan.enrollment.registration.admission.usecase.ViewAdmissionQuery.ApplicationNotFoundException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Keeping notices and decisions, and reading the one in force, over in-memory ports. */
class KeepingAdmissionResultsTest {

    static final Instant NOW = Instant.parse("2027-07-22T03:00:00Z");
    static final UUID APPLICATION = UUID.randomUUID();
    static final LocalDate DEADLINE = LocalDate.parse("2027-07-27");
    static final Reader OWNER = new Reader("parent-1", true, false, null, false);

    final InMemoryAdmission ports = new InMemoryAdmission();
    final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
    final KeepingAdmissionResults results = new KeepingAdmissionResults(ports, ports, ports, ports, clock);
    final FilingAppeal filing = new FilingAppeal(ports, ports, ports, ports, ports, clock);

    {
        ports.owners.put(APPLICATION, "parent-1");
    }

    @Test
    void aNoticeIsKeptOnceAndTheFamilyToldOnce() {
        AdmissionNotice notice = AdmissionNotices.admitted(APPLICATION, NOW.minusSeconds(60), DEADLINE);

        results.noticeIssued(notice);
        results.noticeIssued(notice);

        assertThat(ports.notices).hasSize(1);
        assertThat(ports.noticesNotified).containsExactly(notice);
        var current = results.current(APPLICATION, OWNER);
        assertThat(current.notice()).isEqualTo(notice);
        assertThat(current.appeal()).isNull();
        assertThat(current.appealOpen()).isTrue();
    }

    @Test
    void aReissuedNoticeReplacesTheCurrentOneAndTheFirstStaysAsHistory() {
        AdmissionNotice first = AdmissionNotices.admitted(APPLICATION, NOW.minusSeconds(3600), DEADLINE);
        AdmissionNotice second = AdmissionNotices.notice(
                APPLICATION, "ADMITTED", "220602002", "白山市第二小学", "APPEAL", NOW.minusSeconds(60), DEADLINE, null);

        results.noticeIssued(first);
        results.noticeIssued(second);

        assertThat(results.current(APPLICATION, OWNER).notice()).isEqualTo(second);
        assertThat(ports.notices).containsKeys(first.id(), second.id());
        assertThat(ports.noticesNotified).containsExactly(first, second);
    }

    @Test
    void anOlderNoticeArrivingLateIsHistoryAndNotNews() {
        AdmissionNotice older = AdmissionNotices.admitted(APPLICATION, NOW.minusSeconds(3600), DEADLINE);
        AdmissionNotice newer = AdmissionNotices.admitted(APPLICATION, NOW.minusSeconds(60), DEADLINE);

        results.noticeIssued(newer);
        results.noticeIssued(older);

        assertThat(results.current(APPLICATION, OWNER).notice()).isEqualTo(newer);
        assertThat(ports.notices).hasSize(2);
        assertThat(ports.noticesNotified).containsExactly(newer);
    }

    @Test
    void outsideTheScopeTheApplicationIsNotFoundAndWithoutANoticeNothingIsPublished() {
        assertThatThrownBy(() -> results.current(APPLICATION, OWNER))
                .isInstanceOf(AdmissionNotPublishedException.class);
        results.noticeIssued(AdmissionNotices.admitted(APPLICATION, NOW, DEADLINE));
        assertThatThrownBy(() -> results.current(APPLICATION, new Reader("parent-2", true, false, null, false)))
                .isInstanceOf(ApplicationNotFoundException.class);
    }

    @Test
    void aDecisionMovesTheAppealTellsTheFamilyOnceAndAReissuedNoticeShowsTheAppealBehindIt() {
        results.noticeIssued(AdmissionNotices.admitted(APPLICATION, NOW.minusSeconds(3600), DEADLINE));
        var appeal = filing.file(new FileAppealCommand(APPLICATION, "parent-1", "学位核减有误"));
        assertThat(results.current(APPLICATION, OWNER).appeal()).isEqualTo(appeal);
        assertThat(results.current(APPLICATION, OWNER).appealOpen()).isFalse();

        var decision = new AppealDecision(AppealStatus.UPHELD, "核实无误", "220602002", NOW.plusSeconds(10));
        results.appealDecided(APPLICATION, appeal.id(), decision);
        results.appealDecided(
                APPLICATION, appeal.id(), new AppealDecision(AppealStatus.DISMISSED, "再议", null, NOW.plusSeconds(20)));
        AdmissionNotice reissued = AdmissionNotices.notice(
                APPLICATION, "ADMITTED", "220602002", "白山市第二小学", "APPEAL", NOW.plusSeconds(30), DEADLINE, appeal.id());
        results.noticeIssued(reissued);

        var current = results.current(APPLICATION, OWNER);
        assertThat(current.notice()).isEqualTo(reissued);
        assertThat(current.appeal().id()).isEqualTo(appeal.id());
        assertThat(current.appeal().status()).isEqualTo(AppealStatus.UPHELD);
        assertThat(current.appeal().decision().reason()).isEqualTo("核实无误");
        assertThat(current.appealOpen()).isTrue();
        assertThat(ports.decisionsNotified).hasSize(1);
    }

    @Test
    void aDecisionForAnAppealNotFiledHereOrOfAnotherApplicationChangesNothing() {
        results.noticeIssued(AdmissionNotices.admitted(APPLICATION, NOW.minusSeconds(3600), DEADLINE));
        var appeal = filing.file(new FileAppealCommand(APPLICATION, "parent-1", "理由"));
        var decision = new AppealDecision(AppealStatus.DISMISSED, "材料不足", null, NOW);

        results.appealDecided(APPLICATION, UUID.randomUUID(), decision);
        results.appealDecided(UUID.randomUUID(), appeal.id(), decision);

        assertThat(ports.appeals.get(appeal.id()).status()).isEqualTo(AppealStatus.SUBMITTED);
        assertThat(ports.decisionsNotified).isEmpty();
    }
}
