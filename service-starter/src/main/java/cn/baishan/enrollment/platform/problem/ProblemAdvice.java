package cn.baishan.enrollment.platform.problem;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingRequestHeaderException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

/**
 * Turns every exception into {@code application/problem+json}: bad input becomes a 400 that names
 * each field and the rule it broke (in Chinese, for parents); anything unexpected becomes a 500
 * without a stack trace, logged with the request id.
 */
@RestControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
public class ProblemAdvice extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemAdvice.class);

    @ExceptionHandler(ProblemException.class)
    ResponseEntity<ProblemDetail> onProblem(ProblemException e) {
        return respond(
                e.status(), ProblemResponses.problem(e.status(), e.slug(), e.title(), e.getMessage(), e.violations()));
    }

    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<ProblemDetail> onDenied(AccessDeniedException e) {
        return respond(
                HttpStatus.FORBIDDEN,
                ProblemResponses.problem(HttpStatus.FORBIDDEN, "forbidden", "无权访问", "当前账号无权进行此操作。", List.of()));
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<ProblemDetail> onTypeMismatch(MethodArgumentTypeMismatchException e) {
        return invalid(List.of(new FieldViolation(e.getName(), "format", "格式不正确")));
    }

    /** Method-level constraints ({@code @Validated} controllers: headers, path and query parameters). */
    @ExceptionHandler(jakarta.validation.ConstraintViolationException.class)
    ResponseEntity<ProblemDetail> onConstraintViolation(jakarta.validation.ConstraintViolationException e) {
        List<FieldViolation> violations = e.getConstraintViolations().stream()
                .map(v -> new FieldViolation(
                        lastNode(v.getPropertyPath()),
                        rule(v.getConstraintDescriptor()
                                .getAnnotation()
                                .annotationType()
                                .getSimpleName()),
                        v.getMessage()))
                .sorted(java.util.Comparator.comparing(FieldViolation::field))
                .toList();
        return invalid(violations);
    }

    private static String lastNode(jakarta.validation.Path path) {
        String name = null;
        for (jakarta.validation.Path.Node node : path) {
            if (node.getName() != null) {
                name = node.getName();
            }
        }
        return name == null ? "request" : name;
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> onUnexpected(Exception e) {
        log.error("unexpected error", e);
        return respond(
                HttpStatus.INTERNAL_SERVER_ERROR,
                ProblemResponses.problem(
                        HttpStatus.INTERNAL_SERVER_ERROR,
                        "internal",
                        "服务内部错误",
                        "服务暂时出现问题，您提交的信息未丢失，请稍后重试。",
                        List.of()));
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(
            MethodArgumentNotValidException e, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<FieldViolation> violations = e.getBindingResult().getFieldErrors().stream()
                .map(ProblemAdvice::violation)
                .collect(Collectors.toCollection(ArrayList::new));
        e.getBindingResult()
                .getGlobalErrors()
                .forEach(g -> violations.add(
                        new FieldViolation(g.getObjectName(), rule(g.getCode()), g.getDefaultMessage())));
        return widen(invalid(violations));
    }

    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(
            HandlerMethodValidationException e, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<FieldViolation> violations = new ArrayList<>();
        e.getParameterValidationResults().forEach(result -> result.getResolvableErrors()
                .forEach(error -> violations.add(new FieldViolation(
                        result.getMethodParameter().getParameterName(),
                        rule(error.getCodes() == null ? null : error.getCodes()[error.getCodes().length - 1]),
                        error.getDefaultMessage()))));
        return widen(invalid(violations));
    }

    @Override
    protected ResponseEntity<Object> handleServletRequestBindingException(
            org.springframework.web.bind.ServletRequestBindingException e,
            HttpHeaders headers,
            HttpStatusCode status,
            WebRequest request) {
        if (e instanceof MissingRequestHeaderException missing) {
            return widen(invalid(List.of(new FieldViolation(missing.getHeaderName(), "required", "缺少请求头"))));
        }
        return widen(invalid(List.of(new FieldViolation("request", "binding", "请求参数不完整"))));
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(
            HttpMessageNotReadableException e, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        Throwable cause = e.getMostSpecificCause();
        if (cause instanceof UnrecognizedPropertyException unknown) {
            return widen(invalid(List.of(new FieldViolation(
                    path(unknown), "unknown-field", "不接受未定义的字段“" + unknown.getPropertyName() + "”，请勿提交此项信息"))));
        }
        if (cause instanceof InvalidFormatException format) {
            return widen(invalid(List.of(new FieldViolation(path(format), "format", "格式不正确：" + format.getValue()))));
        }
        if (cause instanceof MismatchedInputException mismatch
                && !mismatch.getPath().isEmpty()) {
            return widen(invalid(List.of(new FieldViolation(path(mismatch), "type", "类型不正确"))));
        }
        if (cause instanceof JacksonException) {
            return widen(invalid(List.of(new FieldViolation("body", "json", "请求内容不是有效的 JSON"))));
        }
        return widen(invalid(List.of(new FieldViolation("body", "required", "缺少请求内容"))));
    }

    @Override
    protected ResponseEntity<Object> handleExceptionInternal(
            Exception e, Object body, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        // framework errors (404, 405, 415 ...): keep their status, give them our shape
        HttpStatus resolved = HttpStatus.valueOf(status.value());
        String title = resolved.is4xxClientError() ? "请求无法处理" : "服务内部错误";
        return widen(respond(
                resolved,
                ProblemResponses.problem(
                        resolved, "http-" + resolved.value(), title, resolved.getReasonPhrase(), List.of())));
    }

    private static ResponseEntity<ProblemDetail> invalid(List<FieldViolation> violations) {
        String detail = "提交的信息有 " + violations.size() + " 处需要更正："
                + violations.stream().map(v -> v.field() + " " + v.message()).collect(Collectors.joining("；"));
        return respond(
                HttpStatus.BAD_REQUEST,
                ProblemResponses.problem(HttpStatus.BAD_REQUEST, "validation", "信息填写有误", detail, violations));
    }

    private static ResponseEntity<ProblemDetail> respond(HttpStatus status, ProblemDetail problem) {
        return ResponseEntity.status(status)
                .contentType(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static ResponseEntity<Object> widen(ResponseEntity<ProblemDetail> entity) {
        return (ResponseEntity) entity;
    }

    private static FieldViolation violation(FieldError error) {
        return new FieldViolation(error.getField(), rule(error.getCode()), error.getDefaultMessage());
    }

    /** {@code NotBlank} → {@code not-blank}: the constraint name as a stable, lower-case rule id. */
    static String rule(String code) {
        if (code == null) {
            return "invalid";
        }
        return code.replaceAll("([a-z])([A-Z])", "$1-$2").toLowerCase();
    }

    private static String path(MismatchedInputException e) {
        StringBuilder path = new StringBuilder();
        for (JacksonException.Reference ref : e.getPath()) {
            if (ref.getPropertyName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(ref.getPropertyName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.isEmpty() ? "body" : path.toString();
    }
}
