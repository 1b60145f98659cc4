package cn.baishan.enrollment.simulator.household;

import cn.baishan.enrollment.simulator.population.IdNumbers;
import cn.baishan.enrollment.simulator.population.Population;
import jakarta.validation.Valid;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** 公安 户籍: who a person is and where their hukou is registered. */
@RestController
@RequestMapping("/household-registration/v1")
class HouseholdRegistrationController {

    private static final Logger log = LoggerFactory.getLogger(HouseholdRegistrationController.class);

    private final Population population;

    HouseholdRegistrationController(Population population) {
        this.population = population;
    }

    @PostMapping("/person-queries")
    PersonQueryResult queryPerson(@Valid @RequestBody PersonQuery query) {
        PersonQueryResult result = population
                .registration(query.idNumber())
                .map(registration -> PersonQueryResult.found(query.requestId(), registration))
                .orElseGet(() -> PersonQueryResult.notFound(query.requestId()));
        log.info(
                "Household registration query requestId={} purpose={} idNumber={} found={}",
                query.requestId(),
                query.purpose(),
                IdNumbers.mask(query.idNumber()),
                result.found());
        return result;
    }
}
