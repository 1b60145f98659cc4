package cn.baishan.enrollment.verification.audit.adapter.in.web;

import cn.baishan.enrollment.platform.problem.ProblemException;
import cn.baishan.enrollment.platform.security.Caller;
import cn.baishan.enrollment.platform.security.Role;
import cn.baishan.enrollment.verification.audit.domain.BrokenLink;
import cn.baishan.enrollment.verification.audit.domain.ChainReport;
import cn.baishan.enrollment.verification.audit.domain.Department;
import cn.baishan.enrollment.verification.audit.usecase.QueryAuditLogUseCase;
import java.util.EnumSet;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The audit log for oversight: inspectors and city staff read all of it and check its integrity; district
 * staff read their district's queries. Partners have their own view ({@link PartnerAuditController}).
 */
@RestController
class AuditController {

    private final QueryAuditLogUseCase auditLog;
    private final AuditViewMapper views;

    AuditController(QueryAuditLogUseCase auditLog, AuditViewMapper views) {
        this.auditLog = auditLog;
        this.views = views;
    }

    @GetMapping("/api/verification/audit")
    AuditView.Page search(Caller caller, AuditQueryParameters query) {
        String district = districtScope(caller);
        var filter = query.filter(EnumSet.allOf(Department.class), district);
        return views.page(auditLog.search(filter, query.page(), query.size()), query);
    }

    @GetMapping("/api/verification/audit/integrity")
    IntegrityView integrity(Caller caller) {
        if (!caller.has(Role.INSPECTOR) && !caller.has(Role.CITY_ADMIN)) {
            throw new ProblemException(HttpStatus.FORBIDDEN, "forbidden", "无权访问", "只有纪检监察和市教育局可以校验审计日志的完整性。");
        }
        return IntegrityView.of(auditLog.verifyIntegrity());
    }

    /** Null for every district (inspectors, city staff), the caller's own for district staff. */
    private static String districtScope(Caller caller) {
        if (caller.has(Role.INSPECTOR) || caller.has(Role.CITY_ADMIN)) {
            return null;
        }
        if (caller.has(Role.DISTRICT_ADMIN) && caller.districtCode() != null) {
            return caller.districtCode();
        }
        throw new ProblemException(HttpStatus.FORBIDDEN, "forbidden", "无权访问", "只有纪检监察、市教育局和区县教育局可以查阅跨部门查询审计日志。");
    }

    record IntegrityView(boolean intact, long checkedEntries, Broken firstBroken) {

        record Broken(long sequence, String reason, String explanation) {}

        static IntegrityView of(ChainReport report) {
            BrokenLink b = report.firstBroken().orElse(null);
            return new IntegrityView(
                    report.intact(),
                    report.checkedEntries(),
                    b == null ? null : new Broken(b.sequence(), b.reason().name(), b.explanation()));
        }
    }
}
