package cn.baishan.enrollment.verification.verifications.domain;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A district's published tier order (SPEC §4): the first tier whose facts a family has gives its
 * admission category; a family with none of them is {@link Categories#OUTSIDE_ZONES}, placed by the
 * district's overall arrangement (统筹). The document is the district's announcement that publishes
 * the order, shown with it.
 */
public record TierRules(String districtCode, String basisDocument, List<TierRule> tiers) {

    public TierRules {
        tiers = List.copyOf(tiers);
        if (tiers.isEmpty()) {
            throw new IllegalArgumentException("district " + districtCode + " publishes at least one tier");
        }
        Set<String> seen = new HashSet<>();
        for (TierRule tier : tiers) {
            if (!seen.add(tier.category())) {
                throw new IllegalArgumentException(
                        "district " + districtCode + " lists category " + tier.category() + " twice");
            }
            if (Categories.OUTSIDE_ZONES.equals(tier.category())) {
                throw new IllegalArgumentException(Categories.OUTSIDE_ZONES + " is what remains, not a tier");
            }
        }
    }

    /** The default order of SPEC §4, for a district that has published none of its own. */
    public static TierRules defaults(String districtCode) {
        return new TierRules(
                districtCode,
                "白山市义务教育阳光招生专项行动方案（默认顺序）",
                List.of(
                        new TierRule(Categories.PREFERENTIAL_GROUP, "政策性照顾对象", Set.of(Fact.PREFERENTIAL_GROUP)),
                        new TierRule(
                                Categories.HUKOU_AND_PROPERTY,
                                "户房一致（片区内户籍和住房）",
                                Set.of(Fact.HUKOU_IN_ZONE, Fact.PROPERTY_IN_ZONE)),
                        new TierRule(Categories.PROPERTY_ONLY, "片区内有房（户籍不在片区）", Set.of(Fact.PROPERTY_IN_ZONE)),
                        new TierRule(Categories.HUKOU_ONLY, "片区内有户籍（无房）", Set.of(Fact.HUKOU_IN_ZONE)),
                        new TierRule(
                                Categories.MIGRANT_PERMIT_INSURANCE,
                                "随迁子女（片区内居住证和连续社保）",
                                Set.of(Fact.PERMIT_AND_INSURANCE_IN_ZONE))));
    }

    /** The category of the first tier the facts grant, else {@link Categories#OUTSIDE_ZONES}. */
    public String categoryFor(Set<Fact> facts) {
        return tierFor(facts).map(TierRule::category).orElse(Categories.OUTSIDE_ZONES);
    }

    public Optional<TierRule> tierFor(Set<Fact> facts) {
        return tiers.stream().filter(t -> t.grantedBy(facts)).findFirst();
    }

    /** 1-based rank of a category; categories outside the tiers rank after every tier. */
    public int rankOf(String category) {
        for (int i = 0; i < tiers.size(); i++) {
            if (tiers.get(i).category().equals(category)) {
                return i + 1;
            }
        }
        return tiers.size() + 1;
    }
}
