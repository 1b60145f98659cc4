package cn.baishan.enrollment.verification.verifications.domain;

/**
 * What public security and human resources said about a migrant guardian: a residence permit (with
 * the zone of its address) and social insurance, either possibly absent; or no answer.
 */
public sealed interface MigrantLookup {

    /** @param permit null when the guardian has none; @param insurance null when none */
    record Found(PermitRecord permit, ZoneLookup permitZone, InsuranceRecord insurance) implements MigrantLookup {}

    record Unavailable(String source, String reason) implements MigrantLookup {}

    /** The department will answer later through the partner API; see {@link HouseholdLookup.Awaiting}. */
    record Awaiting(String source, String reason, java.time.Instant askedAt) implements MigrantLookup {}
}
