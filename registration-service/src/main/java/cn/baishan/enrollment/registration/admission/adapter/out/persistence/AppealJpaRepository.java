package cn.baishan.enrollment.registration.admission.adapter.out.persistence;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface AppealJpaRepository extends JpaRepository<AppealEntity, UUID> {

    /** The unique notice_id decides, so two racing filings cannot both insert. */
    @Modifying
    @Query(
            value =
                    """
                    insert into admission_appeal (id, application_id, notice_id, run_id, statement, filed_by, filed_at, status)
                    values (:id, :applicationId, :noticeId, :runId, :statement, :filedBy, :filedAt, :status)
                    on conflict (notice_id) do nothing
                    """,
            nativeQuery = true)
    int insertIfFirstOfNotice(
            @Param("id") UUID id,
            @Param("applicationId") UUID applicationId,
            @Param("noticeId") UUID noticeId,
            @Param("runId") UUID runId,
            @Param("statement") String statement,
            @Param("filedBy") String filedBy,
            @Param("filedAt") Instant filedAt,
            @Param("status") String status);

    Optional<AppealEntity> findByNoticeId(UUID noticeId);
}
