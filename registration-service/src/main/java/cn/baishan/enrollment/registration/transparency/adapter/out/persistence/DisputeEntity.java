package cn.baishan.enrollment.registration.transparency.adapter.out.persistence;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** Row of {@code registration.record_dispute}. */
@Entity
@Table(name = "record_dispute")
class DisputeEntity {

    @Id
    UUID id;

    UUID applicationId;
    UUID queryId;
    String department;
    String statement;
    String filedBy;
    String status;
    Instant filedAt;

    public UUID getId() {
        return id;
    }

    public UUID getApplicationId() {
        return applicationId;
    }

    public UUID getQueryId() {
        return queryId;
    }

    public String getDepartment() {
        return department;
    }

    public String getStatement() {
        return statement;
    }

    public String getFiledBy() {
        return filedBy;
    }

    public String getStatus() {
        return status;
    }

    public Instant getFiledAt() {
        return filedAt;
    }
}
