package cn.baishan.enrollment.verification.audit.adapter.in.web;

import cn.baishan.enrollment.platform.problem.ProblemException;
import cn.baishan.enrollment.platform.security.Caller;
import cn.baishan.enrollment.platform.security.Role;
import cn.baishan.enrollment.verification.audit.domain.Department;
import cn.baishan.enrollment.verification.audit.usecase.QueryAuditLogUseCase;
import java.util.Set;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
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
    AuditView.Page queriesToMyDepartment(Caller caller, AuditQueryParameters query) {
        Set<Department> own = caller.has(Role.PARTNER) ? Department.keptBy(caller.department()) : Set.of();
        if (own.isEmpty()) {
            throw new ProblemException(HttpStatus.FORBIDDEN, "forbidden", "无权访问", "只有合作部门的系统账号可以查阅本部门被查询的记录。");
        }
        var filter = query.filter(own, null);
        return views.page(auditLog.search(filter, query.page(), query.size()), query);
    }
}
