package cn.baishan.enrollment.admission.applicants.adapter.in.web;

import cn.baishan.enrollment.admission.applicants.domain.ApplicantFile.NoDisabilityDeclaredException;
import cn.baishan.enrollment.admission.applicants.usecase.PlaceDisabilityUseCase.ApplicantNotFoundException;
import cn.baishan.enrollment.admission.applicants.usecase.PlaceDisabilityUseCase.InvalidPlacementException;
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

/** Refusals of the applicants API as problem+json. */
@RestControllerAdvice(assignableTypes = ApplicantController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApplicantErrors {

    @ExceptionHandler(ApplicantNotFoundException.class)
    ResponseEntity<ProblemDetail> notFound() {
        return respond(HttpStatus.NOT_FOUND, "application-not-found", "未找到申请", "没有找到该入学申请。", List.of());
    }

    @ExceptionHandler(NoDisabilityDeclaredException.class)
    ResponseEntity<ProblemDetail> noDisability() {
        return respond(
                HttpStatus.CONFLICT, "no-disability-declared", "未申报残疾情况", "该申请未申报残疾情况，专家委员会无需也不能为其确定安置方式。", List.of());
    }

    @ExceptionHandler(InvalidPlacementException.class)
    ResponseEntity<ProblemDetail> invalid(InvalidPlacementException e) {
        List<FieldViolation> violations = e.problems().stream()
                .map(p -> new FieldViolation(p.field(), p.rule(), p.message()))
                .toList();
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

    @ExceptionHandler(CatalogUnavailableException.class)
    ResponseEntity<ProblemDetail> catalogUnavailable() {
        return respond(
                HttpStatus.SERVICE_UNAVAILABLE,
                "catchment-unavailable",
                "学校名录暂时无法访问",
                "暂时无法核对学校信息，安置决定未保存，请稍后重试。",
                List.of());
    }

    private static ResponseEntity<ProblemDetail> respond(
            HttpStatus status, String slug, String title, String detail, List<FieldViolation> violations) {
        return ResponseEntity.status(status)
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(ProblemResponses.problem(status, slug, title, detail, violations));
    }
}
