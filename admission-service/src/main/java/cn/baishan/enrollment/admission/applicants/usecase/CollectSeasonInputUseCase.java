package cn.baishan.enrollment.admission.applicants.usecase;

import cn.baishan.enrollment.admission.applicants.domain.Applicant;
import cn.baishan.enrollment.allocation.district.DistrictInput;
import java.util.List;

/**
 * Builds the masked allocation input of one district, stage and year at the moment its application list
 * closes: the plans' seats, the zones in force, the district's published tier order, and every verified
 * application (public id, tier rank, zone, choices, flags, sibling, direct promotion, the expert
 * committee's placement, schools nearest to the verified home first).
 */
public interface CollectSeasonInputUseCase {

    SeasonInput collect(String districtCode, int enrollmentYear, String stage);

    /**
     * @param entrants the applicants behind {@code input.children()}, same order
     * @param excluded applications of the season left out (not verified yet, or waiting for a supplement), with why
     * @param tierNames the published Chinese name of each tier, same order as {@code input.tiers()}
     */
    record SeasonInput(DistrictInput input, List<Applicant> entrants, List<Excluded> excluded, List<String> tierNames) {

        public SeasonInput {
            entrants = List.copyOf(entrants);
            excluded = List.copyOf(excluded);
            tierNames = List.copyOf(tierNames);
        }
    }

    /** An application of the season not in the input, with the reason in Chinese. */
    record Excluded(String publicId, String status, String reason) {}
}
