package cn.baishan.enrollment.verification.verifications.adapter.out.persistence;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface VerificationJpaRepository extends JpaRepository<VerificationEntity, UUID> {

    Optional<VerificationEntity> findByApplicationId(UUID applicationId);

    @Query(
            value =
                    """
            select id from verification
            where status = 'PENDING' and next_attempt_at <= :now
            order by next_attempt_at limit :limit for update skip locked
            """,
            nativeQuery = true)
    List<UUID> lockDue(@Param("now") Instant now, @Param("limit") int limit);

    @Query(
            "select v from VerificationEntity v where (v.status = 'MANUAL_REVIEW' or (v.status = 'PENDING' and v.escalatedAt is not null))"
                    + " and (:district is null or v.districtCode = :district) order by v.openedAt")
    List<VerificationEntity> reviewQueue(@Param("district") String district);

    @Modifying
    @Query("update VerificationEntity v set v.nextAttemptAt = :until where v.id in :ids")
    void lease(@Param("ids") List<UUID> ids, @Param("until") Instant until);
}
