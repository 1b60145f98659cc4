package cn.baishan.enrollment.verification.verifications.domain;

/**
 * One preferential-policy group a district grants the first tier to (教育优待), with what the seed's
 * checklist asks every such policy to have on record: its legal basis (实施依据) and its scope (范围).
 * District staff check a family's certificate against it; a group a district does not publish gets no
 * preference there.
 *
 * @param group the code families declare, e.g. {@code MARTYR_CHILD}
 */
public record PreferentialGroupPolicy(String group, String name, String basisDocument, String scope) {

    public PreferentialGroupPolicy {
        if (blank(group) || blank(name) || blank(basisDocument) || blank(scope)) {
            throw new IllegalArgumentException(
                    "preferential group " + group + " is published with a name, a legal basis and a scope");
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
