package cn.baishan.enrollment.allocation.engine;

import java.util.Arrays;

/**
 * A plain timing run of the deferred-acceptance core (not a test, and not JMH: the module stays dependency-free).
 * Arguments: applicants, schools, choices, repetitions. It builds one skewed instance
 * ({@link RandomProblems#large}), warms up, then prints the best and median wall time of
 * {@link ArrayDeferredAcceptance#run} and the time of one {@link InvariantChecker} pass. See the module README for
 * the command and the figures.
 */
public final class DeferredAcceptanceBenchmark {

    private DeferredAcceptanceBenchmark() {}

    public static void main(String[] args) {
        int applicants = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        int schools = args.length > 1 ? Integer.parseInt(args[1]) : 3_000;
        int choices = args.length > 2 ? Integer.parseInt(args[2]) : 10;
        int repetitions = args.length > 3 ? Integer.parseInt(args[3]) : 10;
        AllocationProblem problem = RandomProblems.large(1, applicants, schools, choices);
        ArrayDeferredAcceptance engine = new ArrayDeferredAcceptance();
        for (int i = 0; i < 3; i++) {
            engine.run(problem); // warm-up: let the JIT compile the loop before timing
        }
        double[] seconds = new double[repetitions];
        Assignment assignment = null;
        for (int i = 0; i < repetitions; i++) {
            long started = System.nanoTime();
            assignment = engine.run(problem);
            seconds[i] = (System.nanoTime() - started) / 1e9;
        }
        Arrays.sort(seconds);
        long checkStarted = System.nanoTime();
        int violations = new InvariantChecker().check(problem, assignment).size();
        double checkSeconds = (System.nanoTime() - checkStarted) / 1e9;
        long unassigned = Arrays.stream(assignment.schoolOf())
                .filter(s -> s == Assignment.UNASSIGNED)
                .count();
        System.out.printf(
                "%d applicants x %d schools x %d choices: DA best %.3f s, median %.3f s; checker %.3f s,"
                        + " %d violations; %d unassigned; heap used %d MB%n",
                applicants,
                schools,
                choices,
                seconds[0],
                seconds[repetitions / 2],
                checkSeconds,
                violations,
                unassigned,
                (Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory()) >> 20);
    }
}
