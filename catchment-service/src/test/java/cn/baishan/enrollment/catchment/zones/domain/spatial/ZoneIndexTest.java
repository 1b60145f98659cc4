package cn.baishan.enrollment.catchment.zones.domain.spatial;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;
import org.locationtech.jts.triangulate.VoronoiDiagramBuilder;

class ZoneIndexTest {

    private static final GeometryFactory GF = new GeometryFactory();

    // ------------------------------------------------------------------ shared edges and vertices

    @Nested
    class SharedBoundaries {

        final IndexedZone west = zone("W", box(0, 0, 2, 2));
        final IndexedZone east = zone("E", box(2, 0, 4, 2));

        @Test
        void aPointOnASharedEdgeBelongsToTheZoneListedFirst() {
            ZoneIndex index = ZoneIndex.build(List.of(west, east));

            assertThat(index.zoneAt(2, 1)).isEqualTo("W");
            assertThat(index.lookup(2, 1)).isZero();
            assertThat(index.lookupAll(2, 1)).containsExactly("W", "E");
        }

        @Test
        void theRuleFollowsTheListOrderNotTheGeometry() {
            ZoneIndex index = ZoneIndex.build(List.of(east, west));

            assertThat(index.zoneAt(2, 1)).isEqualTo("E");
            assertThat(index.lookup(2, 1)).isZero();
            assertThat(index.lookupAll(2, 1)).containsExactly("E", "W");
        }

        @Test
        void sharedVerticesFollowTheSameRule() {
            ZoneIndex index = ZoneIndex.build(List.of(west, east));

            assertThat(index.zoneAt(2, 2)).isEqualTo("W");
            assertThat(index.zoneAt(2, 0)).isEqualTo("W");
            assertThat(index.lookupAll(2, 0)).containsExactly("W", "E");
        }

        @Test
        void outerEdgesAndVerticesBelongToTheirZone() {
            ZoneIndex index = ZoneIndex.build(List.of(west, east));

            assertThat(index.zoneAt(0, 1)).isEqualTo("W");
            assertThat(index.zoneAt(1, 0)).isEqualTo("W");
            assertThat(index.zoneAt(0, 0)).isEqualTo("W");
            assertThat(index.zoneAt(4, 1)).isEqualTo("E"); // on the largest x of all zones
            assertThat(index.zoneAt(4, 2)).isEqualTo("E"); // the top-right corner of the whole grid
            assertThat(index.zoneAt(3, 2)).isEqualTo("E");
            assertThat(index.lookupAll(4, 2)).containsExactly("E");
        }

        @Test
        void interiorPointsAndPointsJustOutside() {
            ZoneIndex index = ZoneIndex.build(List.of(west, east));

            assertThat(index.zoneAt(1, 1)).isEqualTo("W");
            assertThat(index.zoneAt(3.999, 1.999)).isEqualTo("E");
            assertThat(index.lookup(Math.nextUp(4.0), 1)).isEqualTo(-1);
            assertThat(index.lookup(2, Math.nextUp(2.0))).isEqualTo(-1);
            assertThat(index.lookup(Math.nextDown(0.0), 1)).isEqualTo(-1);
        }

        @Test
        void diagonalSharedEdgesResolveToTheFirstZone() {
            // two triangles sharing the diagonal (0, 4) - (4, 0), and one sharing (0.1, 0.7) - (0.9, 0.3)
            IndexedZone lower = zone("lower", polygon(0, 0, 4, 0, 0, 4, 0, 0));
            IndexedZone upper = zone("upper", polygon(4, 0, 4, 4, 0, 4, 4, 0));
            ZoneIndex index = ZoneIndex.build(List.of(upper, lower), 64);

            for (double x = 0; x <= 4; x += 0.25) {
                assertThat(index.zoneAt(x, 4 - x)).as("(%s, %s)", x, 4 - x).isEqualTo("upper");
                assertThat(index.lookupAll(x, 4 - x)).containsExactly("upper", "lower");
            }
            assertThat(index.zoneAt(1, 2.99)).isEqualTo("lower");
            assertThat(index.zoneAt(1, 3.01)).isEqualTo("upper");
        }

        @Test
        void edgesLyingOnGridLinesAndPointsOnThem() {
            // a 4 x 4 board of unit squares: with 64 cells every edge runs along a grid line
            List<IndexedZone> board = new ArrayList<>();
            for (int j = 0; j < 4; j++) {
                for (int i = 0; i < 4; i++) {
                    board.add(zone("s" + i + j, box(i, j, i + 1, j + 1)));
                }
            }
            for (int cells : new int[] {4, 16, 64, 1024}) {
                ZoneIndex index = ZoneIndex.build(board, cells);
                for (double y = 0; y <= 4; y += 0.125) {
                    for (double x = 0; x <= 4; x += 0.125) {
                        assertThat(index.zoneAt(x, y))
                                .as("(%s, %s) with %d cells", x, y, cells)
                                .isEqualTo(Reference.of(board).zoneAt(x, y));
                        assertThat(index.lookupAll(x, y))
                                .isEqualTo(Reference.of(board).lookupAll(x, y));
                    }
                }
            }
        }
    }

    // ------------------------------------------------------------------ holes, multipolygons, outside

    @Test
    void aPointInAHoleIsNotInTheZoneButItsHoleEdgeIs() {
        Polygon ring = GF.createPolygon(
                ring(0, 0, 10, 0, 10, 10, 0, 10, 0, 0), new LinearRing[] {ring(4, 4, 6, 4, 6, 6, 4, 6, 4, 4)});
        ZoneIndex index = ZoneIndex.build(List.of(zone("ring", ring)));

        assertThat(index.zoneAt(5, 5)).isNull();
        assertThat(index.lookupAll(5, 5)).isEmpty();
        assertThat(index.zoneAt(4, 5)).isEqualTo("ring"); // on the hole's edge
        assertThat(index.zoneAt(6, 6)).isEqualTo("ring"); // the hole's vertex
        assertThat(index.zoneAt(3.9, 5)).isEqualTo("ring");
        assertThat(index.zoneAt(4.1, 5)).isNull();
    }

    @Test
    void anEnclaveFillingAHoleSharesItsEdgeWithTheSurroundingZone() {
        Polygon ring = GF.createPolygon(
                ring(0, 0, 10, 0, 10, 10, 0, 10, 0, 0), new LinearRing[] {ring(4, 4, 6, 4, 6, 6, 4, 6, 4, 4)});
        List<IndexedZone> zones = List.of(zone("outer", ring), zone("enclave", box(4, 4, 6, 6)));
        ZoneIndex index = ZoneIndex.build(zones);

        assertThat(index.zoneAt(5, 5)).isEqualTo("enclave");
        assertThat(index.zoneAt(4, 5)).isEqualTo("outer");
        assertThat(index.lookupAll(4, 5)).containsExactly("outer", "enclave");
        assertThat(index.lookupAll(6, 6)).containsExactly("outer", "enclave");
        assertThat(index.zoneAt(9, 9)).isEqualTo("outer");
    }

    @Test
    void aMultiPolygonZoneCoversEachOfItsParts() {
        Geometry parts = GF.createMultiPolygon(new Polygon[] {box(0, 0, 1, 1), box(3, 0, 4, 1)});
        ZoneIndex index = ZoneIndex.build(List.of(zone("split", parts), zone("middle", box(1.5, 0, 2.5, 1))));

        assertThat(index.zoneAt(0.5, 0.5)).isEqualTo("split");
        assertThat(index.zoneAt(3.5, 0.5)).isEqualTo("split");
        assertThat(index.zoneAt(4, 1)).isEqualTo("split");
        assertThat(index.zoneAt(2, 0.5)).isEqualTo("middle");
        assertThat(index.zoneAt(1.2, 0.5)).isNull();
        assertThat(index.zoneAt(2.8, 0.5)).isNull();
    }

    @Test
    void pointsOutsideEveryZoneAnswerMinusOneAndNull() {
        ZoneIndex index = ZoneIndex.build(List.of(zone("a", box(0, 0, 1, 1)), zone("b", box(5, 5, 6, 6))));

        assertThat(index.lookup(3, 3)).isEqualTo(-1); // inside the grid, in no zone
        assertThat(index.lookup(-100, 3)).isEqualTo(-1); // outside the grid
        assertThat(index.zoneAt(3, 3)).isNull();
        assertThat(index.lookupAll(3, 3)).isEmpty();
        assertThat(index.lookup(Double.NaN, 0.5)).isEqualTo(-1);
        assertThat(index.lookup(0.5, Double.POSITIVE_INFINITY)).isEqualTo(-1);
        assertThat(index.lookupAll(Double.NaN, Double.NaN)).isEmpty();
    }

    @Test
    void anEmptyIndexFindsNothing() {
        ZoneIndex index = ZoneIndex.build(List.of());

        assertThat(index.zoneCount()).isZero();
        assertThat(index.lookup(0, 0)).isEqualTo(-1);
        assertThat(index.lookupAll(0, 0)).isEmpty();
    }

    // ------------------------------------------------------------------ overlaps

    @Test
    void overlappingZonesAnswerTheFirstAndListBoth() {
        IndexedZone a = zone("a", box(0, 0, 4, 4));
        IndexedZone b = zone("b", box(2, 2, 6, 6));

        ZoneIndex ab = ZoneIndex.build(List.of(a, b));
        assertThat(ab.zoneAt(3, 3)).isEqualTo("a");
        assertThat(ab.lookupAll(3, 3)).containsExactly("a", "b");
        assertThat(ab.zoneAt(1, 1)).isEqualTo("a");
        assertThat(ab.zoneAt(5, 5)).isEqualTo("b");
        assertThat(ab.lookupAll(5, 5)).containsExactly("b");

        ZoneIndex ba = ZoneIndex.build(List.of(b, a));
        assertThat(ba.zoneAt(3, 3)).isEqualTo("b");
        assertThat(ba.lookupAll(3, 3)).containsExactly("b", "a");
    }

    @Test
    void aZoneInsideAnotherIsFoundOnlyWhenListedFirst() {
        IndexedZone big = zone("big", box(0, 0, 100, 100));
        IndexedZone small = zone("small", box(40, 40, 60, 60));

        assertThat(ZoneIndex.build(List.of(big, small)).zoneAt(50, 50)).isEqualTo("big");
        assertThat(ZoneIndex.build(List.of(small, big)).zoneAt(50, 50)).isEqualTo("small");
        assertThat(ZoneIndex.build(List.of(big, small)).lookupAll(50, 50)).containsExactly("big", "small");
    }

    // ------------------------------------------------------------------ zones smaller than a cell

    @Test
    void zonesSmallerThanACellAreDecidedExactly() {
        // a 1000 x 1000 zone with a 0.01-wide hole holding an enclave, and a tiny zone outside it, on 16 cells
        Polygon outer = GF.createPolygon(
                ring(0, 0, 1000, 0, 1000, 1000, 0, 1000, 0, 0),
                new LinearRing[] {ring(500, 500, 500.01, 500, 500.01, 500.01, 500, 500.01, 500, 500)});
        IndexedZone enclave = zone("enclave", box(500, 500, 500.01, 500.01));
        IndexedZone speck = zone("speck", polygon(1200, 1200, 1200.001, 1200, 1200, 1200.001, 1200, 1200));
        List<IndexedZone> zones = List.of(zone("outer", outer), enclave, speck);
        ZoneIndex index = ZoneIndex.build(zones, 16);

        assertThat(index.stats().columns() * index.stats().rows()).isLessThanOrEqualTo(16);
        assertThat(index.zoneAt(500.005, 500.005)).isEqualTo("enclave");
        assertThat(index.zoneAt(500, 500.005)).isEqualTo("outer");
        assertThat(index.zoneAt(499.999, 500.005)).isEqualTo("outer");
        assertThat(index.zoneAt(1200.0001, 1200.0001)).isEqualTo("speck");
        assertThat(index.zoneAt(1200.001, 1200)).isEqualTo("speck");
        assertThat(index.zoneAt(1200.0006, 1200.0006)).isNull(); // beyond the hypotenuse
        assertThat(index.zoneAt(1100, 1100)).isNull();
        assertThat(index.zoneAt(10, 10)).isEqualTo("outer");
        compareWithReference(zones, 16, new Random(7), 2_000, 7);
    }

    @Test
    void aCoarseAndAFineGridGiveTheSameAnswers() {
        long seed = 20270301L;
        List<IndexedZone> zones = Generators.perturbedTiling(new Random(seed), 6, 5, 40, true);
        for (int cells : new int[] {4, 64, 4096, 1 << 18}) {
            compareWithReference(zones, cells, new Random(seed + cells), 1_000, seed);
        }
    }

    // ------------------------------------------------------------------ randomized comparison with JTS

    @Test
    void agreesWithJtsCoversOnRandomTilings() {
        // tilings: shared edges everywhere, some zones with holes, some enclaves
        int points = 0;
        for (long seed = 1; seed <= 8; seed++) {
            Random random = new Random(seed);
            List<IndexedZone> zones = Generators.perturbedTiling(
                    random, 3 + random.nextInt(8), 3 + random.nextInt(8), 8 + random.nextInt(60), random.nextBoolean());
            int cells = new int[] {16, 256, 4096, 1 << 16, ZoneIndex.DEFAULT_MAX_CELLS}[random.nextInt(5)];
            points += compareWithReference(zones, cells, random, 2_500, seed);
        }
        assertThat(points).isGreaterThanOrEqualTo(20_000);
    }

    @Test
    void agreesWithJtsCoversOnRandomOverlappingStarsAndVoronoiCells() {
        int points = 0;
        for (long seed = 100; seed < 108; seed++) {
            Random random = new Random(seed);
            List<IndexedZone> zones = new ArrayList<>();
            if (seed % 2 == 0) {
                zones.addAll(Generators.voronoi(random, 20 + random.nextInt(40), "v"));
            }
            zones.addAll(Generators.stars(random, 5 + random.nextInt(20), "s"));
            int cells = new int[] {4, 100, 5_000, 1 << 16}[random.nextInt(4)];
            points += compareWithReference(zones, cells, random, 2_500, seed);
        }
        assertThat(points).isGreaterThanOrEqualTo(20_000);
    }

    @Test
    void agreesWithJtsCoversOnADyadicLatticeWherePointsHitEdgesAndGridLines() {
        // coordinates on 1/8 steps: vertices, edges and query points fall exactly on grid lines
        int points = 0;
        for (long seed = 200; seed < 204; seed++) {
            Random random = new Random(seed);
            List<IndexedZone> zones = Generators.latticeTiling(random, 4 + random.nextInt(4), 4 + random.nextInt(4));
            Reference reference = Reference.of(zones);
            ZoneIndex index = ZoneIndex.build(zones, new int[] {16, 64, 256, 1024}[(int) (seed % 4)]);
            for (int n = 0; n < 2_000; n++) {
                double x = (random.nextInt(80) - 4) / 8.0;
                double y = (random.nextInt(80) - 4) / 8.0;
                assertThat(index.zoneAt(x, y))
                        .as("seed %d: zoneAt(%s, %s)", seed, x, y)
                        .isEqualTo(reference.zoneAt(x, y));
                assertThat(index.lookupAll(x, y))
                        .as("seed %d: lookupAll(%s, %s)", seed, x, y)
                        .isEqualTo(reference.lookupAll(x, y));
                points++;
            }
        }
        assertThat(points).isGreaterThanOrEqualTo(8_000);
    }

    // ------------------------------------------------------------------ input checks

    @Test
    void rejectsDuplicateIdsInvalidAndEmptyGeometries() {
        assertThatThrownBy(() -> ZoneIndex.build(List.of(zone("a", box(0, 0, 1, 1)), zone("a", box(2, 0, 3, 1)))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("a appears twice");
        assertThatThrownBy(() -> ZoneIndex.build(List.of(zone("bowtie", polygon(0, 0, 1, 1, 1, 0, 0, 1, 0, 0)))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("bowtie");
        assertThatThrownBy(() -> ZoneIndex.build(List.of(zone("void", GF.createPolygon()))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("void");
        assertThatThrownBy(() -> new IndexedZone(
                        "line", GF.createLineString(new Coordinate[] {new Coordinate(0, 0), new Coordinate(1, 1)})))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ZoneIndex.build(List.of(zone("a", box(0, 0, 1, 1))), 3))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void statsDescribeTheGrid() {
        ZoneIndex index = ZoneIndex.build(Generators.perturbedTiling(new Random(3), 4, 4, 50, true), 1 << 12);
        ZoneIndex.Stats stats = index.stats();

        assertThat(stats.zones()).isEqualTo(index.zoneCount()).isGreaterThanOrEqualTo(16);
        assertThat((long) stats.columns() * stats.rows()).isBetween(1L << 10, 1L << 12);
        assertThat(stats.boundaryCells()).isPositive();
        assertThat(stats.estimatedBytes()).isGreaterThan(4L * stats.columns() * stats.rows());
        assertThat(index.zoneId(0)).isEqualTo("z0");
    }

    // ------------------------------------------------------------------ helpers

    /** Compares index and reference on random points of the zones' box and on every 7th vertex. */
    private static int compareWithReference(List<IndexedZone> zones, int cells, Random random, int count, long seed) {
        ZoneIndex index = ZoneIndex.build(zones, cells);
        Reference reference = Reference.of(zones);
        Envelope box = new Envelope();
        zones.forEach(z -> box.expandToInclude(z.polygonal().getEnvelopeInternal()));
        box.expandBy(box.getWidth() * 0.05, box.getHeight() * 0.05);
        int compared = 0;
        for (int n = 0; n < count; n++) {
            double x = box.getMinX() + random.nextDouble() * box.getWidth();
            double y = box.getMinY() + random.nextDouble() * box.getHeight();
            assertSame(index, reference, x, y, seed, cells);
            compared++;
        }
        for (IndexedZone zone : zones) {
            Coordinate[] vertices = zone.polygonal().getCoordinates();
            for (int v = 0; v < vertices.length; v += 7) {
                assertSame(index, reference, vertices[v].x, vertices[v].y, seed, cells);
                compared++;
            }
        }
        return compared;
    }

    private static void assertSame(ZoneIndex index, Reference reference, double x, double y, long seed, int cells) {
        int expected = reference.lookup(x, y);
        assertThat(index.lookup(x, y))
                .as("seed %d, maxCells %d: lookup(%s, %s)", seed, cells, x, y)
                .isEqualTo(expected);
        if (expected >= 0 || (x * 31 + y) % 5 < 1) {
            assertThat(index.lookupAll(x, y))
                    .as("seed %d, maxCells %d: lookupAll(%s, %s)", seed, cells, x, y)
                    .isEqualTo(reference.lookupAll(x, y));
        }
    }

    /** The straightforward answer: JTS covers over every zone in order; the first covering zone wins. */
    record Reference(List<IndexedZone> zones, List<PreparedGeometry> prepared) {

        static Reference of(List<IndexedZone> zones) {
            return new Reference(
                    zones,
                    zones.stream()
                            .map(z -> PreparedGeometryFactory.prepare(z.polygonal()))
                            .toList());
        }

        int lookup(double x, double y) {
            Geometry point = GF.createPoint(new Coordinate(x, y));
            for (int z = 0; z < zones.size(); z++) {
                if (zones.get(z).polygonal().covers(point)) {
                    return z;
                }
            }
            return -1;
        }

        String zoneAt(double x, double y) {
            int z = lookup(x, y);
            return z < 0 ? null : zones.get(z).zoneId();
        }

        List<String> lookupAll(double x, double y) {
            Geometry point = GF.createPoint(new Coordinate(x, y));
            List<String> all = new ArrayList<>();
            for (int z = 0; z < zones.size(); z++) {
                if (prepared.get(z).covers(point)) {
                    all.add(zones.get(z).zoneId());
                }
            }
            return all;
        }
    }

    /** Seeded generators of zone sets. */
    static final class Generators {

        /**
         * A jittered grid of quadrilateral zones whose sides are wiggly polylines shared exactly by
         * both neighbours; with holes, every fifth zone gets one and every other hole holds an enclave.
         */
        static List<IndexedZone> perturbedTiling(Random random, int nx, int ny, int verticesPerSide, boolean holes) {
            double[][] nodeX = new double[nx + 1][ny + 1];
            double[][] nodeY = new double[nx + 1][ny + 1];
            double originX = 126 + random.nextDouble();
            double originY = 41.5 + random.nextDouble();
            double size = 0.01 + random.nextDouble() * 0.05;
            for (int i = 0; i <= nx; i++) {
                for (int j = 0; j <= ny; j++) {
                    double jx = (i == 0 || i == nx) ? 0 : (random.nextDouble() - 0.5) * 0.4;
                    double jy = (j == 0 || j == ny) ? 0 : (random.nextDouble() - 0.5) * 0.4;
                    nodeX[i][j] = originX + (i + jx) * size;
                    nodeY[i][j] = originY + (j + jy) * size;
                }
            }
            // horizontal sides h[i][j]: node (i, j) -> (i + 1, j); vertical v[i][j]: (i, j) -> (i, j + 1)
            Coordinate[][][] horizontal = new Coordinate[nx][ny + 1][];
            Coordinate[][][] vertical = new Coordinate[nx + 1][ny][];
            for (int i = 0; i < nx; i++) {
                for (int j = 0; j <= ny; j++) {
                    horizontal[i][j] =
                            side(random, nodeX[i][j], nodeY[i][j], nodeX[i + 1][j], nodeY[i + 1][j], verticesPerSide);
                }
            }
            for (int i = 0; i <= nx; i++) {
                for (int j = 0; j < ny; j++) {
                    vertical[i][j] =
                            side(random, nodeX[i][j], nodeY[i][j], nodeX[i][j + 1], nodeY[i][j + 1], verticesPerSide);
                }
            }
            List<IndexedZone> zones = new ArrayList<>();
            List<IndexedZone> enclaves = new ArrayList<>();
            for (int j = 0; j < ny; j++) {
                for (int i = 0; i < nx; i++) {
                    List<Coordinate> shell = new ArrayList<>();
                    append(shell, horizontal[i][j], false);
                    append(shell, vertical[i + 1][j], false);
                    append(shell, horizontal[i][j + 1], true);
                    append(shell, vertical[i][j], true);
                    shell.add(shell.get(0));
                    LinearRing outer = GF.createLinearRing(shell.toArray(Coordinate[]::new));
                    String id = "z" + (j * nx + i);
                    int number = j * nx + i;
                    if (holes && number % 5 == 2) {
                        double cx = (nodeX[i][j] + nodeX[i + 1][j + 1]) / 2;
                        double cy = (nodeY[i][j] + nodeY[i + 1][j + 1]) / 2;
                        LinearRing hole = GF.createLinearRing(star(random, cx, cy, size * 0.12, size * 0.2, 12));
                        zones.add(zone(id, GF.createPolygon(outer, new LinearRing[] {hole})));
                        if (number % 10 == 2) {
                            enclaves.add(zone(id + "-enclave", GF.createPolygon(hole.getCoordinates())));
                        }
                    } else {
                        zones.add(zone(id, GF.createPolygon(outer)));
                    }
                }
            }
            zones.addAll(enclaves);
            zones.forEach(
                    z -> assertThat(z.polygonal().isValid()).as(z.zoneId()).isTrue());
            return zones;
        }

        private static Coordinate[] side(Random random, double ax, double ay, double bx, double by, int vertices) {
            Coordinate[] points = new Coordinate[vertices + 1];
            double dx = bx - ax;
            double dy = by - ay;
            double amplitude = 0.06 * random.nextDouble();
            for (int k = 0; k <= vertices; k++) {
                double t = (double) k / vertices;
                double offset =
                        k == 0 || k == vertices ? 0 : amplitude * Math.sin(Math.PI * t) * (random.nextDouble() - 0.5);
                points[k] = new Coordinate(ax + t * dx - offset * dy, ay + t * dy + offset * dx);
            }
            points[0] = new Coordinate(ax, ay);
            points[vertices] = new Coordinate(bx, by);
            return points;
        }

        private static void append(List<Coordinate> ring, Coordinate[] side, boolean reversed) {
            for (int k = 0; k < side.length - 1; k++) {
                ring.add(reversed ? side[side.length - 1 - k] : side[k]);
            }
        }

        /** A closed star-shaped ring around (cx, cy) with radii in [rMin, rMax]. */
        static Coordinate[] star(Random random, double cx, double cy, double rMin, double rMax, int vertices) {
            double[] angles = new double[vertices];
            for (int k = 0; k < vertices; k++) {
                angles[k] = 2 * Math.PI * (k + 0.1 + 0.8 * random.nextDouble()) / vertices;
            }
            Coordinate[] ring = new Coordinate[vertices + 1];
            for (int k = 0; k < vertices; k++) {
                double r = rMin + (rMax - rMin) * random.nextDouble();
                ring[k] = new Coordinate(cx + r * Math.cos(angles[k]), cy + r * Math.sin(angles[k]));
            }
            ring[vertices] = ring[0];
            return ring;
        }

        /** Random stars that may overlap each other; some with a hole, some split in two parts. */
        static List<IndexedZone> stars(Random random, int count, String prefix) {
            List<IndexedZone> zones = new ArrayList<>();
            for (int n = 0; n < count; n++) {
                double cx = random.nextDouble() * 10;
                double cy = random.nextDouble() * 10;
                double r = 0.2 + random.nextDouble() * 2;
                int vertices = 3 + random.nextInt(60);
                LinearRing shell = GF.createLinearRing(star(random, cx, cy, r * 0.5, r, vertices));
                Geometry geometry;
                switch (n % 3) {
                    case 0 ->
                        geometry = GF.createPolygon(
                                shell,
                                new LinearRing[] {GF.createLinearRing(star(random, cx, cy, r * 0.1, r * 0.4, 8))});
                    case 1 ->
                        geometry = GF.createMultiPolygon(new Polygon[] {
                            GF.createPolygon(shell),
                            GF.createPolygon(star(random, cx + 3 * r, cy, r * 0.3, r * 0.9, 5 + random.nextInt(20)))
                        });
                    default -> geometry = GF.createPolygon(shell);
                }
                zones.add(zone(prefix + n, geometry));
            }
            return zones;
        }

        /** Voronoi cells of random sites clipped to a box: a tiling with arbitrary shared edges. */
        static List<IndexedZone> voronoi(Random random, int sites, String prefix) {
            List<Coordinate> coordinates = new ArrayList<>();
            for (int n = 0; n < sites; n++) {
                coordinates.add(new Coordinate(random.nextDouble() * 10, random.nextDouble() * 10));
            }
            VoronoiDiagramBuilder builder = new VoronoiDiagramBuilder();
            builder.setSites(coordinates);
            builder.setClipEnvelope(new Envelope(0, 10, 0, 10));
            Geometry cells = builder.getDiagram(GF);
            List<IndexedZone> zones = new ArrayList<>();
            for (int n = 0; n < cells.getNumGeometries(); n++) {
                Geometry cell = cells.getGeometryN(n);
                if (cell instanceof Polygon && !cell.isEmpty() && cell.isValid()) {
                    zones.add(zone(prefix + n, cell));
                }
            }
            return zones;
        }

        /** Squares and triangles on a lattice with 1/8 coordinates: edges on grid lines, shared everywhere. */
        static List<IndexedZone> latticeTiling(Random random, int nx, int ny) {
            List<IndexedZone> zones = new ArrayList<>();
            for (int j = 0; j < ny; j++) {
                for (int i = 0; i < nx; i++) {
                    double x0 = i * 1.25;
                    double y0 = j * 1.25;
                    double x1 = x0 + 1.25;
                    double y1 = y0 + 1.25;
                    String id = "q" + i + "_" + j;
                    switch (random.nextInt(4)) {
                        case 0 -> zones.add(zone(id, box(x0, y0, x1, y1)));
                        case 1 -> {
                            zones.add(zone(id + "a", polygon(x0, y0, x1, y0, x0, y1, x0, y0)));
                            zones.add(zone(id + "b", polygon(x1, y0, x1, y1, x0, y1, x1, y0)));
                        }
                        case 2 -> {
                            zones.add(zone(id + "a", polygon(x0, y0, x1, y0, x1, y1, x0, y0)));
                            zones.add(zone(id + "b", polygon(x0, y0, x1, y1, x0, y1, x0, y0)));
                        }
                        default -> {
                            // nothing here: a gap
                        }
                    }
                }
            }
            java.util.Collections.shuffle(zones, random);
            return zones;
        }
    }

    static IndexedZone zone(String id, Geometry geometry) {
        return new IndexedZone(id, geometry);
    }

    static Polygon box(double x0, double y0, double x1, double y1) {
        return polygon(x0, y0, x1, y0, x1, y1, x0, y1, x0, y0);
    }

    static Polygon polygon(double... xy) {
        return GF.createPolygon(ring(xy));
    }

    static LinearRing ring(double... xy) {
        Coordinate[] coordinates = new Coordinate[xy.length / 2];
        for (int k = 0; k < coordinates.length; k++) {
            coordinates[k] = new Coordinate(xy[2 * k], xy[2 * k + 1]);
        }
        return GF.createLinearRing(coordinates);
    }
}
