package cn.baishan.enrollment.admission.plans.adapter.in.web;

import cn.baishan.enrollment.admission.plans.domain.PlanProblem;
import cn.baishan.enrollment.admission.plans.domain.PlansRejectedException;
import cn.baishan.enrollment.admission.plans.usecase.ManagePlansUseCase.BelowAdmittedException;
import cn.baishan.enrollment.admission.plans.usecase.ManagePlansUseCase.OutOfScopeException;
import cn.baishan.enrollment.admission.plans.usecase.port.CatalogUnavailableException;
import cn.baishan.enrollment.platform.problem.FieldViolation;
import cn.baishan.enrollment.platform.problem.ProblemResponses;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** Refused plans as problem+json, in the words of a bureau's planning office. */
@RestControllerAdvice(assignableTypes = PlanController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class PlanErrors {

    /** A sheet: 400 listing every bad row as {@code rows[n].column}; a single edit: the fields. */
    @ExceptionHandler(PlansRejectedException.class)
    ResponseEntity<ProblemDetail> rejected(PlansRejectedException e) {
        List<FieldViolation> violations = e.problems().stream()
                .map(p -> new FieldViolation(field(p), p.rule(), p.message()))
                .toList();
        boolean sheet = e.problems().stream().anyMatch(p -> p.row() > 0);
        if (sheet) {
            return respond(
                    HttpStatus.BAD_REQUEST,
                    "import-rejected",
                    "导入未通过校验",
                    "共有 " + violations.size() + " 处问题，本次未导入任何招生计划，请全部更正后重新导入。",
                    violations);
        }
        return respond(
                HttpStatus.BAD_REQUEST,
                "validation",
                "信息填写有误",
                "提交的信息有 " + violations.size() + " 处需要更正："
                        + violations.stream()
                                .map(v -> v.field() + " " + v.message())
                                .collect(Collectors.joining("；")),
                violations);
    }

    @ExceptionHandler(OutOfScopeException.class)
    ResponseEntity<ProblemDetail> outOfScope() {
        return respond(HttpStatus.FORBIDDEN, "forbidden", "无权访问", "该学校不属于本区县，也不在本区县的招生片区中，不能维护其招生计划。", List.of());
    }

    @ExceptionHandler(BelowAdmittedException.class)
    ResponseEntity<ProblemDetail> belowAdmitted(BelowAdmittedException e) {
        return respond(
                HttpStatus.CONFLICT,
                "below-admitted",
                "学位少于已录取人数",
                "已公布的录取结果在该校录取了 " + e.admitted() + " 人，修改后可录取学位（学位数−预留）为 " + e.capacity() + "，不能少于已录取人数。",
                List.of(new FieldViolation("seats", "admitted-seats", "可录取学位不能少于已录取的 " + e.admitted() + " 人")));
    }

    @ExceptionHandler(CatalogUnavailableException.class)
    ResponseEntity<ProblemDetail> catalogUnavailable() {
        return respond(
                HttpStatus.SERVICE_UNAVAILABLE,
                "catchment-unavailable",
                "学校名录暂时无法访问",
                "暂时无法从招生片区系统核对学校信息，招生计划未作任何修改，请稍后重试。",
                List.of());
    }

    private static String field(PlanProblem p) {
        return p.row() > 0 ? "rows[" + p.row() + "]." + p.field() : p.field();
    }

    private static ResponseEntity<ProblemDetail> respond(
            HttpStatus status, String slug, String title, String detail, List<FieldViolation> violations) {
        return ResponseEntity.status(status)
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(ProblemResponses.problem(status, slug, title, detail, violations));
    }
}
