package cn.baishan.enrollment.verification.verifications.usecase;

import cn.baishan.enrollment.verification.verifications.domain.Fact;
import cn.baishan.enrollment.verification.verifications.domain.PreferentialGroupPolicy;
import cn.baishan.enrollment.verification.verifications.domain.TierRule;
import cn.baishan.enrollment.verification.verifications.domain.TierRules;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Each district's published tier order under {@code baishan.tier-rules.districts.<code>}: the document
 * that publishes it and the ordered tiers, each a category, its public name and the facts it requires,
 * and the preferential-policy groups it grants, each with its legal basis and scope (the default groups
 * when it lists none).
 * A district without an entry uses the default order of SPEC §4. Checked at start-up: a typo in a
 * district's rules stops the service instead of ranking families wrongly.
 */
@ConfigurationProperties("baishan.tier-rules")
public record TierRulesSettings(Map<String, District> districts) {

    public TierRulesSettings {
        districts = districts == null ? Map.of() : Map.copyOf(districts);
        districts.forEach((code, district) -> district.toRules(code));
    }

    /** One district's published order. */
    public record District(String basisDocument, List<Tier> tiers, List<Group> preferentialGroups) {

        TierRules toRules(String districtCode) {
            if (basisDocument == null || basisDocument.isBlank()) {
                throw new IllegalArgumentException(
                        "district " + districtCode + ": tier rules name their basis document");
            }
            return new TierRules(
                    districtCode,
                    basisDocument,
                    (tiers == null ? List.<Tier>of() : tiers)
                            .stream()
                                    .map(t -> new TierRule(t.category(), t.name(), t.requires()))
                                    .toList(),
                    preferentialGroups == null || preferentialGroups.isEmpty()
                            ? TierRules.DEFAULT_PREFERENTIAL_GROUPS
                            : preferentialGroups.stream()
                                    .map(g -> new PreferentialGroupPolicy(
                                            g.group(), g.name(), g.basisDocument(), g.scope()))
                                    .toList());
        }
    }

    /** One preferential-policy group: code, public name, legal basis, scope. */
    public record Group(String group, String name, String basisDocument, String scope) {}

    /** One tier: category, public name, required facts. */
    public record Tier(String category, String name, Set<Fact> requires) {}

    /** The district's published order, or the default one. */
    public TierRules forDistrict(String districtCode) {
        District district = districts.get(districtCode);
        return district == null ? TierRules.defaults(districtCode) : district.toRules(districtCode);
    }
}
