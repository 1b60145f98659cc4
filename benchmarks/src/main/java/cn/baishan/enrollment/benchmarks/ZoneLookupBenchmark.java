package cn.baishan.enrollment.benchmarks;

import cn.baishan.enrollment.catchment.zones.domain.spatial.IndexedZone;
import cn.baishan.enrollment.catchment.zones.domain.spatial.ZoneIndex;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Polygon;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Point-to-zone lookups per second on one thread: catchment-service's {@link ZoneIndex} against a
 * naive scan of unprepared polygons and a JTS STRtree of prepared geometries, over the same zones
 * and points, in one run. Setup first proves the three give identical answers (it throws otherwise)
 * and prints the index's size. Each benchmark operation is one lookup; a method call runs a batch of
 * consecutive points from a shared array of 2^20 uniform random points (about 1% outside all zones).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Threads(1)
@Fork(
        value = 1,
        jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 3)
public class ZoneLookupBenchmark {

    private static final int POINTS = 1 << 20;
    private static final int MASK = POINTS - 1;
    private static final int CHECKED_RANDOM_POINTS = 100_000;
    private static final int CHECKED_VERTICES = 20_000;
    private static final int GRID_BATCH = 1 << 14;
    private static final int STRTREE_BATCH = 1 << 9;
    private static final int NAIVE_BATCH = 1 << 4;

    @Param("1000")
    int zones;

    @Param("500")
    int verticesPerZone;

    @Param("20270301")
    long seed;

    private double[] xs;
    private double[] ys;
    private int cursor;

    private ZoneIndex grid;
    private ReferenceLookups.NaiveScan naive;
    private ReferenceLookups.StrTree strTree;

    @Setup(Level.Trial)
    public void setUp() {
        List<IndexedZone> generated = SyntheticCatchments.generate(zones, verticesPerZone, seed);
        Random random = new Random(seed);
        Envelope box = new Envelope(SyntheticCatchments.REGION);
        box.expandBy(box.getWidth() * 0.005, box.getHeight() * 0.005);
        xs = new double[POINTS];
        ys = new double[POINTS];
        for (int i = 0; i < POINTS; i++) {
            xs[i] = box.getMinX() + random.nextDouble() * box.getWidth();
            ys[i] = box.getMinY() + random.nextDouble() * box.getHeight();
        }

        long heapBefore = usedHeapAfterGc();
        long start = System.nanoTime();
        grid = ZoneIndex.build(generated);
        long buildMillis = (System.nanoTime() - start) / 1_000_000;
        long heapDelta = usedHeapAfterGc() - heapBefore;
        naive = new ReferenceLookups.NaiveScan(generated);
        strTree = new ReferenceLookups.StrTree(generated);

        System.out.println(); // JMH has already printed "Iteration   1: " on this line
        ZoneIndex.Stats stats = grid.stats();
        int vertices =
                generated.stream().mapToInt(z -> z.polygonal().getNumPoints()).sum();
        print(
                "zones %d, vertices %d (%.0f per zone, %d zones with a hole)",
                stats.zones(),
                vertices,
                (double) vertices / stats.zones(),
                generated.stream()
                        .filter(z -> ((Polygon) z.polygonal()).getNumInteriorRing() > 0)
                        .count());
        print(
                "grid %d x %d cells of %.6f x %.6f degrees, %d boundary cells (%.1f%%), built in %d ms",
                stats.columns(),
                stats.rows(),
                stats.cellWidth(),
                stats.cellHeight(),
                stats.boundaryCells(),
                100.0 * stats.boundaryCells() / ((double) stats.columns() * stats.rows()),
                buildMillis);
        print(
                "index memory: %.1f MB estimated retained size of its arrays, %.1f MB heap growth across build (after GC)",
                stats.estimatedBytes() / 1e6, heapDelta / 1e6);

        start = System.nanoTime();
        int outside = 0;
        for (int i = 0; i < CHECKED_RANDOM_POINTS; i++) {
            outside += checkSameAnswer(xs[i], ys[i]) < 0 ? 1 : 0;
        }
        Random pick = new Random(seed + 1);
        int checkedVertices = 0;
        while (checkedVertices < CHECKED_VERTICES) {
            Coordinate[] ring =
                    generated.get(pick.nextInt(generated.size())).polygonal().getCoordinates();
            Coordinate vertex = ring[pick.nextInt(ring.length)];
            checkSameAnswer(vertex.x, vertex.y);
            checkedVertices++;
        }
        print(
                "identical answers from grid, naive scan and STRtree on %d random points (%d outside every zone)"
                        + " and %d zone vertices (on shared boundaries), checked in %d ms",
                CHECKED_RANDOM_POINTS, outside, checkedVertices, (System.nanoTime() - start) / 1_000_000);
    }

    private int checkSameAnswer(double x, double y) {
        int expected = naive.lookup(x, y);
        int byTree = strTree.lookup(x, y);
        int byGrid = grid.lookup(x, y);
        if (byTree != expected || byGrid != expected) {
            throw new IllegalStateException(String.format(
                    Locale.ROOT,
                    "answers differ at (%s, %s): naive %d, STRtree %d, grid %d (seed %d)",
                    x,
                    y,
                    expected,
                    byTree,
                    byGrid,
                    seed));
        }
        return expected;
    }

    @Benchmark
    @OperationsPerInvocation(GRID_BATCH)
    public void gridIndex(Blackhole blackhole) {
        int c = cursor;
        for (int k = 0; k < GRID_BATCH; k++) {
            int i = (c + k) & MASK;
            blackhole.consume(grid.lookup(xs[i], ys[i]));
        }
        cursor = c + GRID_BATCH;
    }

    @Benchmark
    @OperationsPerInvocation(STRTREE_BATCH)
    public void strTreeOfPreparedGeometries(Blackhole blackhole) {
        int c = cursor;
        for (int k = 0; k < STRTREE_BATCH; k++) {
            int i = (c + k) & MASK;
            blackhole.consume(strTree.lookup(xs[i], ys[i]));
        }
        cursor = c + STRTREE_BATCH;
    }

    @Benchmark
    @OperationsPerInvocation(NAIVE_BATCH)
    public void naiveScan(Blackhole blackhole) {
        int c = cursor;
        for (int k = 0; k < NAIVE_BATCH; k++) {
            int i = (c + k) & MASK;
            blackhole.consume(naive.lookup(xs[i], ys[i]));
        }
        cursor = c + NAIVE_BATCH;
    }

    private static long usedHeapAfterGc() {
        Runtime runtime = Runtime.getRuntime();
        for (int i = 0; i < 3; i++) {
            System.gc();
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        return runtime.totalMemory() - runtime.freeMemory();
    }

    private static void print(String format, Object... args) {
        System.out.println("# " + String.format(Locale.ROOT, format, args));
    }
}
