package cn.baishan.enrollment.catchment.pairs.domain;

/**
 * A direct-promotion pair (对口直升): graduates of the primary school go on to the junior school. The
 * note records the pairing's intent, e.g. 强弱搭配 (a strong school paired with a weaker one) — the
 * plan asks districts to balance resources this way, so the pairing is public.
 */
public record PromotionPair(String primarySchoolCode, String juniorSchoolCode, String districtCode, String note) {}
