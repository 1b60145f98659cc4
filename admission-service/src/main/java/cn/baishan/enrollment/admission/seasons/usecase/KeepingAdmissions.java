package cn.baishan.enrollment.admission.seasons.usecase;

import cn.baishan.enrollment.admission.seasons.domain.Admission;
import cn.baishan.enrollment.admission.seasons.domain.AllocationRun;
import cn.baishan.enrollment.admission.seasons.domain.RunViolation;
import cn.baishan.enrollment.admission.seasons.domain.Season;
import cn.baishan.enrollment.admission.seasons.usecase.port.AdmissionEvents;
import cn.baishan.enrollment.admission.seasons.usecase.port.AdmissionRepository;
import cn.baishan.enrollment.admission.seasons.usecase.port.RunRepository;
import cn.baishan.enrollment.admission.seasons.usecase.port.SchoolNames;
import cn.baishan.enrollment.admission.seasons.usecase.port.SeasonRepository;
import cn.baishan.enrollment.allocation.district.DistrictInput;
import cn.baishan.enrollment.allocation.district.DistrictInput.SchoolSeats;
import cn.baishan.enrollment.allocation.district.DistrictInputText;
import cn.baishan.enrollment.allocation.district.Explanations;
import cn.baishan.enrollment.allocation.district.Explanations.Explanation;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The admissions a publication wrote, read by the other features and changed only by an upheld appeal. */
@Service
@Transactional
class KeepingAdmissions implements AdmissionsQuery, ReassignAdmissionUseCase {

    private static final Logger log = LoggerFactory.getLogger(KeepingAdmissions.class);

    private final SeasonRepository seasons;
    private final RunRepository runs;
    private final AdmissionRepository admissions;
    private final AdmissionEvents events;
    private final SchoolNames schoolNames;
    private final Clock clock;

    KeepingAdmissions(
            SeasonRepository seasons,
            RunRepository runs,
            AdmissionRepository admissions,
            AdmissionEvents events,
            SchoolNames schoolNames,
            Clock clock) {
        this.seasons = seasons;
        this.runs = runs;
        this.admissions = admissions;
        this.events = events;
        this.schoolNames = schoolNames;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Admission> currentOf(UUID applicationId) {
        return admissions.currentOf(applicationId);
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Admission> currentOfChild(String childKey) {
        return admissions.currentPlacedOfChildren(List.of(childKey)).stream().findFirst();
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<SchoolSeats> frozenSeats(UUID seasonId, String schoolCode) {
        return seasons.inputText(seasonId).map(DistrictInputText::read).flatMap(input -> seatsOf(input, schoolCode));
    }

    @Override
    @Transactional(readOnly = true)
    public int countAdmittedAt(String schoolCode, int enrollmentYear, String stage) {
        return admissions.countAdmittedAt(schoolCode, enrollmentYear, stage);
    }

    @Override
    public Reassignment reassign(UUID applicationId, UUID appealId, String schoolCode, String reason) {
        Optional<Admission> found = admissions.currentOf(applicationId);
        if (found.isEmpty()) {
            return new Refused(List.of(new RunViolation("NOT_ADMITTED", applicationId.toString(), "该申请没有已发布的录取结果")));
        }
        Admission current = found.get();
        Season season = seasons.findById(current.seasonId()).orElseThrow();
        DistrictInput input =
                DistrictInputText.read(seasons.inputText(season.id()).orElseThrow());
        List<RunViolation> violations = new ArrayList<>();
        Optional<SchoolSeats> seats = seatsOf(input, schoolCode);
        if (seats.isEmpty()) {
            violations.add(new RunViolation("UNKNOWN_SCHOOL", schoolCode, "学校 " + schoolCode + " 不在本招生季冻结的招生计划中"));
        } else if (Admission.ADMITTED.equals(current.outcome()) && schoolCode.equals(current.schoolCode())) {
            violations.add(new RunViolation("UNCHANGED", schoolCode, "该儿童已被学校 " + schoolCode + " 录取，无需调整"));
        } else {
            int admitted = admissions.countAdmittedAt(
                    schoolCode,
                    current.season().enrollmentYear(),
                    current.season().stage());
            int capacity = seats.get().capacity();
            if (admitted + 1 > capacity) {
                violations.add(new RunViolation(
                        "OVER_CAPACITY",
                        schoolCode,
                        "学校 " + schoolCode + " 可录取 " + capacity + " 人（计划 "
                                + seats.get().seats() + " − 预留 " + seats.get().reservedSeats() + "），已录取 " + admitted
                                + " 人，没有空余学位"));
            }
        }
        admissions.currentPlacedOfChildren(List.of(current.childKey())).stream()
                .filter(other -> !other.id().equals(current.id()))
                .forEach(other -> violations.add(new RunViolation(
                        "ASSIGNED_TWICE", current.publicId(), "该儿童另有录取结果（" + other.season() + "），一名儿童只能有一个录取结果")));
        if (!violations.isEmpty()) {
            return new Refused(violations);
        }

        admissions.supersede(current.id());
        Admission moved = current.movedTo(UUID.randomUUID(), schoolCode, appealId, clock.instant());
        admissions.insertAll(List.of(moved));
        String name = schoolNames.all().get(schoolCode);
        AllocationRun run = runs.find(season.id(), current.runId()).orElseThrow();
        Explanation original = Explanations.of(input, run.result(), current.publicId());
        Explanation explanation = new Explanation(
                original.publicId(),
                original.tierRank(),
                original.tierName(),
                original.lotteryNumber(),
                original.lotteryRank(),
                original.considered(),
                original.outcome(),
                schoolCode,
                original.route(),
                "经申诉复核，调整至" + (name == null ? "学校 " + schoolCode : name) + "。复核理由：" + reason);
        events.noticeIssued(moved, explanation, name, season.appealDeadline());
        log.info(
                "appeal {} moved application {} from {} to {}",
                appealId,
                applicationId,
                current.schoolCode(),
                schoolCode);
        return new Moved(current, moved);
    }

    private static Optional<SchoolSeats> seatsOf(DistrictInput input, String schoolCode) {
        return input.schools().stream()
                .filter(s -> s.schoolCode().equals(schoolCode))
                .findFirst();
    }
}
