package cn.baishan.enrollment.simulator.population;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Prints the list of problems in the population file instead of a bean-creation stack trace. */
class InvalidPopulationFailureAnalyzer extends AbstractFailureAnalyzer<InvalidPopulationException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, InvalidPopulationException cause) {
        return new FailureAnalysis(
                cause.getMessage(),
                "Fix the file (see the population schema in the README), regenerate it with PopulationGenerator,"
                        + " or unset SIMULATOR_POPULATION_FILE to use the shipped default.",
                cause);
    }
}
