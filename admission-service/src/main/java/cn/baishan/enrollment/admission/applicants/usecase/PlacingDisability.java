package cn.baishan.enrollment.admission.applicants.usecase;

import cn.baishan.enrollment.admission.applicants.domain.ApplicantFile;
import cn.baishan.enrollment.admission.applicants.domain.DisabilityPlacement;
import cn.baishan.enrollment.admission.applicants.domain.Placement;
import cn.baishan.enrollment.admission.applicants.usecase.port.ApplicantRepository;
import cn.baishan.enrollment.admission.plans.domain.Stage;
import cn.baishan.enrollment.admission.plans.usecase.ViewPlansQuery;
import java.time.Clock;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class PlacingDisability implements PlaceDisabilityUseCase {

    private final ApplicantRepository applicants;
    private final ViewPlansQuery plans;
    private final Clock clock;

    PlacingDisability(ApplicantRepository applicants, ViewPlansQuery plans, Clock clock) {
        this.applicants = applicants;
        this.plans = plans;
        this.clock = clock;
    }

    @Override
    @Transactional
    public ApplicantFile place(PlaceCommand command) {
        ApplicantFile file = applicants
                .find(command.applicationId())
                .filter(f ->
                        command.committeeDistrict() == null || f.districtCode().equals(command.committeeDistrict()))
                .orElseThrow(ApplicantNotFoundException::new);
        var problems = DisabilityPlacement.problems(command.placement(), command.schoolCode(), command.decisionNote());
        if (!problems.isEmpty()) {
            throw new InvalidPlacementException(problems);
        }
        String school = command.schoolCode() == null || command.schoolCode().isBlank() ? null : command.schoolCode();
        if (command.placement() == Placement.REGULAR_CLASS && school != null && !seasonSchool(file, school)) {
            throw new InvalidPlacementException(
                    List.of(new DisabilityPlacement.Problem("schoolCode", "season-school", "随班就读的学校应是本区县本学段有招生计划的学校")));
        }
        ApplicantFile placed = file.place(new DisabilityPlacement(
                command.placement(), school, command.decisionNote().strip(), command.actor(), clock.instant()));
        applicants.save(placed);
        return placed;
    }

    private boolean seasonSchool(ApplicantFile file, String schoolCode) {
        return plans.season(file.districtCode(), file.enrollmentYear(), Stage.valueOf(file.stage())).schools().stream()
                .anyMatch(s -> s.plan().key().schoolCode().equals(schoolCode));
    }
}
