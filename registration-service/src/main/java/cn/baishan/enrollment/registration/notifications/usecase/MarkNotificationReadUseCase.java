package cn.baishan.enrollment.registration.notifications.usecase;

import cn.baishan.enrollment.registration.notifications.domain.Notification;
import java.util.Optional;
import java.util.UUID;

/** Marks one of the caller's notifications read; someone else's does not exist for them. */
public interface MarkNotificationReadUseCase {

    Optional<Notification> markRead(String userId, UUID notificationId);
}
