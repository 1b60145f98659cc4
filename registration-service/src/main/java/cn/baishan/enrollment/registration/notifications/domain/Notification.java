package cn.baishan.enrollment.registration.notifications.domain;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * One message in a family's inbox about one application. It is addressed to the application, not
 * to a person: the application's owner at the time of reading is the one who sees it.
 *
 * @param kind what happened ({@link NotificationKind} for the steps registration knows; other
 *     services may add kinds of their own)
 * @param source what produced it, e.g. {@code verification-service}
 * @param sourceId the event or record it came from; one notification per kind and source
 */
public record Notification(
        UUID id,
        UUID applicationId,
        String kind,
        String source,
        UUID sourceId,
        String title,
        String body,
        Instant createdAt,
        Instant readAt) {

    public Notification {
        Objects.requireNonNull(id);
        Objects.requireNonNull(applicationId);
        Objects.requireNonNull(kind);
        Objects.requireNonNull(source);
        Objects.requireNonNull(sourceId);
        Objects.requireNonNull(title);
        Objects.requireNonNull(body);
        Objects.requireNonNull(createdAt);
    }

    public static Notification unread(
            UUID id, UUID applicationId, String source, UUID sourceId, NotificationText text, Instant at) {
        return new Notification(id, applicationId, text.kind(), source, sourceId, text.title(), text.body(), at, null);
    }

    public boolean isRead() {
        return readAt != null;
    }

    /** Reading twice keeps the first time it was read. */
    public Notification readAt(Instant at) {
        return isRead()
                ? this
                : new Notification(id, applicationId, kind, source, sourceId, title, body, createdAt, at);
    }
}
