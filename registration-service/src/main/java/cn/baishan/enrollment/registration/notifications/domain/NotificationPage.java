package cn.baishan.enrollment.registration.notifications.domain;

import java.util.List;

/** One page of an inbox, newest first. */
public record NotificationPage(List<Notification> items, int page, int size, long totalItems) {

    public NotificationPage {
        items = List.copyOf(items);
    }

    public static NotificationPage empty(int page, int size) {
        return new NotificationPage(List.of(), page, size, 0);
    }

    public int totalPages() {
        return size == 0 ? 0 : (int) ((totalItems + size - 1) / size);
    }
}
