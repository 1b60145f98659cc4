package cn.baishan.enrollment.verification.verifications.domain;

/** What asking the household registry gave: a record, a definite "no such person", or no answer. */
public sealed interface HouseholdLookup {

    record Found(HouseholdRecord record) implements HouseholdLookup {}

    record NotFound() implements HouseholdLookup {}

    record Unavailable(String reason) implements HouseholdLookup {}

    /**
     * The department accepted the query and will answer later through the partner API (a ticket); asked
     * at {@code askedAt}, so an answer that arrived meanwhile is not overlooked.
     */
    record Awaiting(String reason, java.time.Instant askedAt) implements HouseholdLookup {}
}
