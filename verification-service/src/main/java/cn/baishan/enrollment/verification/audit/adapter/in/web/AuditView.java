package cn.baishan.enrollment.verification.audit.adapter.in.web;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * One audited query as readers see it: masked person, masked answer, the digest and the chain links (so
 * a reader can re-check an entry); never the blind index.
 */
record AuditView(
        long sequence,
        UUID queryId,
        Instant queriedAt,
        String department,
        String purpose,
        String requestedBy,
        UUID applicationId,
        String districtCode,
        String subjectRole,
        String subjectMasked,
        String outcome,
        String resultDigest,
        String answerSummary,
        String prevHash,
        String hash) {

    record Page(int page, int size, long total, List<AuditView> entries) {}
}
