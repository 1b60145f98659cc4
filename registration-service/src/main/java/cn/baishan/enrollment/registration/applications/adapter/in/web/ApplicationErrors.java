package cn.baishan.enrollment.registration.applications.adapter.in.web;

import cn.baishan.enrollment.platform.problem.FieldViolation;
import cn.baishan.enrollment.platform.problem.ProblemResponses;
import cn.baishan.enrollment.registration.applications.domain.BaishanDistricts;
import cn.baishan.enrollment.registration.applications.domain.InvalidApplicationException;
import cn.baishan.enrollment.registration.applications.domain.NothingChangedException;
import cn.baishan.enrollment.registration.applications.domain.RegistrationWindowClosedException;
import cn.baishan.enrollment.registration.applications.domain.Stage;
import cn.baishan.enrollment.registration.applications.domain.SupplementNotAllowedException;
import cn.baishan.enrollment.registration.applications.usecase.ApplicationNotFoundException;
import cn.baishan.enrollment.registration.applications.usecase.SubmitApplicationUseCase.DuplicateApplicationException;
import cn.baishan.enrollment.registration.applications.usecase.SubmitApplicationUseCase.IdempotencyKeyReusedException;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** Domain and use-case refusals as problem+json, in the words a parent understands. */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApplicationErrors {

    @ExceptionHandler(InvalidApplicationException.class)
    ResponseEntity<ProblemDetail> invalid(InvalidApplicationException e) {
        List<FieldViolation> violations = e.violations().stream()
                .map(v -> new FieldViolation(v.field(), v.rule(), v.message()))
                .toList();
        String detail = "提交的信息有 " + violations.size() + " 处需要更正："
                + violations.stream().map(v -> v.field() + " " + v.message()).collect(Collectors.joining("；"));
        return respond(HttpStatus.BAD_REQUEST, "validation", "信息填写有误", detail, violations);
    }

    @ExceptionHandler(RegistrationWindowClosedException.class)
    ResponseEntity<ProblemDetail> windowClosed(RegistrationWindowClosedException e) {
        var w = e.window();
        String district = BaishanDistricts.NAMES.getOrDefault(w.districtCode(), w.districtCode());
        return respond(
                HttpStatus.UNPROCESSABLE_CONTENT,
                "registration-window-closed",
                "不在报名时间内",
                district + w.enrollmentYear() + "年" + (w.stage() == Stage.PRIMARY_GRADE_1 ? "小学一年级" : "初中七年级")
                        + "的报名时间为 " + w.describe() + "，当前不在报名时间内。",
                List.of());
    }

    @ExceptionHandler(ApplicationNotFoundException.class)
    ResponseEntity<ProblemDetail> notFound() {
        return respond(HttpStatus.NOT_FOUND, "application-not-found", "未找到申请", "没有找到该入学申请。", List.of());
    }

    @ExceptionHandler(SupplementNotAllowedException.class)
    ResponseEntity<ProblemDetail> supplementNotAllowed(SupplementNotAllowedException e) {
        return respond(
                HttpStatus.CONFLICT,
                "supplement-not-expected",
                "当前无需补充材料",
                "该申请当前状态为“" + e.status().label() + "”，只有“需补充材料”时才能补充。",
                List.of());
    }

    @ExceptionHandler(NothingChangedException.class)
    ResponseEntity<ProblemDetail> nothingChanged() {
        return respond(
                HttpStatus.UNPROCESSABLE_CONTENT,
                "nothing-changed",
                "补充内容没有变化",
                "补充的信息与已提交的完全相同，请按补充材料清单更正后再提交。",
                List.of());
    }

    /** Verification changed the application while the family was supplementing it: look again, then retry. */
    @ExceptionHandler(ObjectOptimisticLockingFailureException.class)
    ResponseEntity<ProblemDetail> concurrentChange() {
        return respond(HttpStatus.CONFLICT, "concurrent-change", "申请状态刚刚更新", "该申请的状态刚刚发生了变化，请刷新后查看最新状态再操作。", List.of());
    }

    @ExceptionHandler(IdempotencyKeyReusedException.class)
    ResponseEntity<ProblemDetail> keyReused() {
        return respond(
                HttpStatus.UNPROCESSABLE_CONTENT,
                "idempotency-key-reused",
                "重复的提交编号",
                "该提交编号（Idempotency-Key）已用于另一份不同的申请，请使用新的编号。",
                List.of(new FieldViolation("Idempotency-Key", "reused", "已用于另一份申请")));
    }

    @ExceptionHandler(DuplicateApplicationException.class)
    ResponseEntity<ProblemDetail> duplicate() {
        return respond(
                HttpStatus.CONFLICT,
                "duplicate-application",
                "已有报名申请",
                "该儿童本年度该学段已有一份有效的入学申请，全市范围内不能重复报名。",
                List.of(new FieldViolation("child.idNumber", "one-active-application", "已有有效申请")));
    }

    private static ResponseEntity<ProblemDetail> respond(
            HttpStatus status, String slug, String title, String detail, List<FieldViolation> violations) {
        return ResponseEntity.status(status)
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(ProblemResponses.problem(status, slug, title, detail, violations));
    }
}
