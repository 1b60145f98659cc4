package cn.baishan.enrollment.catchment.zones.adapter.out.persistence;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

@Entity
@Table(name = "zone_plan")
class ZonePlanEntity {

    @Id
    UUID id;

    String districtCode;
    String stage;

    @jakarta.persistence.Column(name = "plan_version")
    int planVersion;

    String status;
    Instant draftedAt;
    String draftedBy;
    String evaluation;
    LocalDate hearingDate;
    String hearingRecord;
    String approvedBy;
    Instant approvedAt;
    Instant publishedAt;
    LocalDate effectiveFrom;

    @Version
    long version;

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.EAGER)
    @JoinColumn(name = "plan_id", nullable = false)
    @OrderColumn(name = "position")
    List<ZoneEntity> zones = new ArrayList<>();
}
