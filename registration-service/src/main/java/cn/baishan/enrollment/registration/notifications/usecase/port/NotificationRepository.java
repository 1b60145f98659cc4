package cn.baishan.enrollment.registration.notifications.usecase.port;

import cn.baishan.enrollment.registration.notifications.domain.Notification;
import cn.baishan.enrollment.registration.notifications.domain.NotificationPage;
import java.time.Instant;
import java.util.Collection;
import java.util.Optional;
import java.util.UUID;

/** Stores inbox notifications. Implemented by the persistence adapter. */
public interface NotificationRepository {

    /** Inserts unless a notification of the same kind and source id exists; true when inserted. */
    boolean insertIfAbsent(Notification notification);

    Optional<Notification> load(UUID id);

    NotificationPage page(Collection<UUID> applicationIds, boolean unreadOnly, int page, int size);

    long countUnread(Collection<UUID> applicationIds);

    void markRead(UUID id, Instant at);
}
