package cn.baishan.enrollment.catchment.zones.domain;

import cn.baishan.enrollment.catchment.schools.domain.GeoPoint;
import java.util.List;

/**
 * The answer to "which zone is this address in": one zone, several candidates (ambiguous — the rules
 * overlap or the address is incomplete), or none; always with an explanation, never a guess. {@code
 * location} is the position of the matched rule when MATCHED and the rule has one, else null.
 */
public record AddressMatch(
        Outcome outcome, List<Located> candidates, ParsedAddress parsed, String explanation, GeoPoint location) {

    public enum Outcome {
        MATCHED,
        AMBIGUOUS,
        UNMATCHED
    }

    public AddressMatch {
        candidates = List.copyOf(candidates);
    }

    /** An answer without a position (ambiguous, unmatched, or a rule with no coordinates). */
    public AddressMatch(Outcome outcome, List<Located> candidates, ParsedAddress parsed, String explanation) {
        this(outcome, candidates, parsed, explanation, null);
    }
}
