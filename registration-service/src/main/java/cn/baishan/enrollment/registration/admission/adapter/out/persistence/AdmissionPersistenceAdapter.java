package cn.baishan.enrollment.registration.admission.adapter.out.persistence;

import cn.baishan.enrollment.registration.admission.domain.AdmissionNotice;
import cn.baishan.enrollment.registration.admission.domain.Appeal;
import cn.baishan.enrollment.registration.admission.domain.AppealDecision;
import cn.baishan.enrollment.registration.admission.domain.AppealStatus;
import cn.baishan.enrollment.registration.admission.domain.ConsideredSchool;
import cn.baishan.enrollment.registration.admission.domain.Explanation;
import cn.baishan.enrollment.registration.admission.usecase.port.AdmissionNoticeRepository;
import cn.baishan.enrollment.registration.admission.usecase.port.AppealRepository;
import java.time.Clock;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Rows are filled and read field by field: the entities have no accessors (they never leave this
 * package), and the explanation is flattened into the notice's row plus one row per considered school.
 */
@Component
class AdmissionPersistenceAdapter implements AdmissionNoticeRepository, AppealRepository {

    private final AdmissionNoticeJpaRepository noticeRows;
    private final AppealJpaRepository appealRows;
    private final Clock clock;

    AdmissionPersistenceAdapter(AdmissionNoticeJpaRepository noticeRows, AppealJpaRepository appealRows, Clock clock) {
        this.noticeRows = noticeRows;
        this.appealRows = appealRows;
        this.clock = clock;
    }

    @Override
    public boolean insertIfAbsent(AdmissionNotice notice) {
        // a notice is an immutable fact of a published run: the first copy stays
        if (noticeRows.existsById(notice.id())) {
            return false;
        }
        AdmissionNoticeEntity row = new AdmissionNoticeEntity();
        row.id = notice.id();
        row.applicationId = notice.applicationId();
        row.runId = notice.runId();
        row.districtCode = notice.districtCode();
        row.enrollmentYear = notice.enrollmentYear();
        row.stage = notice.stage();
        row.publicId = notice.publicId();
        row.outcome = notice.outcome();
        row.schoolCode = notice.schoolCode();
        row.schoolName = notice.schoolName();
        row.route = notice.route();
        Explanation why = notice.explanation();
        row.tierRank = why.tierRank();
        row.tierName = why.tierName();
        row.lotteryNumber = why.lotteryNumber();
        row.lotteryRank = why.lotteryRank();
        row.reason = why.reason();
        for (ConsideredSchool school : why.considered()) {
            ConsideredSchoolRow considered = new ConsideredSchoolRow();
            considered.schoolCode = school.schoolCode();
            considered.phase = school.phase();
            considered.admitted = school.admitted();
            considered.cutoffTierRank = school.cutoffTierRank();
            considered.cutoffLotteryRank = school.cutoffLotteryRank();
            row.considered.add(considered);
        }
        row.appealDeadline = notice.appealDeadline();
        row.appealId = notice.appealId();
        row.issuedAt = notice.issuedAt();
        row.recordedAt = clock.instant();
        noticeRows.save(row);
        return true;
    }

    @Override
    public Optional<AdmissionNotice> current(UUID applicationId) {
        return noticeRows
                .findFirstByApplicationIdOrderByIssuedAtDescIdDesc(applicationId)
                .map(AdmissionPersistenceAdapter::toDomain);
    }

    @Override
    public boolean insertIfFirstOfNotice(Appeal appeal) {
        return appealRows.insertIfFirstOfNotice(
                        appeal.id(),
                        appeal.applicationId(),
                        appeal.noticeId(),
                        appeal.runId(),
                        appeal.statement(),
                        appeal.filedBy(),
                        appeal.filedAt(),
                        appeal.status().name())
                == 1;
    }

    @Override
    public void update(Appeal appeal) {
        AppealEntity row = appealRows.findById(appeal.id()).orElseThrow();
        row.status = appeal.status().name();
        AppealDecision decision = appeal.decision();
        row.decisionReason = decision == null ? null : decision.reason();
        row.decisionSchoolCode = decision == null ? null : decision.schoolCode();
        row.decidedAt = decision == null ? null : decision.decidedAt();
    }

    @Override
    public Optional<Appeal> load(UUID appealId) {
        return appealRows.findById(appealId).map(AdmissionPersistenceAdapter::toDomain);
    }

    @Override
    public Optional<Appeal> ofNotice(UUID noticeId) {
        return appealRows.findByNoticeId(noticeId).map(AdmissionPersistenceAdapter::toDomain);
    }

    private static AdmissionNotice toDomain(AdmissionNoticeEntity row) {
        return new AdmissionNotice(
                row.id,
                row.applicationId,
                row.runId,
                row.districtCode,
                row.enrollmentYear,
                row.stage,
                row.publicId,
                row.outcome,
                row.schoolCode,
                row.schoolName,
                row.route,
                new Explanation(
                        row.tierRank,
                        row.tierName,
                        row.lotteryNumber,
                        row.lotteryRank,
                        row.considered.stream()
                                .map(s -> new ConsideredSchool(
                                        s.schoolCode, s.phase, s.admitted, s.cutoffTierRank, s.cutoffLotteryRank))
                                .toList(),
                        row.reason),
                row.appealDeadline,
                row.appealId,
                row.issuedAt);
    }

    private static Appeal toDomain(AppealEntity row) {
        AppealStatus status = AppealStatus.valueOf(row.status);
        AppealDecision decision = status == AppealStatus.SUBMITTED
                ? null
                : new AppealDecision(status, row.decisionReason, row.decisionSchoolCode, row.decidedAt);
        return new Appeal(
                row.id,
                row.applicationId,
                row.noticeId,
                row.runId,
                row.statement,
                row.filedBy,
                row.filedAt,
                status,
                decision);
    }
}
