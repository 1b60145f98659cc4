package cn.baishan.enrollment.catchment.web;

import cn.baishan.enrollment.catchment.imports.ImportRejectedException;
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

/** A refused import: 400 listing every bad row as {@code rows[n].column}; nothing was stored. */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class ImportErrors {

    @ExceptionHandler(ImportRejectedException.class)
    ResponseEntity<ProblemDetail> rejected(ImportRejectedException e) {
        List<FieldViolation> violations = e.problems().stream()
                .map(p -> new FieldViolation(
                        p.row() > 0 ? "rows[" + p.row() + "]." + p.column() : p.column(), p.rule(), p.message()))
                .toList();
        return ResponseEntity.badRequest()
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(ProblemResponses.problem(
                        HttpStatus.BAD_REQUEST,
                        "import-rejected",
                        "导入未通过校验",
                        "共有 " + violations.size() + " 处问题，本次未导入任何数据，请全部更正后重新导入。",
                        violations));
    }
}
