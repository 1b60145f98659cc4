package cn.baishan.enrollment.simulator.residencepermit;

import cn.baishan.enrollment.simulator.population.IdNumbers;
import cn.baishan.enrollment.simulator.population.Population;
import jakarta.validation.Valid;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** 公安 居住证: the residence permit a migrant holds in Baishan. */
@RestController
@RequestMapping("/residence-permit/v1")
class ResidencePermitController {

    private static final Logger log = LoggerFactory.getLogger(ResidencePermitController.class);

    private final Population population;

    ResidencePermitController(Population population) {
        this.population = population;
    }

    @PostMapping("/permit-queries")
    PermitQueryResult queryPermit(@Valid @RequestBody PermitQuery query) {
        PermitQueryResult result = population
                .residencePermit(query.idNumber())
                .map(permit ->
                        PermitQueryResult.found(query.requestId(), permit, population.nameOf(permit.holderIdNumber())))
                .orElseGet(() -> PermitQueryResult.notFound(query.requestId()));
        log.info(
                "Residence permit query requestId={} idNumber={} found={}",
                query.requestId(),
                IdNumbers.mask(query.idNumber()),
                result.found());
        return result;
    }
}
