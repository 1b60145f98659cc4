package cn.baishan.enrollment.registration.notifications.domain;

import java.util.Objects;

/** What a notification says: its kind, a short title and one paragraph, in plain Chinese. */
public record NotificationText(String kind, String title, String body) {

    public static final int MAX_TITLE = 100;
    public static final int MAX_BODY = 1000;

    public NotificationText {
        Objects.requireNonNull(kind);
        if (title == null || title.isBlank() || title.length() > MAX_TITLE) {
            throw new IllegalArgumentException("a notification title has 1 to " + MAX_TITLE + " characters");
        }
        if (body == null || body.isBlank()) {
            throw new IllegalArgumentException("a notification has a body");
        }
        // long lists are cut rather than refused: the full list is on the application itself
        body = body.length() > MAX_BODY ? body.substring(0, MAX_BODY - 1) + "…" : body;
    }
}
