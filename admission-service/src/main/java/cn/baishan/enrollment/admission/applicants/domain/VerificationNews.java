package cn.baishan.enrollment.admission.applicants.domain;

import java.time.Instant;
import java.util.UUID;

/** What verification said about an application, and when it said it. */
public sealed interface VerificationNews {

    UUID applicationId();

    Instant occurredAt();

    /** A verdict: verified with a category, or waiting for a supplement. */
    record Completed(UUID applicationId, Instant occurredAt, Verdict verdict) implements VerificationNews {}

    /** The verdict is being checked again (change notice, supplement, dispute); a new one will follow. */
    record Reopened(UUID applicationId, Instant occurredAt, String reason) implements VerificationNews {}
}
