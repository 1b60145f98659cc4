package cn.baishan.enrollment.catchment.zones.domain.spatial;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.locationtech.jts.geom.CoordinateSequence;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.operation.valid.IsValidOp;
import org.locationtech.jts.operation.valid.TopologyValidationError;

/** Builds a {@link ZoneIndex}: classifies every grid cell once, zone by zone, with exact predicates. */
final class ZoneIndexBuilder {

    private static final int CELLS_PER_VERTEX = 8;
    private static final int MIN_TARGET_CELLS = 1 << 10;

    private final int zoneCount;
    private final String[] zoneIds;
    private final double[] xy;
    /** Per zone, the range of its rings in {@link #ringStart}. */
    private final int[] zoneRings;
    /** Per ring, its first vertex; the ring's last vertex (equal to the first) is ringStart[r + 1] - 1. */
    private final int[] ringStart;

    private double cellWidth;
    private double cellHeight;
    private long col0;
    private long row0;
    private int columns;
    private int rows;

    // per-cell results while building
    private int[] fullZone; // the first zone containing the whole cell with no boundary touching it, or -1
    private final Ints recordCell = new Ints();
    private final Ints recordZone = new Ints(); // zone << 1 | cornerInside
    private final Ints recordEdgeStart = new Ints();
    private final Ints recordEdgeCount = new Ints();
    private final Ints recordEdges = new Ints();

    // per-zone scratch
    private final Longs touches = new Longs(); // (local cell << 32) | vertex
    private byte[] cornerParity = new byte[0];
    private byte[] isBoundary = new byte[0];

    private ZoneIndexBuilder(List<IndexedZone> zones) {
        this.zoneCount = zones.size();
        this.zoneIds = new String[zoneCount];
        Set<String> seen = new HashSet<>();
        int vertexCount = 0;
        int ringCount = 0;
        for (int z = 0; z < zoneCount; z++) {
            IndexedZone zone = Objects.requireNonNull(zones.get(z), "zone");
            if (!seen.add(zone.zoneId())) {
                throw new IllegalArgumentException("zone " + zone.zoneId() + " appears twice");
            }
            zoneIds[z] = zone.zoneId();
            Geometry g = zone.polygonal();
            if (g.isEmpty()) {
                throw new IllegalArgumentException("zone " + zone.zoneId() + " is empty");
            }
            TopologyValidationError error = new IsValidOp(g).getValidationError();
            if (error != null) {
                throw new IllegalArgumentException("zone " + zone.zoneId() + " is not a valid polygon: " + error);
            }
            for (int p = 0; p < g.getNumGeometries(); p++) {
                Polygon polygon = (Polygon) g.getGeometryN(p);
                if (polygon.isEmpty()) {
                    continue;
                }
                ringCount += 1 + polygon.getNumInteriorRing();
                vertexCount += polygon.getNumPoints();
            }
        }
        xy = new double[2 * vertexCount];
        zoneRings = new int[zoneCount + 1];
        ringStart = new int[ringCount + 1];
        int v = 0;
        int r = 0;
        for (int z = 0; z < zoneCount; z++) {
            zoneRings[z] = r;
            Geometry g = zones.get(z).polygonal();
            for (int p = 0; p < g.getNumGeometries(); p++) {
                Polygon polygon = (Polygon) g.getGeometryN(p);
                if (polygon.isEmpty()) {
                    continue;
                }
                for (int k = -1; k < polygon.getNumInteriorRing(); k++) {
                    LinearRing ring = k < 0 ? polygon.getExteriorRing() : polygon.getInteriorRingN(k);
                    ringStart[r++] = v;
                    CoordinateSequence seq = ring.getCoordinateSequence();
                    for (int i = 0; i < seq.size(); i++) {
                        double x = seq.getX(i);
                        double y = seq.getY(i);
                        if (!Double.isFinite(x) || !Double.isFinite(y)) {
                            throw new IllegalArgumentException("zone " + zoneIds[z] + " has a non-finite coordinate");
                        }
                        xy[2 * v] = x;
                        xy[2 * v + 1] = y;
                        v++;
                    }
                }
            }
        }
        zoneRings[zoneCount] = r;
        ringStart[r] = v;
    }

    static ZoneIndex build(List<IndexedZone> zones, int maxCells) {
        Objects.requireNonNull(zones, "zones");
        if (maxCells < ZoneIndex.MIN_CELLS_LIMIT || maxCells > ZoneIndex.MAX_CELLS_LIMIT) {
            throw new IllegalArgumentException("maxCells must be in [" + ZoneIndex.MIN_CELLS_LIMIT + ", "
                    + ZoneIndex.MAX_CELLS_LIMIT + "], not " + maxCells);
        }
        ZoneIndexBuilder builder = new ZoneIndexBuilder(List.copyOf(zones));
        return builder.build(maxCells);
    }

    private ZoneIndex build(int maxCells) {
        if (zoneCount == 0) {
            return new ZoneIndex(zoneIds, 1, 1, 0, 0, 0, 0, new int[0], new int[0], xy, 0);
        }
        chooseGrid(maxCells);
        fullZone = new int[columns * rows];
        Arrays.fill(fullZone, ZoneIndex.OUTSIDE);
        for (int z = 0; z < zoneCount; z++) {
            classify(z);
        }
        return assemble();
    }

    // ---------------------------------------------------------------- grid

    private void chooseGrid(int maxCells) {
        double minX = Double.POSITIVE_INFINITY;
        double minY = Double.POSITIVE_INFINITY;
        double maxX = Double.NEGATIVE_INFINITY;
        double maxY = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < xy.length; i += 2) {
            minX = Math.min(minX, xy[i]);
            maxX = Math.max(maxX, xy[i]);
            minY = Math.min(minY, xy[i + 1]);
            maxY = Math.max(maxY, xy[i + 1]);
        }
        long target = Math.min(maxCells, Math.max(MIN_TARGET_CELLS, (long) CELLS_PER_VERTEX * (xy.length / 2)));
        double width = maxX - minX;
        double height = maxY - minY;
        double ideal = Math.sqrt(width * height / target);
        int kx = ceilExponent(ideal);
        int ky = kx;
        // an aligned 2 x 2 block always covers the box eventually, so this ends for target >= 4
        while (cellCount(minX, maxX, kx, minY, maxY, ky) > target) {
            kx++;
            ky++;
        }
        boolean refined = true;
        while (refined) {
            refined = false;
            if (cellCount(minX, maxX, kx - 1, minY, maxY, ky) <= target) {
                kx--;
                refined = true;
            }
            if (cellCount(minX, maxX, kx, minY, maxY, ky - 1) <= target) {
                ky--;
                refined = true;
            }
        }
        cellWidth = Math.scalb(1.0, kx);
        cellHeight = Math.scalb(1.0, ky);
        col0 = (long) Math.floor(minX / cellWidth);
        row0 = (long) Math.floor(minY / cellHeight);
        columns = (int) ((long) Math.floor(maxX / cellWidth) - col0 + 1);
        rows = (int) ((long) Math.floor(maxY / cellHeight) - row0 + 1);
    }

    private static int ceilExponent(double value) {
        if (!(value > Double.MIN_NORMAL)) {
            return Double.MIN_EXPONENT;
        }
        int k = Math.getExponent(value);
        return Math.scalb(1.0, k) < value ? k + 1 : k;
    }

    private static long cellCount(double minX, double maxX, int kx, double minY, double maxY, int ky) {
        double w = Math.scalb(1.0, kx);
        double h = Math.scalb(1.0, ky);
        double nx = Math.floor(maxX / w) - Math.floor(minX / w) + 1;
        double ny = Math.floor(maxY / h) - Math.floor(minY / h) + 1;
        double n = nx * ny;
        return n > Long.MAX_VALUE / 2 ? Long.MAX_VALUE : (long) n;
    }

    private double lineX(long column) {
        return (col0 + column) * cellWidth;
    }

    private double lineY(long row) {
        return (row0 + row) * cellHeight;
    }

    /** The column of the cell containing x, lines belonging to the cell on their right. */
    private long column(double x) {
        return (long) Math.floor(x / cellWidth) - col0;
    }

    private long row(double y) {
        return (long) Math.floor(y / cellHeight) - row0;
    }

    // ---------------------------------------------------------------- one zone

    private void classify(int zone) {
        int firstVertex = ringStart[zoneRings[zone]];
        int endVertex = ringStart[zoneRings[zone + 1]];
        double minX = Double.POSITIVE_INFINITY;
        double minY = Double.POSITIVE_INFINITY;
        double maxX = Double.NEGATIVE_INFINITY;
        double maxY = Double.NEGATIVE_INFINITY;
        for (int v = firstVertex; v < endVertex; v++) {
            minX = Math.min(minX, xy[2 * v]);
            maxX = Math.max(maxX, xy[2 * v]);
            minY = Math.min(minY, xy[2 * v + 1]);
            maxY = Math.max(maxY, xy[2 * v + 1]);
        }
        // cells holding points of the zone: those whose half-open extent meets its bounding box
        int i0 = (int) column(minX);
        int i1 = (int) column(maxX);
        int j0 = (int) row(minY);
        int j1 = (int) row(maxY);
        int cols = i1 - i0 + 1;
        int rowCount = j1 - j0 + 1;
        int localCells = cols * rowCount;
        int corners = rowCount * (cols + 1);
        if (cornerParity.length < corners) {
            cornerParity = new byte[Math.max(corners, cornerParity.length * 2)];
        }
        if (isBoundary.length < localCells) {
            isBoundary = new byte[Math.max(localCells, isBoundary.length * 2)];
        }
        Arrays.fill(cornerParity, 0, corners, (byte) 0);
        Arrays.fill(isBoundary, 0, localCells, (byte) 0);
        touches.clear();

        for (int r = zoneRings[zone]; r < zoneRings[zone + 1]; r++) {
            for (int v = ringStart[r]; v < ringStart[r + 1] - 1; v++) {
                rasterize(v, i0, i1, j0, j1, cols);
                crossHorizontalLines(v, i0, i1, j0, j1, cols);
            }
        }
        // corner parity: corner c of a row is inside iff an odd number of crossings lie right of it
        for (int row = 0; row < rowCount; row++) {
            int base = row * (cols + 1);
            byte parity = 0;
            for (int c = cols; c >= 0; c--) {
                parity ^= cornerParity[base + c];
                cornerParity[base + c] = parity;
            }
        }

        long[] t = touches.values;
        int n = touches.size;
        Arrays.sort(t, 0, n);
        for (int k = 0; k < n; ) {
            int local = (int) (t[k] >>> 32);
            int start = recordEdges.size;
            int previous = -1;
            for (; k < n && (int) (t[k] >>> 32) == local; k++) {
                int vertex = (int) t[k];
                if (vertex != previous) {
                    recordEdges.add(vertex);
                    previous = vertex;
                }
            }
            isBoundary[local] = 1;
            int row = local / cols;
            int col = local % cols;
            boolean cornerInside = cornerParity[row * (cols + 1) + col + 1] != 0;
            addRecord((j0 + row) * columns + (i0 + col), zone, cornerInside, start, recordEdges.size - start);
        }
        for (int row = 0; row < rowCount; row++) {
            for (int col = 0; col < cols; col++) {
                if (isBoundary[row * cols + col] == 0 && cornerParity[row * (cols + 1) + col + 1] != 0) {
                    int cell = (j0 + row) * columns + (i0 + col);
                    if (fullZone[cell] == ZoneIndex.OUTSIDE) {
                        fullZone[cell] = zone;
                    } else {
                        addRecord(cell, zone, true, recordEdges.size, 0); // overlap
                    }
                }
            }
        }
    }

    private void addRecord(int cell, int zone, boolean cornerInside, int edgeStart, int edgeCount) {
        recordCell.add(cell);
        recordZone.add(zone << 1 | (cornerInside ? 1 : 0));
        recordEdgeStart.add(edgeStart);
        recordEdgeCount.add(edgeCount);
    }

    /** Notes edge v in every cell of the zone's range whose closed extent the edge touches. */
    private void rasterize(int v, int i0, int i1, int j0, int j1, int cols) {
        double ax = xy[2 * v];
        double ay = xy[2 * v + 1];
        double bx = xy[2 * v + 2];
        double by = xy[2 * v + 3];
        // closed cells [x_i, x_i+1] meeting [minX, maxX]: x_i <= maxX and x_i+1 >= minX
        long from = Math.max(i0, (long) Math.ceil(Math.min(ax, bx) / cellWidth) - 1 - col0);
        long to = Math.min(i1, column(Math.max(ax, bx)));
        long bottom = Math.max(j0, (long) Math.ceil(Math.min(ay, by) / cellHeight) - 1 - row0);
        long top = Math.min(j1, row(Math.max(ay, by)));
        for (long j = bottom; j <= top; j++) {
            for (long i = from; i <= to; i++) {
                if ((from == to || bottom == top) || segmentTouchesCell(ax, ay, bx, by, i, j)) {
                    long local = (j - j0) * cols + (i - i0);
                    touches.add(local << 32 | v);
                }
            }
        }
    }

    /** With bounding boxes known to meet: the segment touches the cell unless all corners lie strictly on one side. */
    private boolean segmentTouchesCell(double ax, double ay, double bx, double by, long i, long j) {
        double x0 = lineX(i);
        double x1 = lineX(i + 1);
        double y0 = lineY(j);
        double y1 = lineY(j + 1);
        int s0 = RobustOrientation.index(ax, ay, bx, by, x0, y0);
        int s1 = RobustOrientation.index(ax, ay, bx, by, x1, y0);
        int s2 = RobustOrientation.index(ax, ay, bx, by, x0, y1);
        int s3 = RobustOrientation.index(ax, ay, bx, by, x1, y1);
        return !((s0 > 0 && s1 > 0 && s2 > 0 && s3 > 0) || (s0 < 0 && s1 < 0 && s2 < 0 && s3 < 0));
    }

    /**
     * For every horizontal grid line y_j of the zone's range that edge v straddles (one endpoint
     * strictly above, the other not), notes the crossing at the last corner x_k strictly left of it;
     * a suffix parity then gives, per corner, the half-open crossing-number status.
     */
    private void crossHorizontalLines(int v, int i0, int i1, int j0, int j1, int cols) {
        double ax = xy[2 * v];
        double ay = xy[2 * v + 1];
        double bx = xy[2 * v + 2];
        double by = xy[2 * v + 3];
        if (ay == by) {
            return;
        }
        double lx = ay < by ? ax : bx;
        double ly = Math.min(ay, by);
        double hx = ay < by ? bx : ax;
        double hy = Math.max(ay, by);
        // lines with ly <= y_j < hy
        long first = Math.max(j0, (long) Math.ceil(ly / cellHeight) - row0);
        long last = Math.min(j1, (long) Math.ceil(hy / cellHeight) - 1 - row0);
        long kMin = i0 + 1L; // corners of interest: the right corners of the columns i0..i1
        long kMax = i1 + 1L;
        for (long j = first; j <= last; j++) {
            double y = lineY(j);
            double crossing = lx + (y - ly) * ((hx - lx) / (hy - ly));
            long k = Math.max(kMin - 1, Math.min(kMax, column(crossing)));
            while (k < kMax && RobustOrientation.index(lx, ly, hx, hy, lineX(k + 1), y) > 0) {
                k++;
            }
            while (k >= kMin && RobustOrientation.index(lx, ly, hx, hy, lineX(k), y) <= 0) {
                k--;
            }
            if (k >= kMin) {
                cornerParity[(int) ((j - j0) * (cols + 1) + (k - i0))] ^= 1;
            }
        }
    }

    // ---------------------------------------------------------------- packing

    private ZoneIndex assemble() {
        int records = recordCell.size;
        long[] order = new long[records];
        for (int r = 0; r < records; r++) {
            order[r] = (long) recordCell.values[r] << 32 | r;
        }
        Arrays.sort(order);
        int[] cells = fullZone;
        Ints packed = new Ints();
        int boundaryCells = 0;
        for (int k = 0; k < records; ) {
            int cell = (int) (order[k] >>> 32);
            int end = k;
            while (end < records && (int) (order[end] >>> 32) == cell) {
                end++;
            }
            int full = cells[cell];
            int offset = packed.size;
            packed.add((end - k) + (full >= 0 ? 1 : 0));
            for (int r = k; r < end; r++) {
                int record = (int) order[r];
                int zone = recordZone.values[record];
                if (full >= 0 && full < zone >>> 1) {
                    packed.add(full << 1 | 1);
                    packed.add(0);
                    full = -1;
                }
                packed.add(zone);
                int count = recordEdgeCount.values[record];
                packed.add(count);
                int start = recordEdgeStart.values[record];
                for (int e = 0; e < count; e++) {
                    packed.add(recordEdges.values[start + e]);
                }
            }
            if (full >= 0) {
                packed.add(full << 1 | 1);
                packed.add(0);
            }
            cells[cell] = -2 - offset;
            boundaryCells++;
            k = end;
        }
        return new ZoneIndex(
                zoneIds, cellWidth, cellHeight, col0, row0, columns, rows, cells, packed.toArray(), xy, boundaryCells);
    }

    private static final class Ints {
        int[] values = new int[1024];
        int size;

        void add(int value) {
            if (size == values.length) {
                values = Arrays.copyOf(values, values.length * 2);
            }
            values[size++] = value;
        }

        int[] toArray() {
            return Arrays.copyOf(values, size);
        }
    }

    private static final class Longs {
        long[] values = new long[1024];
        int size;

        void add(long value) {
            if (size == values.length) {
                values = Arrays.copyOf(values, values.length * 2);
            }
            values[size++] = value;
        }

        void clear() {
            size = 0;
        }
    }
}
