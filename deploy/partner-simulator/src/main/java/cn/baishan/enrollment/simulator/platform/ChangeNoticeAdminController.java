package cn.baishan.enrollment.simulator.platform;

import cn.baishan.enrollment.simulator.ProblemTypes;
import cn.baishan.enrollment.simulator.population.IdNumbers;
import cn.baishan.enrollment.simulator.population.Population;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

/**
 * Pushes a change notice about a person of the population to the platform ({@code POST
 * /api/partner/change-notices}) the way the department that keeps the registry would, with its
 * client-credentials token; so demos and tests can trigger re-verification. Synchronous: the answer says
 * what the platform answered.
 */
@RestController
class ChangeNoticeAdminController {

    static final String CHANGE_NOTICES_PATH = "/api/partner/change-notices";

    private static final Logger log = LoggerFactory.getLogger(ChangeNoticeAdminController.class);

    private final Population population;
    private final PlatformClient platform;

    ChangeNoticeAdminController(Population population, PlatformClient platform) {
        this.population = population;
        this.platform = platform;
    }

    /**
     * @param kind one of {@link NoticeKind}
     * @param effectiveDate defaults to today
     * @param noticeId defaults to a fresh one; send the same again to see the platform's idempotency
     */
    record PushRequest(
            @NotBlank(message = "不能为空") String kind,
            @NotNull(message = "不能为空") @Pattern(regexp = IdNumbers.SHAPE, message = "须为18位公民身份号码") String idNumber,
            LocalDate effectiveDate,
            @Size(max = 500, message = "不能超过500个字符") String detail,
            @Pattern(regexp = "[A-Za-z0-9._:-]{1,64}", message = "须为1至64个字母、数字或 ._:- 字符") String noticeId) {}

    record PushResult(String noticeId, String department, String kind, int platformStatus, JsonNode platformAnswer) {}

    @PostMapping("/admin/change-notices")
    PushResult push(@Valid @RequestBody PushRequest request) {
        NoticeKind kind = Arrays.stream(NoticeKind.values())
                .filter(k -> k.name().equals(request.kind()))
                .findFirst()
                .orElseThrow(() -> problem(
                        HttpStatus.BAD_REQUEST,
                        ProblemTypes.INVALID_REQUEST,
                        "Invalid request",
                        "kind 须为：" + Arrays.toString(NoticeKind.values())));
        if (population.registration(request.idNumber()).isEmpty()) {
            throw problem(
                    HttpStatus.NOT_FOUND,
                    ProblemTypes.UNKNOWN_PERSON,
                    "Unknown person",
                    "模拟人口中没有该人员：" + IdNumbers.mask(request.idNumber()));
        }
        String noticeId = request.noticeId() != null ? request.noticeId() : "SIM-" + UUID.randomUUID();
        Map<String, Object> notice = new LinkedHashMap<>();
        notice.put("noticeId", noticeId);
        notice.put("kind", kind.name());
        notice.put("idNumber", request.idNumber());
        notice.put(
                "effectiveDate",
                (request.effectiveDate() != null ? request.effectiveDate() : LocalDate.now()).toString());
        notice.put("detail", request.detail());
        PlatformClient.Answer answer;
        try {
            answer = platform.post(kind.sender().slug(), CHANGE_NOTICES_PATH, notice);
        } catch (java.io.IOException e) {
            log.warn("Change notice {} could not reach the platform: {}", noticeId, e.toString());
            throw problem(
                    HttpStatus.BAD_GATEWAY,
                    ProblemTypes.PLATFORM_UNREACHABLE,
                    "Platform unreachable",
                    "无法连接平台或获取令牌：" + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw problem(HttpStatus.SERVICE_UNAVAILABLE, ProblemTypes.PLATFORM_UNREACHABLE, "Interrupted", "已中断");
        }
        log.info(
                "Change notice pushed noticeId={} kind={} department={} idNumber={} platformStatus={}",
                noticeId,
                kind,
                kind.sender().slug(),
                IdNumbers.mask(request.idNumber()),
                answer.status());
        return new PushResult(noticeId, kind.sender().slug(), kind.name(), answer.status(), answer.body());
    }

    private static ErrorResponseException problem(HttpStatus status, java.net.URI type, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(type);
        problem.setTitle(title);
        return new ErrorResponseException(status, problem, null);
    }
}
