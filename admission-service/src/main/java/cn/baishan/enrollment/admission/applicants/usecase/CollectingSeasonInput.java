package cn.baishan.enrollment.admission.applicants.usecase;

import cn.baishan.enrollment.admission.applicants.domain.ApplicantFile;
import cn.baishan.enrollment.admission.applicants.domain.SeasonInputs;
import cn.baishan.enrollment.admission.applicants.domain.SeasonInputs.SeasonSchool;
import cn.baishan.enrollment.admission.applicants.domain.SeasonInputs.SeasonZone;
import cn.baishan.enrollment.admission.applicants.usecase.port.ApplicantRepository;
import cn.baishan.enrollment.admission.applicants.usecase.port.PromotionPairsPort;
import cn.baishan.enrollment.admission.applicants.usecase.port.TierRulesPort;
import cn.baishan.enrollment.admission.plans.domain.Stage;
import cn.baishan.enrollment.admission.plans.usecase.ViewPlansQuery;
import java.util.Map;
import org.springframework.stereotype.Service;

/**
 * Gathers a season's input from its sources — verification's published tier order, the season's plans
 * and catchment's zones and direct-promotion pairs, admission's applicants — and builds it with
 * {@link SeasonInputs}. Any source not answering fails the whole collection: an input is never built
 * from part of the data.
 */
@Service
class CollectingSeasonInput implements CollectSeasonInputUseCase {

    private final TierRulesPort tierRules;
    private final PromotionPairsPort promotionPairs;
    private final ViewPlansQuery plans;
    private final ApplicantRepository applicants;

    CollectingSeasonInput(
            TierRulesPort tierRules,
            PromotionPairsPort promotionPairs,
            ViewPlansQuery plans,
            ApplicantRepository applicants) {
        this.tierRules = tierRules;
        this.promotionPairs = promotionPairs;
        this.plans = plans;
        this.applicants = applicants;
    }

    @Override
    public SeasonInput collect(String districtCode, int enrollmentYear, String stage) {
        Stage s = Stage.ofApplication(stage);
        var tiers = tierRules.published(districtCode);
        var season = plans.season(districtCode, enrollmentYear, s);
        Map<String, String> pairs = s == Stage.JUNIOR ? promotionPairs.primaryToJunior() : Map.of();
        var built = SeasonInputs.build(
                districtCode,
                enrollmentYear,
                s.name(),
                tiers,
                season.schools().stream()
                        .map(p -> new SeasonSchool(
                                p.plan().key().schoolCode(),
                                p.school().lon(),
                                p.school().lat(),
                                p.plan().seats(),
                                p.plan().reservedSeats()))
                        .toList(),
                season.zones().stream()
                        .map(z -> new SeasonZone(z.zoneCode(), z.type(), z.schoolCodes()))
                        .toList(),
                pairs,
                applicants.list(districtCode, enrollmentYear, s.name(), null));
        return new SeasonInput(
                built.input(),
                built.entrants().stream().map(ApplicantFile::toApplicant).toList(),
                built.excluded().stream()
                        .map(e -> new Excluded(e.publicId(), e.status(), e.reason()))
                        .toList(),
                built.tierNames());
    }
}
