package cn.baishan.enrollment.admission.enrollment.usecase;

import cn.baishan.enrollment.admission.applicants.domain.Applicant;
import cn.baishan.enrollment.admission.applicants.usecase.ApplicantsQuery;
import cn.baishan.enrollment.admission.enrollment.domain.Enrolling;
import cn.baishan.enrollment.admission.enrollment.domain.Enrollment;
import cn.baishan.enrollment.admission.enrollment.domain.EnrollmentRefusedException;
import cn.baishan.enrollment.admission.enrollment.usecase.port.EnrollmentRepository;
import cn.baishan.enrollment.admission.seasons.domain.Admission;
import cn.baishan.enrollment.admission.seasons.usecase.AdmissionsQuery;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional
class ConfirmingEnrollment implements EnrollUseCase, EnrollmentsQuery {

    private static final Logger log = LoggerFactory.getLogger(ConfirmingEnrollment.class);

    private final ApplicantsQuery applicants;
    private final AdmissionsQuery admissions;
    private final EnrollmentRepository enrollments;
    private final Clock clock;

    ConfirmingEnrollment(
            ApplicantsQuery applicants, AdmissionsQuery admissions, EnrollmentRepository enrollments, Clock clock) {
        this.applicants = applicants;
        this.admissions = admissions;
        this.enrollments = enrollments;
        this.clock = clock;
    }

    @Override
    public Enrollment enroll(UUID applicationId, String schoolCode, String actor) {
        Applicant applicant = applicants
                .byApplicationId(applicationId)
                .orElseThrow(() -> new ApplicationUnknownException(applicationId));
        // city-wide: the child's one placed admission, whichever application of whichever district carries it
        Optional<Admission> admission = admissions.currentOfChild(applicant.childKey());
        String admittedSchool = admission
                .filter(a -> Admission.ADMITTED.equals(a.outcome()))
                .map(Admission::schoolCode)
                .orElse(null);
        if (admission.isPresent() && admittedSchool == null) {
            admittedSchool = "-"; // a special school or home teaching: no regular school enrolls the child
        }
        Enrolling.check(
                schoolCode,
                admittedSchool,
                enrollments
                        .ofChild(applicant.childKey())
                        .map(Enrollment::schoolCode)
                        .orElse(null));
        Admission a = admission.orElseThrow();
        Enrollment enrollment = new Enrollment(
                UUID.randomUUID(),
                a.applicationId(),
                applicant.childKey(),
                schoolCode,
                a.season().districtCode(),
                a.season().enrollmentYear(),
                a.season().stage(),
                a.publicId(),
                applicant.sex(),
                applicant.specialNeeds(),
                actor,
                clock.instant());
        if (!enrollments.insertIfAbsent(enrollment)) {
            throw new EnrollmentRefusedException("already-enrolled", "该儿童已确认入学，不能重复入学。");
        }
        log.info("application {} ({}) enrolled at {} by {}", a.applicationId(), a.publicId(), schoolCode, actor);
        return enrollment;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Enrollment> ofChild(String childKey) {
        return enrollments.ofChild(childKey);
    }

    @Override
    @Transactional(readOnly = true)
    public List<Enrollment> atSchool(String schoolCode, Integer year, String stage) {
        return enrollments.atSchool(schoolCode, year, stage);
    }
}
