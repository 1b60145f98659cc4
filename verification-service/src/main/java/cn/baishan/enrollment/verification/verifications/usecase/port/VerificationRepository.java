package cn.baishan.enrollment.verification.verifications.usecase.port;

import cn.baishan.enrollment.verification.verifications.domain.Verification;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

public interface VerificationRepository {

    Optional<Verification> findByApplication(UUID applicationId);

    Optional<Verification> load(UUID id);

    void insert(Verification verification);

    void update(Verification verification);

    /** Verifications waiting for district staff, oldest first; {@code null} district = all. */
    List<Verification> reviewQueue(String districtCode);

    /**
     * Claims up to {@code limit} pending verifications due at {@code now} by pushing their next
     * attempt {@code lease} into the future, so a crashed worker's claim simply expires and another
     * instance picks the work up. Returns the claimed ids.
     */
    List<UUID> claimDue(Instant now, Duration lease, int limit);
}
