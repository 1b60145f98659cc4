package cn.baishan.enrollment.simulator.realestate;

import cn.baishan.enrollment.simulator.population.IdNumbers;
import cn.baishan.enrollment.simulator.population.Population;
import jakarta.validation.Valid;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** 自然资源 不动产登记: which properties a family owns. */
@RestController
@RequestMapping("/real-estate/v1")
class RealEstateController {

    private static final Logger log = LoggerFactory.getLogger(RealEstateController.class);

    private final Population population;

    RealEstateController(Population population) {
        this.population = population;
    }

    @PostMapping("/ownership-queries")
    OwnershipQueryResult queryOwnership(@Valid @RequestBody OwnershipQuery query) {
        OwnershipQueryResult result = OwnershipQueryResult.of(
                query.requestId(), population.propertiesOwnedByAny(query.idNumbers()), population::nameOf);
        log.info(
                "Real-estate ownership query requestId={} idNumbers={} properties={}",
                query.requestId(),
                query.idNumbers().stream().map(IdNumbers::mask).toList(),
                result.properties().size());
        return result;
    }
}
