package cn.baishan.enrollment.simulator.population;

import cn.baishan.enrollment.simulator.SimulatorProperties;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.actuate.info.InfoContributor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.ClassPathResource;
import tools.jackson.core.JacksonException;

/** Loads the population once at start-up; an invalid file stops the application with the list of problems. */
@Configuration(proxyBeanMethods = false)
class PopulationConfiguration {

    static final String DEFAULT_POPULATION = "population/baishan-population.json";

    private static final Logger log = LoggerFactory.getLogger(PopulationConfiguration.class);

    @Bean
    Population population(SimulatorProperties properties) {
        Population population =
                properties.hasPopulationFile() ? load(Path.of(properties.populationFile())) : loadDefault();
        log.info("Loaded population {}", population.summary());
        return population;
    }

    @Bean
    InfoContributor populationInfo(Population population) {
        return builder -> builder.withDetail("population", population.summary());
    }

    static Population load(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return read(file.toAbsolutePath().toString(), in);
        } catch (IOException e) {
            throw new InvalidPopulationException(file.toAbsolutePath().toString(), e);
        }
    }

    static Population loadDefault() {
        String source = "classpath:" + DEFAULT_POPULATION;
        try (InputStream in = new ClassPathResource(DEFAULT_POPULATION).getInputStream()) {
            return read(source, in);
        } catch (IOException e) {
            throw new InvalidPopulationException(source, e);
        }
    }

    private static Population read(String source, InputStream in) {
        PopulationFile file;
        try {
            file = PopulationJson.MAPPER.readValue(in, PopulationFile.class);
        } catch (JacksonException e) {
            throw new InvalidPopulationException(source, e);
        }
        return Population.of(source, file);
    }
}
