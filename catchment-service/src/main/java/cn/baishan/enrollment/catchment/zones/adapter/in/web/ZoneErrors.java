package cn.baishan.enrollment.catchment.zones.adapter.in.web;

import cn.baishan.enrollment.catchment.zones.domain.PlanTransitionException;
import cn.baishan.enrollment.catchment.zones.usecase.ManageZonePlanUseCase.PlanNotFoundException;
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

@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class ZoneErrors {

    @ExceptionHandler(PlanTransitionException.class)
    ResponseEntity<ProblemDetail> transition(PlanTransitionException e) {
        return respond(
                HttpStatus.CONFLICT,
                ProblemResponses.problem(
                        HttpStatus.CONFLICT,
                        e.rule(),
                        "当前不能进行此操作",
                        e.getMessage(),
                        List.of(new FieldViolation("plan", e.rule(), e.getMessage()))));
    }

    @ExceptionHandler(PlanNotFoundException.class)
    ResponseEntity<ProblemDetail> notFound() {
        return respond(
                HttpStatus.NOT_FOUND,
                ProblemResponses.problem(
                        HttpStatus.NOT_FOUND, "zone-plan-not-found", "未找到片区方案", "没有找到该片区方案。", List.of()));
    }

    private static ResponseEntity<ProblemDetail> respond(HttpStatus status, ProblemDetail problem) {
        return ResponseEntity.status(status)
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }
}
