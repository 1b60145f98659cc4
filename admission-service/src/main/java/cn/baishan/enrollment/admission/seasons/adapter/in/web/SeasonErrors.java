package cn.baishan.enrollment.admission.seasons.adapter.in.web;

import cn.baishan.enrollment.admission.seasons.domain.SeasonStepException;
import cn.baishan.enrollment.admission.seasons.usecase.SeasonTimelineUseCase;
import cn.baishan.enrollment.platform.problem.FieldViolation;
import cn.baishan.enrollment.platform.problem.ProblemResponses;
import java.util.List;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** A step out of order is 409, a seed that contradicts the commitment 422, malformed input 400 naming the field. */
@RestControllerAdvice(assignableTypes = {SeasonController.class, PublicSeasonController.class})
@Order(Ordered.HIGHEST_PRECEDENCE)
class SeasonErrors {

    @ExceptionHandler(SeasonStepException.class)
    ResponseEntity<ProblemDetail> step(SeasonStepException e) {
        return switch (e.kind()) {
            case CONFLICT -> respond(HttpStatus.CONFLICT, e.rule(), "招生步骤顺序不正确", e.getMessage(), List.of());
            case UNPROCESSABLE ->
                respond(HttpStatus.UNPROCESSABLE_ENTITY, e.rule(), "与已公布的信息不符", e.getMessage(), List.of());
            case INVALID ->
                respond(
                        HttpStatus.BAD_REQUEST,
                        "validation",
                        "信息填写有误",
                        "提交的信息有 1 处需要更正：" + e.field() + " " + e.getMessage(),
                        List.of(new FieldViolation(e.field(), e.rule(), e.getMessage())));
        };
    }

    @ExceptionHandler(SeasonTimelineUseCase.NotFoundException.class)
    ResponseEntity<ProblemDetail> notFound(SeasonTimelineUseCase.NotFoundException e) {
        return respond(HttpStatus.NOT_FOUND, "run-not-found", "未找到", e.getMessage(), List.of());
    }

    /**
     * Two districts publishing the same child at the same moment: the unique index on current admissions lets one
     * commit; the other is rolled back whole and may retry (then it is blocked as admitted elsewhere).
     */
    @ExceptionHandler(org.springframework.dao.DuplicateKeyException.class)
    ResponseEntity<ProblemDetail> concurrentAdmission(org.springframework.dao.DuplicateKeyException e) {
        return respond(
                HttpStatus.CONFLICT,
                "admitted-elsewhere",
                "录取结果不能发布",
                "有儿童刚刚被其他招生季的结果录取（一人一录取），本次发布未生效，请重新发布以查看冲突。",
                List.of());
    }

    static ResponseEntity<ProblemDetail> respond(
            HttpStatus status, String slug, String title, String detail, List<FieldViolation> violations) {
        return ResponseEntity.status(status)
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(ProblemResponses.problem(status, slug, title, detail, violations));
    }
}
