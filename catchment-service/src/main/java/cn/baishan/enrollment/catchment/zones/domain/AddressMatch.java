package cn.baishan.enrollment.catchment.zones.domain;

import java.util.List;

/**
 * The answer to "which zone is this address in": one zone, several candidates (ambiguous — the rules
 * overlap or the address is incomplete), or none; always with an explanation, never a guess.
 */
public record AddressMatch(Outcome outcome, List<Located> candidates, ParsedAddress parsed, String explanation) {

    public enum Outcome {
        MATCHED,
        AMBIGUOUS,
        UNMATCHED
    }

    public AddressMatch {
        candidates = List.copyOf(candidates);
    }
}
