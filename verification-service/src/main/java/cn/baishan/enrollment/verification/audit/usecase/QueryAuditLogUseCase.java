package cn.baishan.enrollment.verification.audit.usecase;

import cn.baishan.enrollment.verification.audit.domain.ChainReport;
import cn.baishan.enrollment.verification.audit.usecase.port.AuditLog.AuditPage;

/** Inspectors', city and district staff's and partners' reading of the audit log. */
public interface QueryAuditLogUseCase {

    /** Newest first; the filter carries the caller's scope. */
    AuditPage search(AuditFilter filter, int page, int size);

    /** Walks the whole chain in one consistent snapshot and checks it against the stored head. */
    ChainReport verifyIntegrity();
}
