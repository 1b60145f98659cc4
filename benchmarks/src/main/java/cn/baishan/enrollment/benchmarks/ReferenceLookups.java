package cn.baishan.enrollment.benchmarks;

import cn.baishan.enrollment.catchment.zones.domain.spatial.IndexedZone;
import java.util.List;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;
import org.locationtech.jts.index.ItemVisitor;
import org.locationtech.jts.index.strtree.STRtree;

/**
 * The two baselines, with ZoneIndex's convention: closed zones (JTS {@code covers}), and among
 * several covering zones the one listed first (lowest number).
 */
final class ReferenceLookups {

    private static final GeometryFactory GF = new GeometryFactory();

    private ReferenceLookups() {}

    /** Every zone in order, unprepared {@code Geometry.covers}, first hit wins. */
    static final class NaiveScan {
        private final Geometry[] zones;

        NaiveScan(List<IndexedZone> zones) {
            this.zones = zones.stream().map(IndexedZone::polygonal).toArray(Geometry[]::new);
        }

        int lookup(double x, double y) {
            Point point = GF.createPoint(new Coordinate(x, y));
            for (int z = 0; z < zones.length; z++) {
                if (zones[z].covers(point)) {
                    return z;
                }
            }
            return -1;
        }
    }

    /** A JTS STRtree of prepared geometries; of the candidates covering the point, the lowest number wins. */
    static final class StrTree {
        private final STRtree tree = new STRtree();

        StrTree(List<IndexedZone> zones) {
            for (int z = 0; z < zones.size(); z++) {
                Geometry geometry = zones.get(z).polygonal();
                tree.insert(geometry.getEnvelopeInternal(), new Entry(z, PreparedGeometryFactory.prepare(geometry)));
            }
            tree.build();
        }

        int lookup(double x, double y) {
            Point point = GF.createPoint(new Coordinate(x, y));
            Best best = new Best(point);
            tree.query(new Envelope(x, x, y, y), best);
            return best.zone;
        }

        private record Entry(int zone, PreparedGeometry geometry) {}

        private static final class Best implements ItemVisitor {
            private final Point point;
            int zone = -1;

            Best(Point point) {
                this.point = point;
            }

            @Override
            public void visitItem(Object item) {
                Entry entry = (Entry) item;
                if ((zone < 0 || entry.zone < zone) && entry.geometry.covers(point)) {
                    zone = entry.zone;
                }
            }
        }
    }
}
