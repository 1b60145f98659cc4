package cn.baishan.enrollment.verification.verifications.usecase;

import cn.baishan.enrollment.verification.verifications.domain.ReviewReason;
import cn.baishan.enrollment.verification.verifications.domain.Verification;
import cn.baishan.enrollment.verification.verifications.usecase.port.VerificationEvents;
import cn.baishan.enrollment.verification.verifications.usecase.port.VerificationRepository;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * District staff's manual-review queue (线下核验): documents the registries cannot check, and
 * verifications a department has left waiting too long. A decision is kept with who made it and why,
 * and completes the verification like any other verdict.
 */
@Service
@Transactional
public class ReviewVerificationsUseCase {

    private static final Logger log = LoggerFactory.getLogger(ReviewVerificationsUseCase.class);

    private final VerificationRepository verifications;
    private final VerificationEvents events;
    private final TierRulesSettings tierRules;
    private final Clock clock;

    ReviewVerificationsUseCase(
            VerificationRepository verifications, VerificationEvents events, TierRulesSettings tierRules, Clock clock) {
        this.verifications = verifications;
        this.events = events;
        this.tierRules = tierRules;
        this.clock = clock;
    }

    /** @param allowedDistricts empty = city-wide */
    @Transactional(readOnly = true)
    public List<Verification> queue(Set<String> allowedDistricts) {
        return verifications.reviewQueue(null).stream()
                .filter(v -> allowedDistricts.isEmpty()
                        || allowedDistricts.contains(v.subject().districtCode()))
                .toList();
    }

    /** Why the verification waits in the caller's queue; throws {@link NotInQueueException} when it does not. */
    @Transactional(readOnly = true)
    public ReviewReason reasonOf(UUID verificationId, Set<String> allowedDistricts) {
        return verifications
                .load(verificationId)
                .filter(v -> allowedDistricts.isEmpty()
                        || allowedDistricts.contains(v.subject().districtCode()))
                .filter(Verification::awaitsReview)
                .map(Verification::reviewReason)
                .orElseThrow(NotInQueueException::new);
    }

    public Verification decide(
            UUID verificationId,
            boolean approve,
            String category,
            String reason,
            String by,
            Set<String> allowedDistricts) {
        Verification verification = verifications
                .load(verificationId)
                .filter(v -> allowedDistricts.isEmpty()
                        || allowedDistricts.contains(v.subject().districtCode()))
                .filter(Verification::awaitsReview)
                .orElseThrow(NotInQueueException::new);
        verification
                .rankedBy(tierRules.forDistrict(verification.subject().districtCode()))
                .decideManually(approve, category, reason, by, clock.instant());
        verifications.update(verification);
        events.completed(verification);
        log.info(
                "verification {} decided by hand by {}: {}, category {}",
                verificationId,
                by,
                approve ? "approved" : "rejected",
                verification.category());
        return verification;
    }

    /** No such verification in the caller's queue. */
    public static class NotInQueueException extends RuntimeException {}
}
