package cn.baishan.enrollment.verification.verifications.adapter.in.web;

import cn.baishan.enrollment.verification.verifications.domain.Fact;
import cn.baishan.enrollment.verification.verifications.domain.TierRules;
import cn.baishan.enrollment.verification.verifications.usecase.TierRulesSettings;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * The published tier order of a district (public, no login): families see in advance which verified
 * facts put them in which tier, and on which document the order rests; and which preferential-policy
 * groups the district grants, each on which legal basis and for whom.
 */
@RestController
class TierRulesController {

    private final TierRulesSettings settings;

    TierRulesController(TierRulesSettings settings) {
        this.settings = settings;
    }

    @GetMapping("/api/public/tier-rules/{districtCode:\\d{6}}")
    TierRulesView published(@PathVariable String districtCode) {
        TierRules rules = settings.forDistrict(districtCode);
        List<TierRulesView.Tier> tiers = new java.util.ArrayList<>();
        for (int i = 0; i < rules.tiers().size(); i++) {
            var t = rules.tiers().get(i);
            tiers.add(new TierRulesView.Tier(
                    i + 1,
                    t.category(),
                    t.name(),
                    t.requires().stream().sorted().map(Fact::name).toList()));
        }
        List<TierRulesView.Group> groups = rules.preferentialGroups().stream()
                .map(g -> new TierRulesView.Group(g.group(), g.name(), g.basisDocument(), g.scope()))
                .toList();
        return new TierRulesView(rules.districtCode(), rules.basisDocument(), tiers, groups);
    }

    record TierRulesView(String districtCode, String basisDocument, List<Tier> tiers, List<Group> preferentialGroups) {
        record Tier(int rank, String category, String name, List<String> requires) {}

        record Group(String group, String name, String basisDocument, String scope) {}
    }
}
