package cn.baishan.enrollment.registration.notifications.domain;

import java.util.List;

/** A step of an application the family is told about, with what the message needs to say. */
public sealed interface ApplicationStep {

    /** The application was accepted (online, or at a collection point on the family's behalf). */
    record Submitted(String childName, String stage, String districtCode, int enrollmentYear)
            implements ApplicationStep {}

    /** Verification began asking the partner departments. */
    record VerificationStarted() implements ApplicationStep {}

    /** Verified with an admission category, in a catchment zone when the address lies in one. */
    record Verified(String category, String zoneCode, List<String> flags) implements ApplicationStep {
        public Verified {
            flags = flags == null ? List.of() : List.copyOf(flags);
        }
    }

    /** The one consolidated list of what is missing or does not match. */
    record NeedsSupplement(int itemCount) implements ApplicationStep {}

    /** The family answered the supplement list. */
    record Supplemented(int round, int changedFieldCount) implements ApplicationStep {}

    /** A verdict is being checked again; {@code reason} is the one line verification gives the family. */
    record VerificationReopened(String trigger, String department, String reason) implements ApplicationStep {}

    /** The family disputed what a department answered. */
    record DisputeFiled(String department) implements ApplicationStep {}
}
