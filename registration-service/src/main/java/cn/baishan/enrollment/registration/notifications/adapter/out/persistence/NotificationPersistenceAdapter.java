package cn.baishan.enrollment.registration.notifications.adapter.out.persistence;

import cn.baishan.enrollment.registration.notifications.domain.Notification;
import cn.baishan.enrollment.registration.notifications.domain.NotificationPage;
import cn.baishan.enrollment.registration.notifications.usecase.port.NotificationRepository;
import java.time.Instant;
import java.util.Collection;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;

@Component
class NotificationPersistenceAdapter implements NotificationRepository {

    /** Newest first; the id breaks ties so paging is stable. */
    private static final Sort NEWEST_FIRST = Sort.by(Sort.Order.desc("createdAt"), Sort.Order.desc("id"));

    private final NotificationJpaRepository rows;
    private final NotificationRowMapper mapper;

    NotificationPersistenceAdapter(NotificationJpaRepository rows, NotificationRowMapper mapper) {
        this.rows = rows;
        this.mapper = mapper;
    }

    @Override
    public boolean insertIfAbsent(Notification n) {
        return rows.insertIfAbsent(
                        n.id(),
                        n.applicationId(),
                        n.kind(),
                        n.source(),
                        n.sourceId(),
                        n.title(),
                        n.body(),
                        n.createdAt())
                == 1;
    }

    @Override
    public Optional<Notification> load(UUID id) {
        return rows.findById(id).map(mapper::toDomain);
    }

    @Override
    public NotificationPage page(Collection<UUID> applicationIds, boolean unreadOnly, int page, int size) {
        PageRequest request = PageRequest.of(page, size, NEWEST_FIRST);
        Page<NotificationEntity> found = unreadOnly
                ? rows.findByApplicationIdInAndReadAtIsNull(applicationIds, request)
                : rows.findByApplicationIdIn(applicationIds, request);
        return new NotificationPage(
                found.getContent().stream().map(mapper::toDomain).toList(), page, size, found.getTotalElements());
    }

    @Override
    public long countUnread(Collection<UUID> applicationIds) {
        return rows.countByApplicationIdInAndReadAtIsNull(applicationIds);
    }

    @Override
    public void markRead(UUID id, Instant at) {
        rows.markRead(id, at);
    }
}
