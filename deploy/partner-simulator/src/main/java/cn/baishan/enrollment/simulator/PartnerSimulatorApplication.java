package cn.baishan.enrollment.simulator;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** Stands in for the four partner departments so the platform runs end to end without them. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class PartnerSimulatorApplication {

    public static void main(String[] args) {
        SpringApplication.run(PartnerSimulatorApplication.class, args);
    }
}
