package cn.baishan.enrollment.simulator.population;

import java.util.List;

/** The population file cannot be used; the message lists every problem found, not just the first. */
public class InvalidPopulationException extends RuntimeException {

    public InvalidPopulationException(String source, List<String> problems) {
        super("Population file " + source + " is invalid (" + problems.size() + " problem(s)):\n  - "
                + String.join("\n  - ", problems));
    }

    public InvalidPopulationException(String source, Throwable cause) {
        super("Population file " + source + " cannot be read: " + cause.getMessage(), cause);
    }
}
