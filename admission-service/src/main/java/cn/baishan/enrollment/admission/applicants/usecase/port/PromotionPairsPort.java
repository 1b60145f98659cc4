package cn.baishan.enrollment.admission.applicants.usecase.port;

import java.util.Map;

/**
 * Catchment-service's direct-promotion pairs (对口直升), city-wide. Throws
 * {@link PartnerUnavailableException} when catchment does not answer.
 */
public interface PromotionPairsPort {

    /** Primary school code → paired junior school code. */
    Map<String, String> primaryToJunior();
}
