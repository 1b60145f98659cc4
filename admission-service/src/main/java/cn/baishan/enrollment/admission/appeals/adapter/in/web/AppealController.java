package cn.baishan.enrollment.admission.appeals.adapter.in.web;

import cn.baishan.enrollment.admission.appeals.domain.Appeal;
import cn.baishan.enrollment.admission.appeals.domain.AppealException;
import cn.baishan.enrollment.admission.appeals.domain.AppealStatus;
import cn.baishan.enrollment.admission.appeals.usecase.AppealsQuery;
import cn.baishan.enrollment.admission.appeals.usecase.DecideAppealUseCase;
import cn.baishan.enrollment.admission.appeals.usecase.DecideAppealUseCase.AppealNotFoundException;
import cn.baishan.enrollment.admission.appeals.usecase.DecideAppealUseCase.MoveRefusedException;
import cn.baishan.enrollment.admission.appeals.usecase.DecideAppealUseCase.OutOfScopeException;
import cn.baishan.enrollment.admission.web.StaffScope;
import cn.baishan.enrollment.platform.problem.FieldViolation;
import cn.baishan.enrollment.platform.problem.ProblemException;
import cn.baishan.enrollment.platform.security.Caller;
import cn.baishan.enrollment.platform.security.Role;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** District staff's appeal cases: the list, and one decision each with its reason. */
@RestController
class AppealController {

    private final AppealsQuery query;
    private final DecideAppealUseCase decisions;

    AppealController(AppealsQuery query, DecideAppealUseCase decisions) {
        this.query = query;
        this.decisions = decisions;
    }

    @GetMapping("/api/admission/appeals")
    List<AppealView> list(
            Caller caller,
            @RequestParam(required = false) String districtCode,
            @RequestParam(required = false) AppealStatus status) {
        return query.list(StaffScope.listedDistrict(caller, districtCode), status).stream()
                .map(AppealView::of)
                .toList();
    }

    @PostMapping("/api/admission/appeals/{id}/decision")
    AppealView decide(Caller caller, @PathVariable UUID id, @Valid @RequestBody DecisionRequest request) {
        String scope;
        if (caller.has(Role.CITY_ADMIN)) {
            scope = null;
        } else if (caller.has(Role.DISTRICT_ADMIN) && caller.districtCode() != null) {
            scope = caller.districtCode();
        } else {
            throw StaffScope.forbidden();
        }
        try {
            return AppealView.of(decisions.decide(
                    id,
                    AppealStatus.valueOf(request.outcome()),
                    request.reason(),
                    request.schoolCode(),
                    caller.username(),
                    scope));
        } catch (AppealNotFoundException e) {
            throw new ProblemException(HttpStatus.NOT_FOUND, "appeal-not-found", "未找到申诉", e.getMessage());
        } catch (OutOfScopeException e) {
            throw new ProblemException(HttpStatus.FORBIDDEN, "forbidden", "无权访问", e.getMessage());
        } catch (MoveRefusedException e) {
            throw new ProblemException(
                    HttpStatus.CONFLICT,
                    "appeal-move-refused",
                    "调整不符合录取规则",
                    e.getMessage(),
                    e.violations().stream()
                            .map(v -> new FieldViolation(v.subject(), v.rule(), v.detail()))
                            .toList());
        } catch (AppealException e) {
            if (e.isInvalidInput()) {
                throw new ProblemException(
                        HttpStatus.BAD_REQUEST,
                        "validation",
                        "信息填写有误",
                        "提交的信息有 1 处需要更正：" + e.field() + " " + e.getMessage(),
                        List.of(new FieldViolation(e.field(), e.rule(), e.getMessage())));
            }
            throw new ProblemException(HttpStatus.CONFLICT, e.rule(), "申诉已决定", e.getMessage());
        }
    }

    record DecisionRequest(
            @NotNull @Pattern(regexp = "UPHELD|DISMISSED", message = "须为 UPHELD 或 DISMISSED") String outcome,
            @NotBlank String reason,
            String schoolCode) {}

    record AppealView(
            UUID id,
            UUID applicationId,
            UUID runId,
            String districtCode,
            String publicId,
            String statement,
            String status,
            Instant filedAt,
            String reason,
            String schoolCode,
            String decidedBy,
            Instant decidedAt) {

        static AppealView of(Appeal a) {
            return new AppealView(
                    a.id(),
                    a.applicationId(),
                    a.runId(),
                    a.districtCode(),
                    a.publicId(),
                    a.statement(),
                    a.status().name(),
                    a.filedAt(),
                    a.reason(),
                    a.schoolCode(),
                    a.decidedBy(),
                    a.decidedAt());
        }
    }
}
