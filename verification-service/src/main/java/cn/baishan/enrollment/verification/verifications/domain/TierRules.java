package cn.baishan.enrollment.verification.verifications.domain;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A district's published tier order (SPEC §4): the first tier whose facts a family has gives its
 * admission category; a family with none of them is {@link Categories#OUTSIDE_ZONES}, placed by the
 * district's overall arrangement (统筹). The document is the district's announcement that publishes
 * the order, shown with it; each preferential-policy group it grants is published with its own legal
 * basis and scope.
 */
public record TierRules(
        String districtCode,
        String basisDocument,
        List<TierRule> tiers,
        List<PreferentialGroupPolicy> preferentialGroups) {

    /** The national and provincial groups (seed §二: 烈士子女, 现役军人子女, 公安英模…), for a district that lists none. */
    public static final List<PreferentialGroupPolicy> DEFAULT_PREFERENTIAL_GROUPS = List.of(
            new PreferentialGroupPolicy("MARTYR_CHILD", "烈士子女", "《烈士褒扬条例》及吉林省有关规定", "烈士的子女，凭烈士证明书"),
            new PreferentialGroupPolicy(
                    "ACTIVE_MILITARY",
                    "符合条件的现役军人子女",
                    "《中华人民共和国军人地位和权益保障法》及国家军人子女教育优待有关规定",
                    "现役军人的子女，凭部队团级以上政治工作部门出具的证明"),
            new PreferentialGroupPolicy(
                    "POLICE_HERO",
                    "公安英模、因公牺牲伤残警察子女",
                    "国家和吉林省关于公安英模和因公牺牲伤残警察子女教育优待的有关规定",
                    "公安英模、因公牺牲或伤残人民警察的子女，凭公安机关出具的证明"),
            new PreferentialGroupPolicy(
                    "FIREFIGHTER", "消防救援人员子女", "国家关于国家综合性消防救援队伍人员及其家庭优待的有关规定", "国家综合性消防救援队伍在职人员的子女，凭所在队伍出具的证明"),
            new PreferentialGroupPolicy(
                    "HIGH_LEVEL_TALENT", "人才子女", "白山市人才政策文件（以区县教育局公布的文件为准）", "经人才主管部门认定的高层次人才的子女，凭认定证书"),
            new PreferentialGroupPolicy(
                    "OTHER_ENTITLED", "其他各类优抚对象", "国家和吉林省优抚对象教育优待有关规定（以区县教育局公布的文件为准）", "按规定享受教育优待的其他优抚对象的子女，凭主管部门证明"));

    /** A tier order with the default preferential groups. */
    public TierRules(String districtCode, String basisDocument, List<TierRule> tiers) {
        this(districtCode, basisDocument, tiers, DEFAULT_PREFERENTIAL_GROUPS);
    }

    public TierRules {
        tiers = List.copyOf(tiers);
        preferentialGroups = List.copyOf(Objects.requireNonNull(preferentialGroups));
        Set<String> groups = new HashSet<>();
        for (PreferentialGroupPolicy policy : preferentialGroups) {
            if (!groups.add(policy.group())) {
                throw new IllegalArgumentException(
                        "district " + districtCode + " lists preferential group " + policy.group() + " twice");
            }
        }
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

    /** The published policy of a preferential group, if the district grants it. */
    public Optional<PreferentialGroupPolicy> policyOf(String group) {
        return preferentialGroups.stream().filter(p -> p.group().equals(group)).findFirst();
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
