package cn.baishan.enrollment.admission.classes.adapter.in.web;

import cn.baishan.enrollment.admission.classes.domain.ClassAssignmentRefusedException;
import cn.baishan.enrollment.admission.classes.domain.ClassRoster;
import cn.baishan.enrollment.admission.classes.usecase.AssignClassesUseCase;
import cn.baishan.enrollment.admission.web.StaffScope;
import cn.baishan.enrollment.platform.problem.FieldViolation;
import cn.baishan.enrollment.platform.problem.ProblemException;
import cn.baishan.enrollment.platform.security.Caller;
import cn.baishan.enrollment.platform.security.Role;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Sunshine classes: assigned by the school (or its district bureau) from a seed, published for anyone to check. */
@RestController
class ClassAssignmentController {

    private final AssignClassesUseCase classes;

    ClassAssignmentController(AssignClassesUseCase classes) {
        this.classes = classes;
    }

    @PostMapping("/api/admission/schools/{schoolCode}/class-assignments")
    ResponseEntity<RosterView> assign(
            Caller caller, @PathVariable String schoolCode, @Valid @RequestBody AssignmentRequest request) {
        String districtScope = null;
        boolean ownSchool = caller.has(Role.SCHOOL_STAFF) && schoolCode.equals(caller.schoolCode());
        if (!ownSchool) {
            if (caller.has(Role.DISTRICT_ADMIN) && caller.districtCode() != null) {
                districtScope = caller.districtCode();
            } else if (!caller.has(Role.CITY_ADMIN)) {
                throw StaffScope.forbidden();
            }
        }
        try {
            ClassRoster roster = classes.assign(
                    schoolCode, request.year(), request.stage(), request.seed(), caller.username(), districtScope);
            return ResponseEntity.created(URI.create("/api/public/admission/schools/" + schoolCode
                            + "/class-assignments/" + request.year() + "/" + request.stage()))
                    .body(RosterView.of(roster));
        } catch (AssignClassesUseCase.OutOfScopeException e) {
            throw new ProblemException(HttpStatus.FORBIDDEN, "forbidden", "无权访问", e.getMessage());
        } catch (ClassAssignmentRefusedException e) {
            throw switch (e.kind()) {
                case CONFLICT -> new ProblemException(HttpStatus.CONFLICT, e.rule(), "不能分班", e.getMessage());
                case UNPROCESSABLE ->
                    new ProblemException(HttpStatus.UNPROCESSABLE_ENTITY, e.rule(), "班额不足", e.getMessage());
                case INVALID ->
                    new ProblemException(
                            HttpStatus.BAD_REQUEST,
                            "validation",
                            "信息填写有误",
                            "提交的信息有 1 处需要更正：" + e.field() + " " + e.getMessage(),
                            List.of(new FieldViolation(e.field(), e.rule(), e.getMessage())));
            };
        }
    }

    @GetMapping("/api/public/admission/schools/{schoolCode}/class-assignments/{year:\\d{4}}/{stage:PRIMARY|JUNIOR}")
    RosterView published(@PathVariable String schoolCode, @PathVariable int year, @PathVariable String stage) {
        return classes.roster(schoolCode, year, stage)
                .map(RosterView::of)
                .orElseThrow(() -> new ProblemException(
                        HttpStatus.NOT_FOUND, "class-assignment-not-found", "未找到", "该校本学年尚未公布阳光分班结果。"));
    }

    record AssignmentRequest(
            @NotNull @Min(2000) @Max(2100) Integer year,
            @NotNull @Pattern(regexp = "PRIMARY|JUNIOR", message = "须为 PRIMARY 或 JUNIOR") String stage,
            @NotBlank @Pattern(regexp = "[0-9a-fA-F]{32,128}", message = "种子应为 32 至 128 位十六进制数") String seed) {}

    /** Public ids only (already masked, not reversible) and head counts: no name is published with a class. */
    record RosterView(
            String schoolCode,
            int enrollmentYear,
            String stage,
            String seed,
            String digest,
            String algorithmVersion,
            int classes,
            int cap,
            List<ClassView> classList,
            Instant assignedAt) {

        static RosterView of(ClassRoster r) {
            return new RosterView(
                    r.schoolCode(),
                    r.enrollmentYear(),
                    r.stage(),
                    r.seedHex(),
                    r.digest(),
                    r.algorithmVersion(),
                    r.classes(),
                    r.cap(),
                    r.schoolClasses().stream()
                            .map(c -> new ClassView(
                                    c.classNumber(), c.size(), c.girls(), c.boys(), c.specialNeeds(), c.publicIds()))
                            .toList(),
                    r.createdAt());
        }
    }

    record ClassView(int classNumber, int size, int girls, int boys, int specialNeeds, List<String> publicIds) {}
}
