package cn.baishan.enrollment.registration.admission.adapter.out.persistence;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Row of {@code registration.admission_notice}, with its considered schools. */
@Entity
@Table(name = "admission_notice")
class AdmissionNoticeEntity {

    @Id
    UUID id;

    UUID applicationId;
    UUID runId;
    String districtCode;
    int enrollmentYear;
    String stage;
    String publicId;
    String outcome;
    String schoolCode;
    String schoolName;
    String route;
    int tierRank;
    String tierName;
    String lotteryNumber;
    int lotteryRank;
    String reason;
    LocalDate appealDeadline;
    UUID appealId;
    Instant issuedAt;
    Instant recordedAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "admission_notice_school", joinColumns = @JoinColumn(name = "notice_id"))
    @OrderColumn(name = "position")
    List<ConsideredSchoolRow> considered = new ArrayList<>();
}
