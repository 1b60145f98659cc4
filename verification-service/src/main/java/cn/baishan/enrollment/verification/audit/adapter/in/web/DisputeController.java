package cn.baishan.enrollment.verification.audit.adapter.in.web;

import cn.baishan.enrollment.platform.problem.ProblemException;
import cn.baishan.enrollment.platform.problem.ProblemResponses;
import cn.baishan.enrollment.platform.security.Caller;
import cn.baishan.enrollment.platform.security.Role;
import cn.baishan.enrollment.verification.audit.domain.Dispute;
import cn.baishan.enrollment.verification.audit.usecase.HandleDisputesUseCase;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** District staff's queue of families' disputes, each with the audited answer and the checks it concerns. */
@RestController
class DisputeController {

    private final HandleDisputesUseCase disputes;

    DisputeController(HandleDisputesUseCase disputes) {
        this.disputes = disputes;
    }

    @GetMapping("/api/verification/disputes")
    List<DisputeView> queue(Caller caller) {
        return disputes.queue(scope(caller)).stream().map(DisputeView::of).toList();
    }

    @PostMapping("/api/verification/disputes/{id}/decision")
    DisputeView decide(Caller caller, @PathVariable UUID id, @Valid @RequestBody DecisionRequest request) {
        Set<String> scope = scope(caller);
        return DisputeView.of(
                disputes.decide(id, request.decision() == Decision.UPHELD, request.reason(), caller.username(), scope));
    }

    @ExceptionHandler(HandleDisputesUseCase.NotInQueueException.class)
    ResponseEntity<ProblemDetail> notInQueue() {
        return problem(HttpStatus.NOT_FOUND, "dispute-not-found", "未找到待处理的异议", "待处理的异议中没有该事项。");
    }

    @ExceptionHandler(HandleDisputesUseCase.ReopenUnavailableException.class)
    ResponseEntity<ProblemDetail> reopenUnavailable() {
        return problem(HttpStatus.SERVICE_UNAVAILABLE, "reopen-unavailable", "暂时无法重新核验", "重新核验功能暂未启用，异议仍为待处理，请稍后再试。");
    }

    private static ResponseEntity<ProblemDetail> problem(HttpStatus status, String slug, String title, String detail) {
        return ResponseEntity.status(status)
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(ProblemResponses.problem(status, slug, title, detail, List.of()));
    }

    /** District staff their district; city staff every district; nobody else. */
    private static Set<String> scope(Caller caller) {
        if (caller.has(Role.CITY_ADMIN)) {
            return Set.of();
        }
        if (caller.has(Role.DISTRICT_ADMIN) && caller.districtCode() != null) {
            return Set.of(caller.districtCode());
        }
        throw new ProblemException(HttpStatus.FORBIDDEN, "forbidden", "无权访问", "只有区县、市教育局可以处理异议。");
    }

    enum Decision {
        UPHELD,
        DISMISSED
    }

    record DecisionRequest(@NotNull Decision decision, @NotBlank @Size(max = 500) String reason) {}

    record DisputeView(
            UUID id,
            UUID applicationId,
            String districtCode,
            String department,
            String statement,
            UUID queryId,
            Long auditSequence,
            String auditedAnswer,
            List<Dispute.CheckEvidence> checks,
            Instant receivedAt,
            String status,
            String decisionReason,
            String decidedBy,
            Instant decidedAt) {

        static DisputeView of(Dispute d) {
            return new DisputeView(
                    d.id(),
                    d.applicationId(),
                    d.districtCode(),
                    d.department(),
                    d.statement(),
                    d.queryId(),
                    d.auditSequence(),
                    d.auditedAnswer(),
                    d.checks(),
                    d.receivedAt(),
                    d.status().name(),
                    d.decisionReason(),
                    d.decidedBy(),
                    d.decidedAt());
        }
    }
}
