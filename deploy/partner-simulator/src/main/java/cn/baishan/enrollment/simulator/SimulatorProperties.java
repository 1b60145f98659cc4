package cn.baishan.enrollment.simulator;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the simulator.
 *
 * @param populationFile path of the population JSON file; blank means the default shipped on the classpath
 * @param faultSeed seed of the generators that decide which calls fail, so a fault scenario replays identically
 */
@ConfigurationProperties("simulator")
public record SimulatorProperties(String populationFile, long faultSeed) {

    public boolean hasPopulationFile() {
        return populationFile != null && !populationFile.isBlank();
    }
}
