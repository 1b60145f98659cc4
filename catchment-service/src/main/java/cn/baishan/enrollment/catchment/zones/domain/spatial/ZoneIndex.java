package cn.baishan.enrollment.catchment.zones.domain.spatial;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Which zone covers a point, answered from memory in well under a microsecond.
 *
 * <p><b>How.</b> A uniform grid over the bounding box of all zones (cell sides are powers of two, so
 * locating a cell is exact). Every cell is precomputed as OUTSIDE every zone, INSIDE exactly one zone
 * with no zone boundary touching it, or BOUNDARY. A boundary cell carries its candidate zones in zone
 * order, and for each the zone's edges that touch the (closed) cell plus whether the cell's
 * bottom-right corner is inside the zone; a point in such a cell is decided exactly from those few
 * edges alone: a crossing count along a path from the point to that corner, with robust orientation
 * tests. The cell codes live in one {@code int[]}, the candidates and edge references in one packed
 * {@code int[]}, the vertices in one {@code double[]}: no object per cell, no allocation per lookup.
 *
 * <p><b>Semantics.</b> Zones are closed point sets (JTS {@code covers}): a point on a zone's
 * boundary, an outer edge or vertex, or the edge of one of its holes, belongs to that zone; a point
 * strictly inside a hole does not. <b>Boundary convention:</b> when several zones cover a point (a
 * point on an edge or vertex shared by neighbouring zones, or any point of overlapping zones)
 * {@link #lookup} answers the zone that comes first in the list given to {@link #build} (the lowest
 * zone number), so a shared edge always resolves to exactly one zone, the same one every time;
 * {@link #lookupAll} lists all of them. Zones of one published plan should not overlap; when they do,
 * the same first-in-order rule applies. Callers wanting "the lexicographically smallest zone id" pass
 * the zones sorted by id.
 *
 * <p><b>Threads.</b> Immutable: build one per publication, share it between any number of reading
 * threads, and swap the reference atomically when a new plan is published.
 */
public final class ZoneIndex {

    /** Cells above this count are never allocated, whatever the input (64 MB of cell codes). */
    public static final int MAX_CELLS_LIMIT = 1 << 24;

    /** The smallest grid ceiling accepted: an aligned 2 x 2 block of cells covers any box. */
    public static final int MIN_CELLS_LIMIT = 4;

    /** Default ceiling of the grid size: 4 Mi cells, 16 MB of cell codes. */
    public static final int DEFAULT_MAX_CELLS = 1 << 22;

    static final int OUTSIDE = -1;

    private final String[] zoneIds;

    // grid: cell (i, j) covers [(col0 + i) * cellWidth, (col0 + i + 1) * cellWidth) x [...] in y
    private final double cellWidth;
    private final double cellHeight;
    private final double inverseCellWidth;
    private final double inverseCellHeight;
    private final long col0;
    private final long row0;
    private final int columns;
    private final int rows;
    private final double gridMinX;
    private final double gridMaxX;
    private final double gridMinY;
    private final double gridMaxY;

    /** Per cell: a zone number (INSIDE), {@link #OUTSIDE}, or {@code -2 - offset} into {@link #boundary}. */
    private final int[] cells;

    /**
     * Boundary cells: at an offset, the candidate count n, then n times: {@code zone << 1 | cornerInside},
     * the edge count m, and m vertex indices v (the edge from vertex v to vertex v + 1).
     */
    private final int[] boundary;

    /** Vertices, x and y interleaved; rings are stored closed, so v + 1 is always on v's ring. */
    private final double[] coordinates;

    private final int boundaryCells;

    ZoneIndex(
            String[] zoneIds,
            double cellWidth,
            double cellHeight,
            long col0,
            long row0,
            int columns,
            int rows,
            int[] cells,
            int[] boundary,
            double[] coordinates,
            int boundaryCells) {
        this.zoneIds = zoneIds;
        this.cellWidth = cellWidth;
        this.cellHeight = cellHeight;
        this.inverseCellWidth = 1.0 / cellWidth;
        this.inverseCellHeight = 1.0 / cellHeight;
        this.col0 = col0;
        this.row0 = row0;
        this.columns = columns;
        this.rows = rows;
        this.gridMinX = col0 * cellWidth;
        this.gridMaxX = (col0 + columns) * cellWidth;
        this.gridMinY = row0 * cellHeight;
        this.gridMaxY = (row0 + rows) * cellHeight;
        this.cells = cells;
        this.boundary = boundary;
        this.coordinates = coordinates;
        this.boundaryCells = boundaryCells;
    }

    /**
     * Builds the index with a grid of at most {@link #DEFAULT_MAX_CELLS} cells.
     *
     * @param zones the zones of one published plan, in the order that breaks ties (see the class
     *     comment); ids must be unique, geometries valid, non-empty and finite
     * @throws IllegalArgumentException naming the zone if one is invalid
     */
    public static ZoneIndex build(List<IndexedZone> zones) {
        return build(zones, DEFAULT_MAX_CELLS);
    }

    /**
     * Builds the index with a grid of at most {@code maxCells} cells (at least {@link #MIN_CELLS_LIMIT}, at most
     * {@link #MAX_CELLS_LIMIT}); the grid gets about eight cells per vertex up to that ceiling. Fewer cells
     * make a smaller, slower index; the answers are the same.
     */
    public static ZoneIndex build(List<IndexedZone> zones, int maxCells) {
        return ZoneIndexBuilder.build(zones, maxCells);
    }

    /**
     * The zone covering the point: its number (its position in the list given to {@link #build}), or
     * -1 when no zone covers it. On a shared edge or vertex, and where zones overlap, the lowest number
     * wins. Non-finite coordinates answer -1.
     */
    public int lookup(double x, double y) {
        if (!(x >= gridMinX && x < gridMaxX && y >= gridMinY && y < gridMaxY)) {
            return OUTSIDE;
        }
        int i = (int) ((long) Math.floor(x * inverseCellWidth) - col0);
        int j = (int) ((long) Math.floor(y * inverseCellHeight) - row0);
        int code = cells[j * columns + i];
        if (code >= OUTSIDE) {
            return code;
        }
        return firstCovering(x, y, i, j, -2 - code);
    }

    /** The id of the zone covering the point (same rule as {@link #lookup}), or null when none does. */
    public String zoneAt(double x, double y) {
        int zone = lookup(x, y);
        return zone < 0 ? null : zoneIds[zone];
    }

    /**
     * Every zone covering the point, in zone order: one zone for an interior point, two or more on a
     * shared edge or vertex or where zones overlap, none outside. For overlap diagnostics.
     */
    public List<String> lookupAll(double x, double y) {
        if (!(x >= gridMinX && x < gridMaxX && y >= gridMinY && y < gridMaxY)) {
            return List.of();
        }
        int i = (int) ((long) Math.floor(x * inverseCellWidth) - col0);
        int j = (int) ((long) Math.floor(y * inverseCellHeight) - row0);
        int code = cells[j * columns + i];
        if (code == OUTSIDE) {
            return List.of();
        }
        if (code >= 0) {
            return List.of(zoneIds[code]);
        }
        double right = (col0 + i + 1) * cellWidth;
        double bottom = (row0 + j) * cellHeight;
        int p = -2 - code;
        int candidates = boundary[p++];
        List<String> found = new ArrayList<>(2);
        for (int c = 0; c < candidates; c++) {
            int zone = boundary[p];
            int edges = boundary[p + 1];
            p += 2;
            if (covers(x, y, right, bottom, (zone & 1) != 0, p, edges)) {
                found.add(zoneIds[zone >>> 1]);
            }
            p += edges;
        }
        return Collections.unmodifiableList(found);
    }

    /** The id of zone number {@code zone}. */
    public String zoneId(int zone) {
        return zoneIds[zone];
    }

    /** How many zones the index holds; zone numbers run from 0 to this minus one. */
    public int zoneCount() {
        return zoneIds.length;
    }

    /** Grid size and an estimate of the memory the index retains, for logs and the benchmark. */
    public Stats stats() {
        long bytes = arrayBytes(cells.length, 4)
                + arrayBytes(boundary.length, 4)
                + arrayBytes(coordinates.length, 8)
                + arrayBytes(zoneIds.length, 4)
                + 128;
        for (String id : zoneIds) {
            bytes += 24 + arrayBytes(id.length() * 2L, 1); // String + its byte[] (UTF-16 upper bound)
        }
        return new Stats(
                zoneIds.length,
                coordinates.length / 2,
                columns,
                rows,
                cellWidth,
                cellHeight,
                boundaryCells,
                boundary.length,
                bytes);
    }

    /**
     * @param zones zones indexed
     * @param vertices vertices stored (all rings, closed)
     * @param columns grid columns
     * @param rows grid rows
     * @param cellWidth cell width in coordinate units
     * @param cellHeight cell height in coordinate units
     * @param boundaryCells cells decided by an exact test
     * @param boundaryInts length of the packed candidate/edge array
     * @param estimatedBytes estimated retained heap size of the index (arrays, headers, zone ids)
     */
    public record Stats(
            int zones,
            int vertices,
            int columns,
            int rows,
            double cellWidth,
            double cellHeight,
            int boundaryCells,
            int boundaryInts,
            long estimatedBytes) {}

    private int firstCovering(double x, double y, int i, int j, int offset) {
        double right = (col0 + i + 1) * cellWidth;
        double bottom = (row0 + j) * cellHeight;
        int[] b = boundary;
        int p = offset;
        int candidates = b[p++];
        for (int c = 0; c < candidates; c++) {
            int zone = b[p];
            int edges = b[p + 1];
            p += 2;
            if (covers(x, y, right, bottom, (zone & 1) != 0, p, edges)) {
                return zone >>> 1;
            }
            p += edges;
        }
        return OUTSIDE;
    }

    /**
     * Whether one candidate zone covers (x, y), a point of the cell whose bottom-right corner is
     * (right, bottom), from the zone's edges touching the cell.
     *
     * <p>A point on one of the edges is covered. Otherwise the half-open crossing rule (an edge counts
     * when exactly one endpoint lies strictly above the ray) decides the point shifted by (δ, ε) with
     * 0 < ε ≪ δ infinitesimal, which has the point's own status when it is not on the boundary. That
     * status is the corner's (shifted the same way, precomputed) flipped once per edge crossing the
     * path from the shifted point right to x = right + δ, then down to y = bottom + ε. Every edge that
     * can cross that path touches the closed cell, so the cell's edge list suffices.
     */
    private boolean covers(double x, double y, double right, double bottom, boolean cornerInside, int from, int count) {
        boolean inside = cornerInside;
        int[] b = boundary;
        double[] xy = coordinates;
        for (int e = from, end = from + count; e < end; e++) {
            int v = b[e] << 1;
            double ax = xy[v];
            double ay = xy[v + 1];
            double bx = xy[v + 2];
            double by = xy[v + 3];
            // the horizontal leg, at height y (+ε), from x (+δ) to right (+δ)
            if ((ay > y) != (by > y)) {
                double lx;
                double ly;
                double hx;
                double hy;
                if (ay < by) {
                    lx = ax;
                    ly = ay;
                    hx = bx;
                    hy = by;
                } else {
                    lx = bx;
                    ly = by;
                    hx = ax;
                    hy = ay;
                }
                int side = RobustOrientation.index(lx, ly, hx, hy, x, y);
                if (side == 0) {
                    return true; // on the edge
                }
                // the edge crosses height y at X > x; the leg crosses it if X <= right
                if (side > 0 && RobustOrientation.index(lx, ly, hx, hy, right, y) <= 0) {
                    inside = !inside;
                }
            } else if (y == Math.max(ay, by)) {
                // y touches the top of an edge that does not straddle it: the point may be its top
                // vertex, or lie on it if it is horizontal
                if (ay == by) {
                    if (x >= Math.min(ax, bx) && x <= Math.max(ax, bx)) {
                        return true;
                    }
                } else if (x == (ay > by ? ax : bx)) {
                    return true;
                }
            }
            // the vertical leg, at x = right (+δ), from y (+ε) down to bottom (+ε)
            if ((ax > right) != (bx > right)) {
                double lx;
                double ly;
                double rx;
                double ry;
                if (ax < bx) {
                    lx = ax;
                    ly = ay;
                    rx = bx;
                    ry = by;
                } else {
                    lx = bx;
                    ly = by;
                    rx = ax;
                    ry = ay;
                }
                int atBottom = RobustOrientation.index(lx, ly, rx, ry, right, bottom);
                if (atBottom < 0 || (atBottom == 0 && ry > ly)) { // crosses above bottom + ε
                    int atPoint = RobustOrientation.index(lx, ly, rx, ry, right, y);
                    if (atPoint > 0 || (atPoint == 0 && ry <= ly)) { // ... and below y + ε
                        inside = !inside;
                    }
                }
            }
        }
        return inside;
    }

    private static long arrayBytes(long length, int elementBytes) {
        return (16 + length * elementBytes + 7) & ~7L;
    }
}
