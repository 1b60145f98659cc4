package cn.baishan.enrollment.admission.enrollment.adapter.in.web;

import cn.baishan.enrollment.admission.enrollment.domain.Enrollment;
import cn.baishan.enrollment.admission.enrollment.domain.EnrollmentRefusedException;
import cn.baishan.enrollment.admission.enrollment.usecase.EnrollUseCase;
import cn.baishan.enrollment.admission.enrollment.usecase.EnrollmentsQuery;
import cn.baishan.enrollment.admission.web.StaffScope;
import cn.baishan.enrollment.platform.problem.ProblemException;
import cn.baishan.enrollment.platform.security.Caller;
import cn.baishan.enrollment.platform.security.Role;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Enrollment confirmation (入学确认) by the admitting school's staff; the school's roll for its staff and the bureaus. */
@RestController
class EnrollmentController {

    private final EnrollUseCase enroll;
    private final EnrollmentsQuery query;

    EnrollmentController(EnrollUseCase enroll, EnrollmentsQuery query) {
        this.enroll = enroll;
        this.query = query;
    }

    @PostMapping("/api/admission/enrollments")
    ResponseEntity<EnrollmentView> enroll(Caller caller, @Valid @RequestBody EnrollmentRequest request) {
        if (!caller.has(Role.SCHOOL_STAFF) || caller.schoolCode() == null) {
            throw new ProblemException(HttpStatus.FORBIDDEN, "forbidden", "无权访问", "只有录取学校的工作人员可以确认入学。");
        }
        try {
            Enrollment e = enroll.enroll(request.applicationId(), caller.schoolCode(), caller.username());
            return ResponseEntity.created(URI.create("/api/admission/schools/" + e.schoolCode() + "/enrollments"))
                    .body(EnrollmentView.of(e));
        } catch (EnrollmentRefusedException e) {
            throw new ProblemException(HttpStatus.CONFLICT, e.rule(), "不能确认入学", e.getMessage());
        } catch (EnrollUseCase.ApplicationUnknownException e) {
            throw new ProblemException(HttpStatus.NOT_FOUND, "application-not-found", "未找到申请", e.getMessage());
        }
    }

    @GetMapping("/api/admission/schools/{schoolCode}/enrollments")
    List<EnrollmentView> roll(
            Caller caller,
            @PathVariable String schoolCode,
            @RequestParam(required = false) Integer year,
            @RequestParam(required = false) String stage) {
        List<Enrollment> roll = query.atSchool(schoolCode, year, stage);
        boolean ownSchool = caller.has(Role.SCHOOL_STAFF) && schoolCode.equals(caller.schoolCode());
        if (!ownSchool) {
            if (caller.has(Role.SCHOOL_STAFF) && !caller.has(Role.DISTRICT_ADMIN)) {
                throw new ProblemException(HttpStatus.FORBIDDEN, "forbidden", "无权访问", "学校工作人员只能查看本校的入学名单。");
            }
            // a bureau sees the pupils of its own district's seasons at that school
            String district = StaffScope.listedDistrict(caller, null);
            if (district != null) {
                roll = roll.stream()
                        .filter(e -> district.equals(e.districtCode()))
                        .toList();
            }
        }
        return roll.stream().map(EnrollmentView::of).toList();
    }

    record EnrollmentRequest(@NotNull UUID applicationId) {}

    /** The public id, not the name: a roll is for counting and classes, the school knows its pupils otherwise. */
    record EnrollmentView(
            UUID id,
            UUID applicationId,
            String publicId,
            String schoolCode,
            String districtCode,
            int enrollmentYear,
            String stage,
            String sex,
            boolean specialNeeds,
            String enrolledBy,
            Instant enrolledAt) {

        static EnrollmentView of(Enrollment e) {
            return new EnrollmentView(
                    e.id(),
                    e.applicationId(),
                    e.publicId(),
                    e.schoolCode(),
                    e.districtCode(),
                    e.enrollmentYear(),
                    e.stage(),
                    e.sex(),
                    e.specialNeeds(),
                    e.enrolledBy(),
                    e.enrolledAt());
        }
    }
}
