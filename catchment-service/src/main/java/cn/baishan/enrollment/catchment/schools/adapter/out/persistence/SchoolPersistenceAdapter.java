package cn.baishan.enrollment.catchment.schools.adapter.out.persistence;

import cn.baishan.enrollment.catchment.schools.domain.GeoPoint;
import cn.baishan.enrollment.catchment.schools.domain.Intake;
import cn.baishan.enrollment.catchment.schools.domain.Ownership;
import cn.baishan.enrollment.catchment.schools.domain.School;
import cn.baishan.enrollment.catchment.schools.domain.Stage;
import cn.baishan.enrollment.catchment.schools.usecase.port.SchoolRepository;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

@Component
class SchoolPersistenceAdapter implements SchoolRepository {

    private final SchoolJpaRepository rows;

    SchoolPersistenceAdapter(SchoolJpaRepository rows) {
        this.rows = rows;
    }

    @Override
    public void saveAll(Collection<School> schools) {
        rows.saveAll(schools.stream().map(SchoolPersistenceAdapter::toRow).toList());
    }

    @Override
    public Optional<School> find(String code) {
        return rows.findById(code).map(SchoolPersistenceAdapter::toDomain);
    }

    @Override
    public List<School> findAll(Collection<String> codes) {
        return rows.findAllById(codes).stream()
                .map(SchoolPersistenceAdapter::toDomain)
                .toList();
    }

    @Override
    public List<School> inDistrict(String districtCode) {
        return rows.findByDistrictCodeOrderByCode(districtCode).stream()
                .map(SchoolPersistenceAdapter::toDomain)
                .toList();
    }

    @Override
    public List<School> all() {
        return rows.findAll().stream()
                .map(SchoolPersistenceAdapter::toDomain)
                .sorted(Comparator.comparing(School::code))
                .toList();
    }

    private static SchoolEntity toRow(School s) {
        SchoolEntity row = new SchoolEntity();
        row.code = s.code();
        row.name = s.name();
        row.districtCode = s.districtCode();
        row.ownership = s.ownership().name();
        row.lon = s.location().lon();
        row.lat = s.location().lat();
        row.address = s.address();
        row.hotline = s.hotline();
        row.intakes = new ArrayList<>(s.intakes().stream()
                .map(i -> new SchoolEntity.IntakeRow(i.stage().name(), i.classes(), i.seats()))
                .toList());
        return row;
    }

    private static School toDomain(SchoolEntity row) {
        return new School(
                row.code,
                row.name,
                row.districtCode,
                Ownership.valueOf(row.ownership),
                new GeoPoint(row.lon, row.lat),
                row.intakes.stream()
                        .map(i -> new Intake(Stage.valueOf(i.stage()), i.classes(), i.seats()))
                        .toList(),
                row.address,
                row.hotline);
    }
}
