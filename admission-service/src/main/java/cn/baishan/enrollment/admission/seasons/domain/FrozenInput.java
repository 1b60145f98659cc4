package cn.baishan.enrollment.admission.seasons.domain;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;

/**
 * The season's allocation input as frozen at closing: the canonical text (what is published and re-run), its
 * digest, the applications behind it and those left out. Never changes once stored.
 */
public record FrozenInput(
        String text,
        String digest,
        List<Entrant> entrants,
        List<ExcludedApplication> excluded,
        List<String> tierNames) {

    public FrozenInput {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(digest, "digest");
        entrants = List.copyOf(entrants);
        excluded = List.copyOf(excluded);
        tierNames = List.copyOf(tierNames);
        // the public id is the lottery input: two applications sharing one would share a lottery number
        var seen = new HashSet<String>();
        for (Entrant e : entrants) {
            if (!seen.add(e.publicId())) {
                throw SeasonStepException.outOfOrder(
                        "public-id-collision", "两个申请的公开编号相同（" + e.publicId() + "），名单无法截止，请联系技术支持。");
            }
        }
        for (ExcludedApplication e : excluded) {
            if (!seen.add(e.publicId())) {
                throw SeasonStepException.outOfOrder(
                        "public-id-collision", "两个申请的公开编号相同（" + e.publicId() + "），名单无法截止，请联系技术支持。");
            }
        }
    }
}
