package cn.baishan.enrollment.simulator.fault;

import cn.baishan.enrollment.simulator.platform.AnswerCallbacks;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.server.ServerHttpRequest;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.ResponseBodyAdvice;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The asynchronous mode of a department ({@code asyncAnswers}): a query that would be answered gets
 * {@code 202 {requestId, ticket}} instead, and the very answer it would have had is posted to the
 * platform after {@code answerDelayMs}. Applied to the finished answer, so the controllers stay as they
 * are; injected faults (outage, errors, garbage) still come first, problems are never deferred.
 */
@RestControllerAdvice
class AsyncAnswerAdvice implements ResponseBodyAdvice<Object> {

    private static final Logger log = LoggerFactory.getLogger(AsyncAnswerAdvice.class);

    private final FaultInjector injector;
    private final AnswerCallbacks callbacks;
    private final JsonMapper json;

    AsyncAnswerAdvice(FaultInjector injector, AnswerCallbacks callbacks, JsonMapper json) {
        this.injector = injector;
        this.callbacks = callbacks;
        this.json = json;
    }

    @Override
    public boolean supports(MethodParameter returnType, Class<? extends HttpMessageConverter<?>> converterType) {
        return true;
    }

    @Override
    public Object beforeBodyWrite(
            Object body,
            MethodParameter returnType,
            MediaType selectedContentType,
            Class<? extends HttpMessageConverter<?>> selectedConverterType,
            ServerHttpRequest request,
            ServerHttpResponse response) {
        if (body == null || body instanceof ProblemDetail) {
            return body;
        }
        Optional<Department> department = departmentOf(request.getURI().getPath());
        if (department.isEmpty()) {
            return body;
        }
        FaultSettings settings = injector.settings(department.get());
        if (!settings.asyncAnswers()) {
            return body;
        }
        JsonNode answer = json.valueToTree(body);
        String requestId = answer.path("requestId").asString(null);
        String ticket = "TKT-" + UUID.randomUUID();
        callbacks.schedule(department.get(), requestId, ticket, answer, Duration.ofMillis(settings.answerDelayMs()));
        log.info(
                "Asynchronous mode department={} requestId={} ticket={} answer in {} ms",
                department.get().slug(),
                requestId,
                ticket,
                settings.answerDelayMs());
        response.setStatusCode(HttpStatus.ACCEPTED);
        Map<String, Object> accepted = new LinkedHashMap<>();
        accepted.put("requestId", requestId);
        accepted.put("ticket", ticket);
        return accepted;
    }

    /** {@code /household-registration/v1/...} → the household registration department. */
    private static Optional<Department> departmentOf(String path) {
        String[] segments = path.split("/");
        return segments.length > 1 ? Department.bySlug(segments[1]) : Optional.empty();
    }
}
