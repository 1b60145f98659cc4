package cn.baishan.enrollment.verification.audit.usecase.port;

import cn.baishan.enrollment.verification.audit.domain.AuditEntry;
import cn.baishan.enrollment.verification.audit.domain.ChainHead;
import cn.baishan.enrollment.verification.audit.domain.Department;
import cn.baishan.enrollment.verification.audit.usecase.AuditFilter;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The stored chain and its head row. Append-only: nothing here edits or deletes an entry. */
public interface AuditLog {

    /** The head, locked until the caller's transaction ends: appends are serialised on it. */
    ChainHead lockHead();

    /** The head as the caller's transaction sees it, unlocked. */
    ChainHead head();

    /** Stores the entry and moves the head to it, in the caller's transaction (which holds the head lock). */
    void append(AuditEntry entry);

    /** Up to {@code limit} entries with a sequence above {@code afterSequence}, in sequence order. */
    List<AuditEntry> after(long afterSequence, int limit);

    /** The entries matching the filter, newest first. */
    AuditPage search(AuditFilter filter, int page, int size);

    Optional<AuditEntry> byQueryId(UUID queryId);

    /** The entry that recorded this answer (by its digest) of this department about this person, if any. */
    Optional<AuditEntry> sameAnswer(Department department, UUID applicationId, String subjectIndex, String digest);

    record AuditPage(List<AuditEntry> entries, long total) {}
}
