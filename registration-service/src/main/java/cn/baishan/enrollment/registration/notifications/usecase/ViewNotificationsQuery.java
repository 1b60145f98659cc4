package cn.baishan.enrollment.registration.notifications.usecase;

import cn.baishan.enrollment.registration.notifications.domain.NotificationPage;

/** A user's inbox: the notifications of the applications they own now, newest first. */
public interface ViewNotificationsQuery {

    NotificationPage page(String userId, boolean unreadOnly, int page, int size);

    long unreadCount(String userId);
}
