package cn.baishan.enrollment.verification.verifications.domain;

import java.util.List;

/** What the real-estate registry said about the guardians: their properties (maybe none), or no answer. */
public sealed interface PropertyLookup {

    record Found(List<PropertyRecord> properties) implements PropertyLookup {
        public Found {
            properties = List.copyOf(properties);
        }
    }

    record Unavailable(String reason) implements PropertyLookup {}

    /** The department will answer later through the partner API; see {@link HouseholdLookup.Awaiting}. */
    record Awaiting(String reason, java.time.Instant askedAt) implements PropertyLookup {}
}
