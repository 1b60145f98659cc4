package cn.baishan.enrollment.admission.classes.usecase;

import cn.baishan.enrollment.admission.classes.domain.ClassAssignmentRefusedException;
import cn.baishan.enrollment.admission.classes.domain.ClassAssignmentRefusedException.Kind;
import cn.baishan.enrollment.admission.classes.domain.ClassRoster;
import cn.baishan.enrollment.admission.classes.usecase.port.ClassPlanSource;
import cn.baishan.enrollment.admission.classes.usecase.port.ClassRosterRepository;
import cn.baishan.enrollment.admission.enrollment.domain.Enrollment;
import cn.baishan.enrollment.admission.enrollment.usecase.EnrollmentsQuery;
import cn.baishan.enrollment.allocation.classes.ClassAssignment;
import cn.baishan.enrollment.allocation.classes.ClassPlan;
import cn.baishan.enrollment.allocation.classes.EnrolledStudent;
import cn.baishan.enrollment.allocation.classes.Sex;
import cn.baishan.enrollment.allocation.classes.SunshineClassException;
import cn.baishan.enrollment.allocation.classes.SunshineClasses;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional
class AssigningClasses implements AssignClassesUseCase {

    private static final Logger log = LoggerFactory.getLogger(AssigningClasses.class);

    private final EnrollmentsQuery enrollments;
    private final ClassPlanSource plans;
    private final ClassRosterRepository rosters;
    private final Clock clock;

    AssigningClasses(EnrollmentsQuery enrollments, ClassPlanSource plans, ClassRosterRepository rosters, Clock clock) {
        this.enrollments = enrollments;
        this.plans = plans;
        this.rosters = rosters;
        this.clock = clock;
    }

    @Override
    public ClassRoster assign(
            String schoolCode, int enrollmentYear, String stage, String seedHex, String actor, String districtScope) {
        List<Enrollment> enrolled = enrollments.atSchool(schoolCode, enrollmentYear, stage);
        if (districtScope != null && enrolled.stream().noneMatch(e -> districtScope.equals(e.districtCode()))) {
            throw new OutOfScopeException();
        }
        if (rosters.find(schoolCode, enrollmentYear, stage).isPresent()) {
            throw new ClassAssignmentRefusedException(
                    Kind.CONFLICT, "already-assigned", null, "本校本学年已完成阳光分班，结果已公布，不能重新分班。");
        }
        if (enrolled.isEmpty()) {
            throw new ClassAssignmentRefusedException(Kind.CONFLICT, "no-enrolled-students", null, "本校尚无确认入学的学生，不能分班。");
        }
        var planned = plans.planOf(schoolCode, enrollmentYear, stage)
                .orElseThrow(() -> new ClassAssignmentRefusedException(
                        Kind.CONFLICT, "plan-missing", null, "本校本学年没有招生计划（班级数与班额），不能分班。"));
        List<EnrolledStudent> students = new ArrayList<>();
        for (Enrollment e : enrolled) {
            if (e.sex() == null) {
                throw new ClassAssignmentRefusedException(
                        Kind.CONFLICT, "sex-unknown", null, "学生 " + e.publicId() + " 的性别未知（证件无法确定），请先补录后再分班。");
            }
            students.add(new EnrolledStudent(e.publicId(), Sex.valueOf(e.sex()), e.specialNeeds()));
        }
        String seed = seedHex == null ? "" : seedHex.strip().toLowerCase(Locale.ROOT);
        ClassAssignment assignment;
        try {
            assignment = SunshineClasses.assign(students, new ClassPlan(planned.classes(), planned.cap()), seed);
        } catch (SunshineClassException e) {
            if ("cap-exceeded".equals(e.rule())) {
                throw new ClassAssignmentRefusedException(
                        Kind.UNPROCESSABLE,
                        "classes-exceeded",
                        null,
                        "确认入学 " + students.size() + " 人，超过 " + planned.classes() + " 个班 × 班额 " + planned.cap()
                                + " 人，请先调整招生计划的班级数。");
            }
            throw new ClassAssignmentRefusedException(Kind.INVALID, e.rule(), e.field(), e.getMessage());
        }
        var byClass = new TreeMap<Integer, List<String>>();
        assignment.classByPublicId().forEach((id, number) -> byClass.computeIfAbsent(number, n -> new ArrayList<>())
                .add(id));
        List<ClassRoster.SchoolClass> classes = assignment.summaries().stream()
                .map(s -> new ClassRoster.SchoolClass(
                        s.classNumber(),
                        s.size(),
                        s.girls(),
                        s.boys(),
                        s.specialNeeds(),
                        byClass.getOrDefault(s.classNumber(), List.of())))
                .toList();
        ClassRoster roster = new ClassRoster(
                UUID.randomUUID(),
                schoolCode,
                enrollmentYear,
                stage,
                seed,
                assignment.digest(),
                assignment.algorithmVersion(),
                assignment.classes(),
                assignment.cap(),
                classes,
                actor,
                clock.instant());
        if (!rosters.insertIfAbsent(roster)) {
            throw new ClassAssignmentRefusedException(
                    Kind.CONFLICT, "already-assigned", null, "本校本学年已完成阳光分班，结果已公布，不能重新分班。");
        }
        log.info(
                "sunshine classes at {} {}/{}: {} students in {} classes by {}, digest {}",
                schoolCode,
                enrollmentYear,
                stage,
                students.size(),
                roster.classes(),
                actor,
                roster.digest());
        return roster;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<ClassRoster> roster(String schoolCode, int enrollmentYear, String stage) {
        return rosters.find(schoolCode, enrollmentYear, stage);
    }
}
