package cn.baishan.enrollment.simulator.fault;

import cn.baishan.enrollment.simulator.SimulatorProperties;
import java.util.EnumMap;
import java.util.Map;
import java.util.random.RandomGenerator;
import java.util.random.RandomGeneratorFactory;
import org.springframework.stereotype.Component;

/**
 * Holds the fault settings of every department and decides, call by call, whether a call fails.
 *
 * <p>Each department draws from its own generator, seeded from {@code simulator.fault-seed} and
 * re-seeded whenever its settings change, so "set errorRate 0.3, make 100 calls" fails the same calls
 * every time, whatever the other departments are doing.
 */
@Component
class FaultInjector {

    /** What happens to one call. */
    enum Outcome {
        ANSWER,
        OUTAGE,
        ERROR,
        GARBAGE
    }

    /** @param garbageVariant which unparseable body to send, when the outcome is {@link Outcome#GARBAGE} */
    record Decision(long latencyMs, Outcome outcome, int garbageVariant) {}

    private record State(FaultSettings settings, RandomGenerator random) {}

    private final long seed;
    private final Map<Department, State> states = new EnumMap<>(Department.class);

    FaultInjector(SimulatorProperties properties) {
        this.seed = properties.faultSeed();
        reset();
    }

    synchronized FaultSettings settings(Department department) {
        return states.get(department).settings();
    }

    synchronized void configure(Department department, FaultSettings settings) {
        states.put(department, new State(settings, newGenerator(department)));
    }

    synchronized void reset() {
        for (Department department : Department.values()) {
            configure(department, FaultSettings.NONE);
        }
    }

    synchronized Decision decide(Department department, int garbageVariants) {
        State state = states.get(department);
        FaultSettings settings = state.settings();
        if (settings.outage()) {
            return new Decision(settings.latencyMs(), Outcome.OUTAGE, 0);
        }
        // one draw per call: errorRate and garbageRate are then exactly the shares of calls that fail
        double draw = state.random().nextDouble();
        if (draw < settings.errorRate()) {
            return new Decision(settings.latencyMs(), Outcome.ERROR, 0);
        }
        if (draw < settings.errorRate() + settings.garbageRate()) {
            return new Decision(
                    settings.latencyMs(), Outcome.GARBAGE, state.random().nextInt(garbageVariants));
        }
        return new Decision(settings.latencyMs(), Outcome.ANSWER, 0);
    }

    private RandomGenerator newGenerator(Department department) {
        return RandomGeneratorFactory.of("L64X128MixRandom").create(seed * 31 + department.ordinal());
    }
}
