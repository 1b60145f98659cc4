package cn.baishan.enrollment.verification.audit.usecase.port;

import cn.baishan.enrollment.verification.audit.domain.AuditEntry;

/** Tells the family's side (registration) about each audited query, masked, through the outbox. */
public interface AuditEvents {

    void recorded(AuditEntry entry);
}
