package cn.baishan.enrollment.verification.audit.adapter.in.web;

import cn.baishan.enrollment.platform.problem.ProblemException;
import cn.baishan.enrollment.platform.security.Caller;
import cn.baishan.enrollment.platform.security.Role;
import cn.baishan.enrollment.verification.audit.domain.Department;
import cn.baishan.enrollment.verification.audit.usecase.QueryAuditLogUseCase;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * A partner department sees what it was asked, nothing about other departments' registries: the
 * {@code department} claim of its client token decides (public security keeps household registration
 * and residence permits).
 */
@RestController
class PartnerAuditController {

    private final QueryAuditLogUseCase auditLog;
    private final AuditViewMapper views;

    PartnerAuditController(QueryAuditLogUseCase auditLog, AuditViewMapper views) {
        this.auditLog = auditLog;
        this.views = views;
    }

    @GetMapping("/api/partner/audit")
    AuditView.Page queriesToMyDepartment(
            Caller caller,
            @RequestParam(required = false) UUID applicationId,
            @RequestParam(required = false) String department,
            @RequestParam(required = false) Instant from,
            @RequestParam(required = false) Instant to,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size) {
        Set<Department> own = caller.has(Role.PARTNER) ? Department.keptBy(caller.department()) : Set.of();
        if (own.isEmpty()) {
            throw new ProblemException(HttpStatus.FORBIDDEN, "forbidden", "无权访问", "只有合作部门的系统账号可以查阅本部门被查询的记录。");
        }
        var filter = new AuditQueryParameters(applicationId, department, from, to, page, size).filter(own, null);
        var found = auditLog.search(filter, page, size);
        return new AuditView.Page(
                page,
                size,
                found.total(),
                found.entries().stream().map(views::toView).toList());
    }
}
