package cn.baishan.enrollment.catchment.zones.adapter.out.persistence;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** A zone row; its area as WKB (exact, compact), its address rules as an ordered collection. */
@Entity
@Table(name = "zone")
class ZoneEntity {

    @Id
    UUID id;

    String code;
    String name;
    String districtCode;
    String stage;
    String type;
    String schoolCodes;
    byte[] areaWkb;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "zone_address_rule", joinColumns = @JoinColumn(name = "zone_id"))
    @OrderColumn(name = "position")
    List<RuleRow> rules = new ArrayList<>();

    @Embeddable
    record RuleRow(
            String street,
            String community,
            String compound,
            String road,
            Integer numberFrom,
            Integer numberTo,
            String parity,
            Integer builtYear,
            Double lon,
            Double lat) {}
}
