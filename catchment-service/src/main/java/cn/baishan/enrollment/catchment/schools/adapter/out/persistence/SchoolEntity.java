package cn.baishan.enrollment.catchment.schools.adapter.out.persistence;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.List;

@Entity
@Table(name = "school")
class SchoolEntity {

    @Id
    String code;

    String name;
    String districtCode;
    String ownership;
    double lon;
    double lat;
    String address;
    String hotline;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "school_intake", joinColumns = @JoinColumn(name = "school_code"))
    List<IntakeRow> intakes = new ArrayList<>();

    @Embeddable
    record IntakeRow(String stage, int classes, int seats) {}
}
