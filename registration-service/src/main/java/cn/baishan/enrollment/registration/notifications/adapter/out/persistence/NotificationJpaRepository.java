package cn.baishan.enrollment.registration.notifications.adapter.out.persistence;

import java.time.Instant;
import java.util.Collection;
import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface NotificationJpaRepository extends JpaRepository<NotificationEntity, UUID> {

    /** The unique (kind, source_id) decides, so two racing deliveries cannot both insert. */
    @Modifying
    @Query(
            value =
                    """
                    insert into notification (id, application_id, kind, source, source_id, title, body, created_at, read_at)
                    values (:id, :applicationId, :kind, :source, :sourceId, :title, :body, :createdAt, null)
                    on conflict (kind, source_id) do nothing
                    """,
            nativeQuery = true)
    int insertIfAbsent(
            @Param("id") UUID id,
            @Param("applicationId") UUID applicationId,
            @Param("kind") String kind,
            @Param("source") String source,
            @Param("sourceId") UUID sourceId,
            @Param("title") String title,
            @Param("body") String body,
            @Param("createdAt") Instant createdAt);

    Page<NotificationEntity> findByApplicationIdIn(Collection<UUID> applicationIds, Pageable page);

    Page<NotificationEntity> findByApplicationIdInAndReadAtIsNull(Collection<UUID> applicationIds, Pageable page);

    long countByApplicationIdInAndReadAtIsNull(Collection<UUID> applicationIds);

    @Modifying
    @Query("update NotificationEntity n set n.readAt = :at where n.id = :id and n.readAt is null")
    int markRead(@Param("id") UUID id, @Param("at") Instant at);
}
