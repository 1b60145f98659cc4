package cn.baishan.enrollment.verification.verifications.adapter.in.web;

import cn.baishan.enrollment.platform.problem.FieldViolation;
import cn.baishan.enrollment.platform.problem.ProblemException;
import cn.baishan.enrollment.platform.security.Caller;
import cn.baishan.enrollment.platform.security.Role;
import cn.baishan.enrollment.verification.verifications.domain.ChangeNotice;
import cn.baishan.enrollment.verification.verifications.domain.ChangeNoticeKind;
import cn.baishan.enrollment.verification.verifications.domain.PartnerDepartment;
import cn.baishan.enrollment.verification.verifications.domain.ResidentIds;
import cn.baishan.enrollment.verification.verifications.usecase.AcceptDepartmentAnswerUseCase;
import cn.baishan.enrollment.verification.verifications.usecase.AcceptDepartmentAnswerUseCase.AcceptDepartmentAnswerCommand;
import cn.baishan.enrollment.verification.verifications.usecase.ReceiveChangeNoticeUseCase;
import cn.baishan.enrollment.verification.verifications.usecase.ReceiveChangeNoticeUseCase.ReceiveChangeNoticeCommand;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

/**
 * The partner-facing API (SPEC §2), for the departments' client-credentials tokens (role PARTNER, claim
 * {@code department}): change notices that reopen verifications, and the answers to queries a
 * department took with a ticket. Who the caller is is checked before the body, so a stranger learns
 * nothing from validation errors; and a notice's answer never says whether anyone was affected.
 */
@RestController
@RequestMapping("/api/partner")
class PartnerApiController {

    /** Department notice ids and request ids end up in logs: plain, short, no personal data. */
    private static final Pattern SAFE_ID = Pattern.compile("[A-Za-z0-9._:-]{1,64}");

    private static final Pattern SAFE_TICKET = Pattern.compile("[A-Za-z0-9._:-]{1,100}");

    private final ReceiveChangeNoticeUseCase notices;
    private final AcceptDepartmentAnswerUseCase answers;

    PartnerApiController(ReceiveChangeNoticeUseCase notices, AcceptDepartmentAnswerUseCase answers) {
        this.notices = notices;
        this.answers = answers;
    }

    @PostMapping("/change-notices")
    ResponseEntity<Receipt> changeNotice(Caller caller, @RequestBody ChangeNoticeRequest request) {
        PartnerDepartment department = department(caller);
        List<FieldViolation> violations = new ArrayList<>();
        requireSafeId(request.noticeId(), "noticeId", violations);
        ChangeNoticeKind kind = null;
        if (request.kind() == null || request.kind().isBlank()) {
            violations.add(new FieldViolation("kind", "required", "不能为空"));
        } else {
            kind = ChangeNoticeKind.named(request.kind()).orElse(null);
            if (kind == null) {
                violations.add(new FieldViolation(
                        "kind",
                        "known-kind",
                        "变更类型不正确，可选："
                                + Arrays.stream(ChangeNoticeKind.values())
                                        .map(Enum::name)
                                        .collect(Collectors.joining("、"))));
            }
        }
        if (request.idNumber() == null || request.idNumber().isBlank()) {
            violations.add(new FieldViolation("idNumber", "required", "不能为空"));
        } else {
            ResidentIds.brokenRule(request.idNumber())
                    .ifPresent(rule -> violations.add(new FieldViolation("idNumber", rule, "须为有效的18位公民身份号码")));
        }
        LocalDate effectiveDate = null;
        if (request.effectiveDate() == null || request.effectiveDate().isBlank()) {
            violations.add(new FieldViolation("effectiveDate", "required", "不能为空"));
        } else {
            try {
                effectiveDate = LocalDate.parse(request.effectiveDate());
            } catch (java.time.format.DateTimeParseException e) {
                violations.add(new FieldViolation("effectiveDate", "format", "须为有效日期，格式 yyyy-MM-dd"));
            }
        }
        if (request.detail() != null && request.detail().length() > 500) {
            violations.add(new FieldViolation("detail", "max-length", "不能超过500个字符"));
        }
        rejectIfAny(violations);
        if (!kind.maySendBy(department)) {
            throw new ProblemException(
                    HttpStatus.FORBIDDEN,
                    "notice-kind-not-allowed",
                    "无权发送该类变更通知",
                    department.displayName() + "不能发送“" + kind.description() + "”类变更通知，该类通知由"
                            + kind.department().displayName() + "发送。");
        }
        notices.receive(new ReceiveChangeNoticeCommand(
                new ChangeNotice(
                        request.noticeId(),
                        department,
                        kind,
                        request.idNumber(),
                        effectiveDate,
                        request.detail() == null || request.detail().isBlank()
                                ? null
                                : request.detail().trim()),
                sentBy(caller)));
        return ResponseEntity.accepted().body(new Receipt(request.noticeId(), null, "ACCEPTED"));
    }

    @PostMapping("/answers")
    ResponseEntity<Receipt> answer(Caller caller, @RequestBody AnswerRequest request) {
        PartnerDepartment department = department(caller);
        List<FieldViolation> violations = new ArrayList<>();
        requireSafeId(request.requestId(), "requestId", violations);
        if (request.ticket() == null || request.ticket().isBlank()) {
            violations.add(new FieldViolation("ticket", "required", "不能为空"));
        } else if (!SAFE_TICKET.matcher(request.ticket()).matches()) {
            violations.add(new FieldViolation("ticket", "format", "须为1至100个字母、数字或 ._:- 字符"));
        }
        if (request.answer() == null || request.answer().isNull()) {
            violations.add(new FieldViolation("answer", "required", "不能为空"));
        } else if (!request.answer().isObject()) {
            violations.add(new FieldViolation("answer", "object", "须为与同步查询应答相同结构的 JSON 对象"));
        }
        rejectIfAny(violations);
        try {
            answers.accept(new AcceptDepartmentAnswerCommand(
                    department,
                    request.requestId(),
                    request.ticket(),
                    request.answer().toString()));
        } catch (AcceptDepartmentAnswerUseCase.UnknownTicketException e) {
            throw new ProblemException(
                    HttpStatus.NOT_FOUND, "ticket-not-found", "未找到查询凭证", "没有与该 requestId 对应的查询凭证（ticket）。");
        } catch (AcceptDepartmentAnswerUseCase.OtherDepartmentsTicketException e) {
            throw new ProblemException(
                    HttpStatus.FORBIDDEN, "ticket-of-another-department", "无权答复该查询", "该查询凭证不是本部门签发的，只能答复本部门受理的查询。");
        }
        return ResponseEntity.accepted().body(new Receipt(null, request.ticket(), "ACCEPTED"));
    }

    /** Only a partner department's own token, naming a department this platform knows. */
    private static PartnerDepartment department(Caller caller) {
        if (!caller.has(Role.PARTNER)) {
            throw new ProblemException(HttpStatus.FORBIDDEN, "forbidden", "无权访问", "只有合作部门的接入账号可以调用部门接口。");
        }
        return PartnerDepartment.ofClaim(caller.department())
                .orElseThrow(() -> new ProblemException(
                        HttpStatus.FORBIDDEN, "unknown-department", "无权访问", "接入账号未标明所属部门（department），请联系平台管理员。"));
    }

    /** The client that sent it as Keycloak names a client's service account ({@code service-account-partner-psb}). */
    private static String sentBy(Caller caller) {
        return caller.username() != null ? caller.username() : caller.subject();
    }

    private static void requireSafeId(String value, String field, List<FieldViolation> violations) {
        if (value == null || value.isBlank()) {
            violations.add(new FieldViolation(field, "required", "不能为空"));
        } else if (!SAFE_ID.matcher(value).matches()) {
            violations.add(new FieldViolation(field, "format", "须为1至64个字母、数字或 ._:- 字符"));
        }
    }

    private static void rejectIfAny(List<FieldViolation> violations) {
        if (!violations.isEmpty()) {
            throw new ProblemException(
                    HttpStatus.BAD_REQUEST,
                    "validation",
                    "信息填写有误",
                    "提交的信息有 " + violations.size() + " 处需要更正："
                            + violations.stream()
                                    .map(v -> v.field() + " " + v.message())
                                    .collect(Collectors.joining("；")),
                    violations);
        }
    }

    record ChangeNoticeRequest(String noticeId, String kind, String idNumber, String effectiveDate, String detail) {}

    record AnswerRequest(String requestId, String ticket, JsonNode answer) {}

    /** Always {@code ACCEPTED}: whether anyone was affected is not the sender's to know. */
    @com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL)
    record Receipt(String noticeId, String ticket, String status) {}
}
