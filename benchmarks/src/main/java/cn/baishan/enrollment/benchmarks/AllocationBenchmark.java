package cn.baishan.enrollment.benchmarks;

import cn.baishan.enrollment.allocation.district.DistrictAllocation;
import cn.baishan.enrollment.allocation.district.DistrictInput;
import cn.baishan.enrollment.allocation.district.DistrictInputText;
import cn.baishan.enrollment.allocation.district.DistrictResult;
import cn.baishan.enrollment.allocation.district.Explanations;
import cn.baishan.enrollment.allocation.engine.AllocationProblem;
import cn.baishan.enrollment.allocation.engine.ArrayDeferredAcceptance;
import cn.baishan.enrollment.allocation.engine.Assignment;
import cn.baishan.enrollment.allocation.engine.InvariantChecker;
import cn.baishan.enrollment.allocation.lottery.Seed;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Wall time of one whole allocation on one thread, for the three sizes: the deferred-acceptance core on a
 * prebuilt {@link AllocationProblem}, and {@link DistrictAllocation#run} (every phase plus the district invariant
 * check) on a generated district, without and with an {@link Explanations#of explanation} for every child.
 * Single-shot: each iteration is one complete allocation, as a season runs it. The core's heap is capped at 512 MB
 * by {@code @Fork} (the heap target), the district runs' at 1 GB (see there); each trial prints the retained
 * size of its input, and each iteration the bytes the run allocated and the peak heap occupancy after a GC (see
 * {@link HeapWatch}). The forks ask for transparent huge pages (Linux, {@code madvise} mode; ignored where the kernel
 * has none): a million applicants' run reads ~100 MB of arrays at random, and with 4 KB pages a good part of its time
 * is TLB misses (the README gives both figures; a season's JVM should run with the same flag).
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Threads(1)
@Fork(
        value = 1,
        jvmArgsAppend = {"-Xms512m", "-Xmx512m", "-XX:+UseTransparentHugePages"})
@Warmup(iterations = 3)
@Measurement(iterations = 5)
public class AllocationBenchmark {

    static int applicantsOf(String size) {
        return Integer.parseInt(size.substring(0, size.indexOf('x')));
    }

    static int schoolsOf(String size) {
        return Integer.parseInt(size.substring(size.indexOf('x') + 1));
    }

    @State(Scope.Benchmark)
    public static class CoreInstance {

        @Param({"15000x60", "250000x700", "1000000x3000"})
        String size;

        @Param("10")
        int choices;

        /** Several seeds: the core's time depends on how tight the seats of a draw are (see the README). */
        @Param({"1", "20270301"})
        long seed;

        AllocationProblem problem;
        Assignment last;
        final HeapWatch heap = new HeapWatch();

        @Setup(Level.Trial)
        public void build() {
            long before = HeapWatch.usedAfterFullGc();
            problem =
                    SyntheticAllocations.deferredAcceptanceProblem(seed, applicantsOf(size), schoolsOf(size), choices);
            long retained = HeapWatch.usedAfterFullGc() - before;
            System.out.println();
            print(
                    "problem: %d applicants x %d schools x %d choices, %d seats; %.1f MB retained",
                    problem.applicants(),
                    problem.schools(),
                    choices,
                    java.util.Arrays.stream(problem.capacity()).sum(),
                    retained / 1e6);
        }

        @Setup(Level.Iteration)
        public void startWindow() {
            heap.reset();
        }

        @TearDown(Level.Iteration)
        public void endWindow() throws InterruptedException {
            reportHeap(heap);
        }

        @TearDown(Level.Trial)
        public void check() {
            // Applicants propose down their lists in order, so the proposals made are, per applicant, the position of
            // the school it holds plus one, or its whole list when it holds none.
            int[] prefStart = problem.prefStart();
            int[] prefSchool = problem.prefSchool();
            int unassigned = 0;
            long proposals = 0;
            for (int a = 0; a < problem.applicants(); a++) {
                int s = last.schoolOf()[a];
                int p = prefStart[a];
                while (p < prefStart[a + 1] && prefSchool[p] != s) {
                    p++;
                }
                unassigned += s == Assignment.UNASSIGNED ? 1 : 0;
                proposals += Math.min(p + 1, prefStart[a + 1]) - prefStart[a];
            }
            long started = System.nanoTime();
            int violations = new InvariantChecker().check(problem, last).size();
            print(
                    "last run: %d unassigned, %d proposals (%.2f per applicant); invariant checker %d violations in %d ms",
                    unassigned,
                    proposals,
                    (double) proposals / problem.applicants(),
                    violations,
                    (System.nanoTime() - started) / 1_000_000);
            heap.close();
        }
    }

    @State(Scope.Benchmark)
    public static class DistrictInstance {

        @Param({"15000x60", "250000x700", "1000000x3000"})
        String size;

        /** Each child's nearbySchools is cut to this many nearest schools (see the README). */
        @Param("20")
        int nearby;

        /** true: children sorted by public id, as read back from the stored canonical input text (see the README). */
        @Param("true")
        boolean canonicalOrder;

        @Param("20270301")
        long seed;

        /**
         * true: the generated input is written to its canonical text and read back, so the run gets what admission
         * gives it (RunningSeasons reads the frozen text): children in canonical order, laid out in memory in that
         * order, lists as the reader's compact code lists. false: the generator's objects as they are.
         */
        @Param("true")
        boolean readBack;

        DistrictInput input;
        /**
         * The canonical input digest, computed once here: admission computes and stores it when the list closes (the
         * frozen input never changes after that), so a season's run gets it instead of writing the text again.
         * {@link AllocationBenchmark#districtInputDigest} measures that one-off cost.
         */
        String inputDigest;

        Seed drawSeed;
        DistrictResult last;
        final HeapWatch heap = new HeapWatch();

        @Setup(Level.Trial)
        public void build() {
            long before = HeapWatch.usedAfterFullGc();
            long started = System.nanoTime();
            DistrictInput generated = SyntheticAllocations.districtInput(
                    seed, applicantsOf(size), schoolsOf(size), nearby, canonicalOrder);
            long millis = (System.nanoTime() - started) / 1_000_000;
            if (readBack) {
                // As admission holds it for a run: the canonical text stored when the list closed, read back. Through
                // a file, so the setup fits the 512 MB heap too (the million's text is ~250 MB).
                inputDigest = DistrictInputText.digest(generated);
                Path text = writeText(generated);
                generated = null; // only the input read back stays (and is measured below)
                input = readText(text);
            } else {
                input = generated;
                inputDigest = DistrictInputText.digest(input);
            }
            long retained = HeapWatch.usedAfterFullGc() - before;
            drawSeed = SyntheticAllocations.drawSeed(seed);
            System.out.println();
            print(
                    "district input: %d children, %d schools, %d zones (%d single-school), %d seats;"
                            + " generated in %d ms, %.1f MB retained",
                    input.children().size(),
                    input.schools().size(),
                    input.zones().size(),
                    input.zones().stream()
                            .filter(z -> z.type() == DistrictInput.ZoneType.SINGLE)
                            .count(),
                    input.schools().stream()
                            .mapToInt(DistrictInput.SchoolSeats::capacity)
                            .sum(),
                    millis,
                    retained / 1e6);
        }

        private static Path writeText(DistrictInput input) {
            try {
                Path file = Files.createTempFile("district-input", ".txt");
                try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                    DistrictInputText.write(input, out);
                }
                return file;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        private static DistrictInput readText(Path file) {
            try {
                try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                    return DistrictInputText.read(in);
                } finally {
                    Files.delete(file);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Setup(Level.Iteration)
        public void startWindow() {
            heap.reset();
        }

        @TearDown(Level.Iteration)
        public void endWindow() throws InterruptedException {
            reportHeap(heap);
        }

        @TearDown(Level.Trial)
        public void summarize() {
            if (last != null) {
                Map<DistrictResult.Route, Integer> byRoute = new EnumMap<>(DistrictResult.Route.class);
                Map<DistrictResult.Outcome, Integer> byOutcome = new EnumMap<>(DistrictResult.Outcome.class);
                for (DistrictResult.Placement p : last.placements()) {
                    byOutcome.merge(p.outcome(), 1, Integer::sum);
                    if (p.route() != null) {
                        byRoute.merge(p.route(), 1, Integer::sum);
                    }
                }
                print(
                        "last run: outcomes %s; routes %s; %d cut-offs; %d violations%s",
                        byOutcome,
                        byRoute,
                        last.cutoffs().size(),
                        last.violations().size(),
                        last.violations().isEmpty()
                                ? ""
                                : " (first: " + last.violations().get(0) + ")");
            }
            heap.close();
        }
    }

    @Benchmark
    @Warmup(iterations = 5)
    @Measurement(iterations = 10)
    public Assignment deferredAcceptanceCore(CoreInstance instance) {
        instance.last = new ArrayDeferredAcceptance().run(instance.problem);
        return instance.last;
    }

    /*
     * The district benchmarks fork with 1 GB: a million children as DistrictInput records with 20 nearby schools each
     * already retain ~274 MB, and the run needs more than the remaining 238 MB of a 512 MB heap (OutOfMemoryError;
     * it completes with -Xmx640m, and at 512 MB with -p nearby=10). See the README for the heap figures.
     */
    @Benchmark
    @Fork(
            value = 1,
            jvmArgsAppend = {"-Xms1g", "-Xmx1g", "-XX:+UseTransparentHugePages"})
    public DistrictResult districtAllocation(DistrictInstance instance) {
        instance.last = null; // the previous shot's result (a million placements) is not part of this run's heap
        instance.last = DistrictAllocation.run(instance.input, instance.inputDigest, instance.drawSeed);
        return instance.last;
    }

    /**
     * The run, then the explanation every child's notice carries (publication explains all of them): the result is
     * indexed once with {@link Explanations#index}, as the engine documents for many children — the one-child
     * {@link Explanations#of} re-indexes the whole input per call.
     */
    @Benchmark
    @Fork(
            value = 1,
            jvmArgsAppend = {"-Xms1g", "-Xmx1g", "-XX:+UseTransparentHugePages"})
    public DistrictResult districtAllocationWithExplanations(DistrictInstance instance, Blackhole blackhole) {
        instance.last = null;
        DistrictResult result = DistrictAllocation.run(instance.input, instance.inputDigest, instance.drawSeed);
        Explanations.Index explanations = Explanations.index(instance.input, result);
        List<DistrictInput.Child> children = instance.input.children();
        for (int i = 0; i < children.size(); i++) {
            blackhole.consume(explanations.of(children.get(i).publicId()));
        }
        instance.last = result;
        return result;
    }

    /**
     * The canonical input digest alone ({@link DistrictInputText#digest}: the whole canonical text written and
     * hashed), which {@link DistrictAllocation#run(DistrictInput, Seed)} adds to a run; admission pays it once, when
     * the list closes, and the district benchmarks above take it from {@code @Setup}.
     */
    @Benchmark
    @Fork(
            value = 1,
            jvmArgsAppend = {"-Xms1g", "-Xmx1g", "-XX:+UseTransparentHugePages"})
    public String districtInputDigest(DistrictInstance instance) {
        return DistrictInputText.digest(instance.input);
    }

    private static void reportHeap(HeapWatch heap) throws InterruptedException {
        long allocated = heap.allocated(); // before anything below allocates
        Thread.sleep(100); // GC notifications arrive on a service thread
        System.out.println();
        print(
                "heap: %.1f MB allocated by the run; %d collections, peak %.1f MB occupied after one (max heap %d MB)",
                allocated / 1e6,
                heap.collections(),
                heap.maxAfterGc() / 1e6,
                Runtime.getRuntime().maxMemory() >> 20);
    }

    private static void print(String format, Object... args) {
        System.out.println("# " + String.format(Locale.ROOT, format, args));
    }
}
