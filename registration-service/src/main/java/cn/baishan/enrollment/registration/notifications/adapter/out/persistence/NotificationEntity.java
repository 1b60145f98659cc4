package cn.baishan.enrollment.registration.notifications.adapter.out.persistence;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** Row of {@code registration.notification}; written by a native upsert, read through the getters MapStruct uses. */
@Entity
@Table(name = "notification")
class NotificationEntity {

    @Id
    UUID id;

    UUID applicationId;
    String kind;
    String source;
    UUID sourceId;
    String title;
    String body;
    Instant createdAt;
    Instant readAt;

    public UUID getId() {
        return id;
    }

    public UUID getApplicationId() {
        return applicationId;
    }

    public String getKind() {
        return kind;
    }

    public String getSource() {
        return source;
    }

    public UUID getSourceId() {
        return sourceId;
    }

    public String getTitle() {
        return title;
    }

    public String getBody() {
        return body;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getReadAt() {
        return readAt;
    }
}
