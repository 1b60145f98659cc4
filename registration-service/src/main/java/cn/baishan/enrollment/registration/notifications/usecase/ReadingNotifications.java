package cn.baishan.enrollment.registration.notifications.usecase;

import cn.baishan.enrollment.registration.notifications.domain.Notification;
import cn.baishan.enrollment.registration.notifications.domain.NotificationPage;
import cn.baishan.enrollment.registration.notifications.usecase.port.ApplicationOwnership;
import cn.baishan.enrollment.registration.notifications.usecase.port.NotificationRepository;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The inbox of the applications a user owns at the moment of asking. */
@Service
@Transactional
class ReadingNotifications implements ViewNotificationsQuery, MarkNotificationReadUseCase {

    private final NotificationRepository notifications;
    private final ApplicationOwnership ownership;
    private final Clock clock;

    ReadingNotifications(NotificationRepository notifications, ApplicationOwnership ownership, Clock clock) {
        this.notifications = notifications;
        this.ownership = ownership;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public NotificationPage page(String userId, boolean unreadOnly, int page, int size) {
        List<UUID> owned = ownership.ownedBy(userId);
        return owned.isEmpty() ? NotificationPage.empty(page, size) : notifications.page(owned, unreadOnly, page, size);
    }

    @Override
    @Transactional(readOnly = true)
    public long unreadCount(String userId) {
        List<UUID> owned = ownership.ownedBy(userId);
        return owned.isEmpty() ? 0 : notifications.countUnread(owned);
    }

    @Override
    public Optional<Notification> markRead(String userId, UUID notificationId) {
        return notifications
                .load(notificationId)
                .filter(n -> ownership.ownedBy(userId).contains(n.applicationId()))
                .map(n -> {
                    Notification read = n.readAt(clock.instant());
                    if (!n.isRead()) {
                        notifications.markRead(n.id(), read.readAt());
                    }
                    return read;
                });
    }
}
