package cn.baishan.enrollment.admission.appeals.usecase;

import cn.baishan.enrollment.admission.appeals.domain.Appeal;
import cn.baishan.enrollment.admission.appeals.domain.AppealStatus;
import cn.baishan.enrollment.admission.appeals.usecase.port.AppealEvents;
import cn.baishan.enrollment.admission.appeals.usecase.port.AppealRepository;
import cn.baishan.enrollment.admission.enrollment.usecase.EnrollmentsQuery;
import cn.baishan.enrollment.admission.seasons.domain.Admission;
import cn.baishan.enrollment.admission.seasons.domain.RunViolation;
import cn.baishan.enrollment.admission.seasons.usecase.AdmissionsQuery;
import cn.baishan.enrollment.admission.seasons.usecase.ReassignAdmissionUseCase;
import cn.baishan.enrollment.admission.seasons.usecase.ReassignAdmissionUseCase.Refused;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The decision, the move it makes and both events commit together, or none of them does. */
@Service
@Transactional
class HandlingAppeals implements FileAppealUseCase, DecideAppealUseCase, AppealsQuery {

    private static final Logger log = LoggerFactory.getLogger(HandlingAppeals.class);

    private final AppealRepository appeals;
    private final AppealEvents events;
    private final AdmissionsQuery admissions;
    private final ReassignAdmissionUseCase reassign;
    private final EnrollmentsQuery enrollments;
    private final Clock clock;

    HandlingAppeals(
            AppealRepository appeals,
            AppealEvents events,
            AdmissionsQuery admissions,
            ReassignAdmissionUseCase reassign,
            EnrollmentsQuery enrollments,
            Clock clock) {
        this.appeals = appeals;
        this.events = events;
        this.admissions = admissions;
        this.reassign = reassign;
        this.enrollments = enrollments;
        this.clock = clock;
    }

    @Override
    public boolean file(UUID appealId, UUID applicationId, UUID runId, String statement) {
        Optional<Admission> admission = admissions.currentOf(applicationId);
        if (admission.isEmpty()) {
            // registration checks the window against our notice; without a published result there is nothing to appeal
            log.warn("appeal {} of application {} ignored: no published admission", appealId, applicationId);
            return false;
        }
        Admission a = admission.get();
        boolean filed = appeals.insertIfAbsent(Appeal.file(
                appealId,
                applicationId,
                runId == null ? a.runId() : runId,
                a.seasonId(),
                a.season().districtCode(),
                a.publicId(),
                statement,
                clock.instant()));
        if (filed) {
            log.info("appeal {} of application {} ({}) filed", appealId, applicationId, a.season());
        }
        return filed;
    }

    @Override
    public Appeal decide(
            UUID appealId, AppealStatus outcome, String reason, String schoolCode, String actor, String districtScope) {
        Appeal appeal = appeals.lock(appealId).orElseThrow(() -> new AppealNotFoundException(appealId));
        if (districtScope != null && !districtScope.equals(appeal.districtCode())) {
            throw new OutOfScopeException();
        }
        String school = schoolCode == null || schoolCode.isBlank() ? null : schoolCode.strip();
        appeal.requireDecidable(outcome, reason, school);
        if (outcome == AppealStatus.UPHELD && school != null) {
            // a child already confirmed at a school is moved by withdrawing there first, not by an appeal decision
            var enrolled = admissions.currentOf(appeal.applicationId()).flatMap(a -> enrollments.ofChild(a.childKey()));
            if (enrolled.isPresent()) {
                throw new MoveRefusedException(List.of(new RunViolation(
                        "ALREADY_ENROLLED",
                        appeal.publicId(),
                        "该儿童已在学校 " + enrolled.get().schoolCode() + " 确认入学，不能通过申诉调整学校")));
            }
            var moved = reassign.reassign(appeal.applicationId(), appeal.id(), school, reason.strip());
            if (moved instanceof Refused refused) {
                throw new MoveRefusedException(refused.violations());
            }
        }
        appeal.decide(outcome, reason, school, actor, clock.instant());
        appeals.update(appeal);
        events.decided(appeal);
        log.info(
                "appeal {} decided {} by {}{}", appealId, outcome, actor, school == null ? "" : ", moved to " + school);
        return appeal;
    }

    @Override
    @Transactional(readOnly = true)
    public List<Appeal> list(String districtCode, AppealStatus status) {
        return appeals.list(districtCode, status);
    }
}
