package cn.baishan.enrollment.verification.audit.usecase;

import cn.baishan.enrollment.verification.audit.domain.AuditEntry;
import cn.baishan.enrollment.verification.audit.domain.ChainHead;
import cn.baishan.enrollment.verification.audit.domain.ChainReport;
import cn.baishan.enrollment.verification.audit.domain.ChainVerifier;
import cn.baishan.enrollment.verification.audit.usecase.port.AuditLog;
import cn.baishan.enrollment.verification.audit.usecase.port.AuditLog.AuditPage;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

@Service
class QueryingAuditLog implements QueryAuditLogUseCase {

    /** Entries read per round trip while walking the chain. */
    private static final int BATCH = 500;

    private final AuditLog auditLog;
    private final TransactionTemplate snapshot;

    QueryingAuditLog(AuditLog auditLog, PlatformTransactionManager transactions) {
        this.auditLog = auditLog;
        this.snapshot = new TransactionTemplate(transactions);
        // the head and every entry from one snapshot: appends running meanwhile are not a "break"
        this.snapshot.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
        this.snapshot.setReadOnly(true);
    }

    @Override
    public AuditPage search(AuditFilter filter, int page, int size) {
        if (filter.departments().isEmpty()) {
            return new AuditPage(List.of(), 0);
        }
        return snapshot.execute(status -> auditLog.search(filter, page, size));
    }

    @Override
    public ChainReport verifyIntegrity() {
        return snapshot.execute(status -> {
            ChainHead head = auditLog.head();
            ChainVerifier verifier = new ChainVerifier();
            long after = 0;
            while (true) {
                List<AuditEntry> batch = auditLog.after(after, BATCH);
                for (AuditEntry entry : batch) {
                    if (!verifier.accept(entry)) {
                        return verifier.finish(head);
                    }
                }
                if (batch.size() < BATCH) {
                    return verifier.finish(head);
                }
                after = batch.get(batch.size() - 1).sequence();
            }
        });
    }
}
