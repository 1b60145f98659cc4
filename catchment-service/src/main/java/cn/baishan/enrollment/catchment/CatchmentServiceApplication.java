package cn.baishan.enrollment.catchment;

import java.time.Clock;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Bean;

/** Schools, catchment zones, census and seat warnings (SPEC §3). */
@SpringBootApplication
@ConfigurationPropertiesScan
public class CatchmentServiceApplication {

    public static void main(String[] args) {
        SpringApplication.run(CatchmentServiceApplication.class, args);
    }

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
