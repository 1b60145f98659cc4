package cn.baishan.enrollment.catchment.zones.adapter.out.persistence;

import cn.baishan.enrollment.catchment.schools.domain.GeoPoint;
import cn.baishan.enrollment.catchment.schools.domain.Stage;
import cn.baishan.enrollment.catchment.zones.domain.AddressRule;
import cn.baishan.enrollment.catchment.zones.domain.Parity;
import cn.baishan.enrollment.catchment.zones.domain.PlanStatus;
import cn.baishan.enrollment.catchment.zones.domain.Zone;
import cn.baishan.enrollment.catchment.zones.domain.ZonePlan;
import cn.baishan.enrollment.catchment.zones.domain.ZoneType;
import cn.baishan.enrollment.catchment.zones.usecase.port.ZonePlanRepository;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKBReader;
import org.locationtech.jts.io.WKBWriter;
import org.springframework.stereotype.Component;

@Component
class ZonePlanPersistenceAdapter implements ZonePlanRepository {

    private final ZonePlanJpaRepository rows;

    ZonePlanPersistenceAdapter(ZonePlanJpaRepository rows) {
        this.rows = rows;
    }

    @Override
    public void insert(ZonePlan plan) {
        ZonePlanEntity row = new ZonePlanEntity();
        row.id = plan.id();
        row.districtCode = plan.districtCode();
        row.stage = plan.stage().name();
        row.planVersion = plan.version();
        row.draftedAt = plan.draftedAt();
        row.draftedBy = plan.draftedBy();
        row.zones = new ArrayList<>(
                plan.zones().stream().map(ZonePlanPersistenceAdapter::toRow).toList());
        copyState(plan, row);
        rows.saveAndFlush(row);
    }

    @Override
    public void update(ZonePlan plan) {
        ZonePlanEntity row = rows.findById(plan.id()).orElseThrow();
        copyState(plan, row);
        rows.save(row);
    }

    @Override
    public Optional<ZonePlan> load(UUID id) {
        return rows.findById(id).map(ZonePlanPersistenceAdapter::toDomain);
    }

    @Override
    public List<ZonePlan> history(String districtCode, Stage stage) {
        return rows.findByDistrictCodeAndStageOrderByPlanVersionDesc(districtCode, stage.name()).stream()
                .map(ZonePlanPersistenceAdapter::toDomain)
                .toList();
    }

    @Override
    public List<ZonePlan> published() {
        return rows.findByStatus(PlanStatus.PUBLISHED.name()).stream()
                .map(ZonePlanPersistenceAdapter::toDomain)
                .toList();
    }

    @Override
    public int nextVersion(String districtCode, Stage stage) {
        return rows.maxVersion(districtCode, stage.name()) + 1;
    }

    private static void copyState(ZonePlan plan, ZonePlanEntity row) {
        row.status = plan.status().name();
        row.evaluation = plan.evaluation();
        row.hearingDate = plan.hearingDate();
        row.hearingRecord = plan.hearingRecord();
        row.approvedBy = plan.approvedBy();
        row.approvedAt = plan.approvedAt();
        row.publishedAt = plan.publishedAt();
        row.effectiveFrom = plan.effectiveFrom();
    }

    private static ZoneEntity toRow(Zone zone) {
        ZoneEntity row = new ZoneEntity();
        row.id = UUID.randomUUID();
        row.code = zone.code();
        row.name = zone.name();
        row.districtCode = zone.districtCode();
        row.stage = zone.stage().name();
        row.type = zone.type().name();
        row.schoolCodes = String.join(",", zone.schoolCodes());
        row.areaWkb = zone.area() == null ? null : new WKBWriter().write(zone.area());
        row.rules = new ArrayList<>(zone.rules().stream()
                .map(r -> new ZoneEntity.RuleRow(
                        r.street(),
                        r.community(),
                        r.compound(),
                        r.road(),
                        r.numberFrom(),
                        r.numberTo(),
                        r.parity() == null ? null : r.parity().name(),
                        r.builtYear(),
                        r.location() == null ? null : r.location().lon(),
                        r.location() == null ? null : r.location().lat()))
                .toList());
        return row;
    }

    private static ZonePlan toDomain(ZonePlanEntity row) {
        return ZonePlan.restore(
                row.id,
                row.districtCode,
                Stage.valueOf(row.stage),
                row.planVersion,
                row.zones.stream().map(ZonePlanPersistenceAdapter::toDomain).toList(),
                row.draftedAt,
                row.draftedBy,
                PlanStatus.valueOf(row.status),
                row.evaluation,
                row.hearingDate,
                row.hearingRecord,
                row.approvedBy,
                row.approvedAt,
                row.publishedAt,
                row.effectiveFrom);
    }

    private static Zone toDomain(ZoneEntity row) {
        return new Zone(
                row.code,
                row.name,
                row.districtCode,
                Stage.valueOf(row.stage),
                ZoneType.valueOf(row.type),
                row.schoolCodes.isEmpty() ? List.of() : Arrays.asList(row.schoolCodes.split(",")),
                area(row.areaWkb),
                row.rules.stream()
                        .map(r -> new AddressRule(
                                r.street(),
                                r.community(),
                                r.compound(),
                                r.road(),
                                r.numberFrom(),
                                r.numberTo(),
                                r.parity() == null ? null : Parity.valueOf(r.parity()),
                                r.builtYear(),
                                r.lon() == null || r.lat() == null ? null : new GeoPoint(r.lon(), r.lat())))
                        .toList());
    }

    private static Geometry area(byte[] wkb) {
        if (wkb == null) {
            return null;
        }
        try {
            return new WKBReader().read(wkb);
        } catch (ParseException e) {
            throw new IllegalStateException("stored zone area is not valid WKB", e);
        }
    }
}
