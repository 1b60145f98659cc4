package cn.baishan.enrollment.admission.applicants.usecase.port;

import cn.baishan.enrollment.admission.applicants.domain.SeasonInputs.Tier;
import java.util.List;

/**
 * The tier order a district published, from verification-service's public tier rules. Throws
 * {@link PartnerUnavailableException} when verification does not answer.
 */
public interface TierRulesPort {

    List<Tier> published(String districtCode);
}
