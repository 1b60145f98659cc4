package cn.baishan.enrollment.simulator.socialinsurance;

import cn.baishan.enrollment.simulator.population.IdNumbers;
import cn.baishan.enrollment.simulator.population.Population;
import jakarta.validation.Valid;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** 人社 社保: a person's social-insurance contributions. */
@RestController
@RequestMapping("/social-insurance/v1")
class SocialInsuranceController {

    private static final Logger log = LoggerFactory.getLogger(SocialInsuranceController.class);

    private final Population population;

    SocialInsuranceController(Population population) {
        this.population = population;
    }

    @PostMapping("/contribution-queries")
    ContributionQueryResult queryContributions(@Valid @RequestBody ContributionQuery query) {
        ContributionQueryResult result = population
                .socialInsurance(query.idNumber())
                .map(record -> ContributionQueryResult.found(
                        query.requestId(), record, population.nameOf(record.insuredIdNumber())))
                .orElseGet(() -> ContributionQueryResult.notFound(query.requestId()));
        log.info(
                "Social insurance query requestId={} idNumber={} found={}",
                query.requestId(),
                IdNumbers.mask(query.idNumber()),
                result.found());
        return result;
    }
}
