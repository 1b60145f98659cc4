package cn.baishan.enrollment.verification.verifications.domain;

import java.util.List;

/** What catchment said about the verified address: its zone and schools, no zone, or no answer. */
public sealed interface ZoneLookup {

    record Matched(String zoneCode, List<String> schoolCodes) implements ZoneLookup {
        public Matched {
            schoolCodes = List.copyOf(schoolCodes);
        }
    }

    /** No zone, or several: the zoning does not settle it (explanation from catchment). */
    record Unresolved(String explanation) implements ZoneLookup {}

    record Unavailable(String reason) implements ZoneLookup {}
}
