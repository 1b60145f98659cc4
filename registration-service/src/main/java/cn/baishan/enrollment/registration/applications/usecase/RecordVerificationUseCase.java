package cn.baishan.enrollment.registration.applications.usecase;

import cn.baishan.enrollment.registration.applications.domain.SupplementItem;
import cn.baishan.enrollment.registration.applications.domain.VerificationCheck;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Applies verification-service's progress to the application the parent sees. */
public interface RecordVerificationUseCase {

    void started(UUID applicationId, Instant at);

    /** A verdict; one older than the application's last change is stale and ignored. */
    void completed(VerificationOutcome outcome);

    /** A verdict is being checked again; verifying until the next verdict. */
    void reopened(UUID applicationId, String reason, Instant at);

    /** A verdict: VERIFIED with a category, or NEEDS_SUPPLEMENT with the consolidated list. */
    record VerificationOutcome(
            UUID applicationId,
            boolean verified,
            String category,
            List<VerificationCheck> checks,
            List<SupplementItem> supplementItems,
            String zoneCode,
            List<String> flags,
            Instant at) {}
}
