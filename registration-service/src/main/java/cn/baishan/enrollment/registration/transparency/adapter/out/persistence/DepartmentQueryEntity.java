package cn.baishan.enrollment.registration.transparency.adapter.out.persistence;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** Row of {@code registration.department_query}: masked, as published by verification-service. */
@Entity
@Table(name = "department_query")
class DepartmentQueryEntity {

    @Id
    UUID queryId;

    UUID applicationId;
    long sequence;
    String department;
    String purpose;
    String subjectRole;
    String subjectMasked;
    String outcome;
    String answerSummary;
    Instant queriedAt;
    Instant recordedAt;

    public UUID getQueryId() {
        return queryId;
    }

    public UUID getApplicationId() {
        return applicationId;
    }

    public long getSequence() {
        return sequence;
    }

    public String getDepartment() {
        return department;
    }

    public String getPurpose() {
        return purpose;
    }

    public String getSubjectRole() {
        return subjectRole;
    }

    public String getSubjectMasked() {
        return subjectMasked;
    }

    public String getOutcome() {
        return outcome;
    }

    public String getAnswerSummary() {
        return answerSummary;
    }

    public Instant getQueriedAt() {
        return queriedAt;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }
}
