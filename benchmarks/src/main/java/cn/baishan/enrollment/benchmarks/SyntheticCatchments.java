package cn.baishan.enrollment.benchmarks;

import cn.baishan.enrollment.catchment.zones.domain.spatial.IndexedZone;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Polygon;

/**
 * Generated catchment zones that tile a region the way real ones do: a jittered grid of
 * quadrilaterals over Baishan's longitude/latitude box whose four sides are wiggly polylines, each
 * shared vertex for vertex (reversed) by the two neighbours. Every seventh zone has a hole (a lake,
 * a military area: in no zone). Deterministic for a seed.
 */
final class SyntheticCatchments {

    static final Envelope REGION = new Envelope(126.0, 128.0, 41.5, 42.75);

    private static final GeometryFactory GF = new GeometryFactory();

    private SyntheticCatchments() {}

    /**
     * @param zoneCount how many zones, laid out on a grid of about 1.6 : 1 columns to rows
     * @param verticesPerZone vertices of each outer ring (rounded down to a multiple of 4)
     */
    static List<IndexedZone> generate(int zoneCount, int verticesPerZone, long seed) {
        Random random = new Random(seed);
        int ny = Math.max(1, (int) Math.round(Math.sqrt(zoneCount / 1.6)));
        while (zoneCount % ny != 0) {
            ny--;
        }
        int nx = zoneCount / ny;
        int perSide = Math.max(1, verticesPerZone / 4);
        double w = REGION.getWidth() / nx;
        double h = REGION.getHeight() / ny;
        double[][] nodeX = new double[nx + 1][ny + 1];
        double[][] nodeY = new double[nx + 1][ny + 1];
        for (int i = 0; i <= nx; i++) {
            for (int j = 0; j <= ny; j++) {
                double jx = (i == 0 || i == nx) ? 0 : (random.nextDouble() - 0.5) * 0.4;
                double jy = (j == 0 || j == ny) ? 0 : (random.nextDouble() - 0.5) * 0.4;
                nodeX[i][j] = REGION.getMinX() + (i + jx) * w;
                nodeY[i][j] = REGION.getMinY() + (j + jy) * h;
            }
        }
        Coordinate[][][] horizontal = new Coordinate[nx][ny + 1][];
        Coordinate[][][] vertical = new Coordinate[nx + 1][ny][];
        for (int i = 0; i < nx; i++) {
            for (int j = 0; j <= ny; j++) {
                horizontal[i][j] = side(random, nodeX[i][j], nodeY[i][j], nodeX[i + 1][j], nodeY[i + 1][j], perSide);
            }
        }
        for (int i = 0; i <= nx; i++) {
            for (int j = 0; j < ny; j++) {
                vertical[i][j] = side(random, nodeX[i][j], nodeY[i][j], nodeX[i][j + 1], nodeY[i][j + 1], perSide);
            }
        }
        List<IndexedZone> zones = new ArrayList<>(zoneCount);
        for (int j = 0; j < ny; j++) {
            for (int i = 0; i < nx; i++) {
                List<Coordinate> shell = new ArrayList<>(4 * perSide + 1);
                append(shell, horizontal[i][j], false);
                append(shell, vertical[i + 1][j], false);
                append(shell, horizontal[i][j + 1], true);
                append(shell, vertical[i][j], true);
                shell.add(shell.get(0));
                LinearRing outer = GF.createLinearRing(shell.toArray(Coordinate[]::new));
                int number = j * nx + i;
                LinearRing[] holes = new LinearRing[0];
                if (number % 7 == 3) {
                    double cx = (nodeX[i][j] + nodeX[i + 1][j] + nodeX[i][j + 1] + nodeX[i + 1][j + 1]) / 4;
                    double cy = (nodeY[i][j] + nodeY[i + 1][j] + nodeY[i][j + 1] + nodeY[i + 1][j + 1]) / 4;
                    holes = new LinearRing[] {GF.createLinearRing(star(random, cx, cy, w * 0.08, h * 0.08, 24))};
                }
                Polygon polygon = GF.createPolygon(outer, holes);
                if (!polygon.isValid()) {
                    throw new IllegalStateException("generated zone " + number + " is invalid");
                }
                zones.add(new IndexedZone(String.format("2206%02d-%04d", 2 + number % 5, number), polygon));
            }
        }
        return zones;
    }

    /** A side from a to b: a smooth random meander (a few harmonics, tapered to 0 at the ends) plus noise. */
    private static Coordinate[] side(Random random, double ax, double ay, double bx, double by, int segments) {
        double dx = bx - ax;
        double dy = by - ay;
        double[] amplitude = new double[4];
        double[] phase = new double[4];
        for (int k = 0; k < 4; k++) {
            amplitude[k] = 0.03 / (k + 1) * random.nextDouble();
            phase[k] = 2 * Math.PI * random.nextDouble();
        }
        Coordinate[] points = new Coordinate[segments + 1];
        points[0] = new Coordinate(ax, ay);
        for (int s = 1; s < segments; s++) {
            double t = (double) s / segments;
            double offset = 0.004 * (random.nextDouble() - 0.5);
            for (int k = 0; k < 4; k++) {
                offset += amplitude[k] * Math.sin(2 * Math.PI * (k + 1) * t + phase[k]);
            }
            offset *= Math.sin(Math.PI * t);
            points[s] = new Coordinate(ax + t * dx - offset * dy, ay + t * dy + offset * dx);
        }
        points[segments] = new Coordinate(bx, by);
        return points;
    }

    private static void append(List<Coordinate> ring, Coordinate[] side, boolean reversed) {
        for (int k = 0; k < side.length - 1; k++) {
            ring.add(reversed ? side[side.length - 1 - k] : side[k]);
        }
    }

    private static Coordinate[] star(Random random, double cx, double cy, double rx, double ry, int vertices) {
        Coordinate[] ring = new Coordinate[vertices + 1];
        for (int k = 0; k < vertices; k++) {
            double angle = 2 * Math.PI * (k + 0.1 + 0.8 * random.nextDouble()) / vertices;
            double r = 0.6 + 0.4 * random.nextDouble();
            ring[k] = new Coordinate(cx + r * rx * Math.cos(angle), cy + r * ry * Math.sin(angle));
        }
        ring[vertices] = ring[0];
        return ring;
    }
}
