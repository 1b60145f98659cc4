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
}
