package cn.baishan.enrollment.verification.verifications.domain;

import java.util.List;

/** What catchment said about the verified address: its zone and schools, no zone, or no answer. */
public sealed interface ZoneLookup {

    /**
     * The address lies in one zone. {@code location}: where catchment places the address (the matched
     * address rule's position), null when catchment has none for it.
     */
    record Matched(String zoneCode, List<String> schoolCodes, Coordinates location) implements ZoneLookup {
        public Matched {
            schoolCodes = List.copyOf(schoolCodes);
        }

        /** A match without a position. */
        public Matched(String zoneCode, List<String> schoolCodes) {
            this(zoneCode, schoolCodes, null);
        }
    }

    /** No zone, or several: the zoning does not settle it (explanation from catchment). */
    record Unresolved(String explanation) implements ZoneLookup {}

    record Unavailable(String reason) implements ZoneLookup {}
}
