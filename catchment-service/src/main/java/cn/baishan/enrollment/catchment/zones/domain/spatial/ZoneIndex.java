package cn.baishan.enrollment.catchment.zones.domain.spatial;

import java.util.ArrayList;
import java.util.List;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;
import org.locationtech.jts.index.strtree.STRtree;

/**
 * Point-in-zone look-up over one set of zones, immutable and safe for concurrent reads.
 *
 * <p>Boundary convention: zones are closed (a point on a zone's edge or vertex belongs to it); a point
 * on an edge shared by several zones belongs to the one listed first.
 */
public final class ZoneIndex {

    private static final GeometryFactory GEOMETRY = new GeometryFactory();

    private final List<IndexedZone> zones;
    private final List<PreparedGeometry> prepared;
    private final STRtree tree = new STRtree();

    private ZoneIndex(List<IndexedZone> zones) {
        this.zones = List.copyOf(zones);
        this.prepared = new ArrayList<>(zones.size());
        for (int i = 0; i < zones.size(); i++) {
            prepared.add(PreparedGeometryFactory.prepare(zones.get(i).polygonal()));
            tree.insert(zones.get(i).polygonal().getEnvelopeInternal(), i);
        }
        tree.build();
    }

    public static ZoneIndex build(List<IndexedZone> zones) {
        return new ZoneIndex(zones);
    }

    /** The id of the zone covering the point, or null. */
    public String zoneAt(double lon, double lat) {
        int found = lookup(lon, lat);
        return found < 0 ? null : zones.get(found).zoneId();
    }

    /** The position of the zone covering the point in the list given to {@link #build}, or -1. */
    public int lookup(double lon, double lat) {
        Point point = GEOMETRY.createPoint(new Coordinate(lon, lat));
        int best = -1;
        for (Object o : tree.query(point.getEnvelopeInternal())) {
            int i = (Integer) o;
            if ((best < 0 || i < best) && prepared.get(i).covers(point)) {
                best = i;
            }
        }
        return best;
    }

    /** Every zone covering the point, in list order (more than one only where zones overlap or touch). */
    public List<String> lookupAll(double lon, double lat) {
        Point point = GEOMETRY.createPoint(new Coordinate(lon, lat));
        List<Integer> hits = new ArrayList<>();
        for (Object o : tree.query(point.getEnvelopeInternal())) {
            int i = (Integer) o;
            if (prepared.get(i).covers(point)) {
                hits.add(i);
            }
        }
        return hits.stream().sorted().map(i -> zones.get(i).zoneId()).toList();
    }
}
