package cn.baishan.enrollment.catchment.zones.domain.spatial;

import java.util.Objects;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Polygon;

/**
 * One zone as the {@link ZoneIndex} sees it: its id and its area, a {@link Polygon} or
 * {@link MultiPolygon} (holes allowed) in the coordinates lookups use (longitude, latitude).
 */
public record IndexedZone(String zoneId, Geometry polygonal) {

    public IndexedZone {
        Objects.requireNonNull(zoneId, "zoneId");
        Objects.requireNonNull(polygonal, "polygonal");
        if (!(polygonal instanceof Polygon) && !(polygonal instanceof MultiPolygon)) {
            throw new IllegalArgumentException(
                    "zone " + zoneId + ": a Polygon or MultiPolygon is required, not " + polygonal.getGeometryType());
        }
    }
}
