package cn.baishan.enrollment.verification.verifications.domain;

/** What asking the household registry gave: a record, a definite "no such person", or no answer. */
public sealed interface HouseholdLookup {

    record Found(HouseholdRecord record) implements HouseholdLookup {}

    record NotFound() implements HouseholdLookup {}

    record Unavailable(String reason) implements HouseholdLookup {}
}
