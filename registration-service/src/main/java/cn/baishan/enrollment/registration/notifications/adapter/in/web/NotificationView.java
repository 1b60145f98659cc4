package cn.baishan.enrollment.registration.notifications.adapter.in.web;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A notification as the family's inbox shows it. */
record NotificationView(
        UUID id,
        UUID applicationId,
        String kind,
        String title,
        String body,
        Instant createdAt,
        boolean read,
        Instant readAt) {

    /** A page of the inbox, newest first. */
    record PageView(List<NotificationView> items, int page, int size, long totalItems, int totalPages) {}

    record UnreadCountView(long unread) {}
}
