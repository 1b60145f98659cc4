package cn.baishan.enrollment.admission.applicants.adapter.in.web;

import cn.baishan.enrollment.admission.applicants.usecase.port.PartnerUnavailableException;
import cn.baishan.enrollment.admission.plans.usecase.port.CatalogUnavailableException;
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

/**
 * Catchment or verification not answering while a season input is collected (at closing, in any
 * controller of the service): 503, nothing changed, try again — not a 500. Ordered just before the
 * platform's catch-all so a feature's own advice still wins.
 */
@RestControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE - 1)
class UnavailableInputsErrors {

    @ExceptionHandler(PartnerUnavailableException.class)
    ResponseEntity<ProblemDetail> partnerUnavailable(PartnerUnavailableException e) {
        return unavailable("upstream-unavailable", e.getMessage());
    }

    @ExceptionHandler(CatalogUnavailableException.class)
    ResponseEntity<ProblemDetail> catalogUnavailable(CatalogUnavailableException e) {
        return unavailable("catchment-unavailable", e.getMessage());
    }

    private static ResponseEntity<ProblemDetail> unavailable(String slug, String why) {
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(ProblemResponses.problem(
                        HttpStatus.SERVICE_UNAVAILABLE, slug, "相关服务暂时无法访问", why + "；本次操作未生效，请稍后重试。", List.of()));
    }
}
