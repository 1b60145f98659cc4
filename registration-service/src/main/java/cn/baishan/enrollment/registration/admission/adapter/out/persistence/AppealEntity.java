package cn.baishan.enrollment.registration.admission.adapter.out.persistence;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** Row of {@code registration.admission_appeal}. */
@Entity
@Table(name = "admission_appeal")
class AppealEntity {

    @Id
    UUID id;

    UUID applicationId;
    UUID noticeId;
    UUID runId;
    String statement;
    String filedBy;
    Instant filedAt;
    String status;
    String decisionReason;
    String decisionSchoolCode;
    Instant decidedAt;
}
