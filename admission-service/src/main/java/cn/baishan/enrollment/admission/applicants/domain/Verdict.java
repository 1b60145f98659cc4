package cn.baishan.enrollment.admission.applicants.domain;

import java.util.List;

/**
 * Verification's verdict as admission keeps it.
 *
 * @param verified true for VERIFIED, false for NEEDS_SUPPLEMENT
 * @param home null when verification could not place the home on the map
 */
public record Verdict(
        boolean verified,
        String category,
        List<String> facts,
        String zoneCode,
        List<String> zoneSchoolCodes,
        List<String> flags,
        HomeLocation home) {

    public static final String WARNING_PERIOD_ARRIVAL = "WARNING_PERIOD_ARRIVAL";

    public Verdict {
        facts = facts == null ? List.of() : List.copyOf(facts);
        zoneSchoolCodes = zoneSchoolCodes == null ? List.of() : List.copyOf(zoneSchoolCodes);
        flags = flags == null ? List.of() : List.copyOf(flags);
    }

    public boolean warningPeriodArrival() {
        return flags.contains(WARNING_PERIOD_ARRIVAL);
    }
}
