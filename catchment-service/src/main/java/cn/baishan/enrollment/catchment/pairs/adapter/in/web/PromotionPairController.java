package cn.baishan.enrollment.catchment.pairs.adapter.in.web;

import cn.baishan.enrollment.catchment.pairs.domain.PromotionPair;
import cn.baishan.enrollment.catchment.pairs.usecase.PromotionPairsUseCase;
import cn.baishan.enrollment.catchment.schools.domain.School;
import cn.baishan.enrollment.catchment.schools.domain.Stage;
import cn.baishan.enrollment.catchment.schools.usecase.ViewSchoolsQuery;
import cn.baishan.enrollment.catchment.web.CsvSheet;
import cn.baishan.enrollment.catchment.web.Scopes;
import cn.baishan.enrollment.platform.security.Caller;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
class PromotionPairController {

    private final PromotionPairsUseCase pairs;
    private final ViewSchoolsQuery schools;

    PromotionPairController(PromotionPairsUseCase pairs, ViewSchoolsQuery schools) {
        this.pairs = pairs;
        this.schools = schools;
    }

    /** CSV: primarySchoolCode, juniorSchoolCode, note; replaces the pairs of the districts in the sheet. */
    @PostMapping(
            path = "/api/catchment/promotion-pairs/import",
            consumes = {"text/csv", "text/plain"})
    Map<String, Integer> importPairs(Caller caller, @RequestBody String csv) {
        return Map.of("imported", pairs.importPairs(CsvSheet.read(csv), Scopes.editableDistricts(caller)));
    }

    /** Public: which junior school each primary school promotes to, with both schools' yearly seats. */
    @GetMapping("/api/public/promotion-pairs")
    List<PairView> list(@RequestParam(required = false) String districtCode) {
        Map<String, School> byCode =
                schools.inDistrict(districtCode).stream().collect(Collectors.toMap(School::code, Function.identity()));
        return pairs.list(districtCode).stream()
                .map(p -> PairView.of(p, byCode.get(p.primarySchoolCode()), byCode.get(p.juniorSchoolCode())))
                .toList();
    }

    record PairView(
            String districtCode,
            String primarySchoolCode,
            String primarySchoolName,
            int primarySeats,
            String juniorSchoolCode,
            String juniorSchoolName,
            int juniorSeats,
            String note) {

        static PairView of(PromotionPair p, School primary, School junior) {
            return new PairView(
                    p.districtCode(),
                    p.primarySchoolCode(),
                    primary == null ? null : primary.name(),
                    primary == null
                            ? 0
                            : primary.intake(Stage.PRIMARY).map(i -> i.seats()).orElse(0),
                    p.juniorSchoolCode(),
                    junior == null ? null : junior.name(),
                    junior == null
                            ? 0
                            : junior.intake(Stage.JUNIOR).map(i -> i.seats()).orElse(0),
                    p.note());
        }
    }
}
