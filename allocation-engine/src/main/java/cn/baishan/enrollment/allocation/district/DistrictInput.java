package cn.baishan.enrollment.allocation.district;

import java.util.List;
import java.util.Objects;

/**
 * Everything one district's allocation of one stage and year depends on, in the masked form the district
 * publishes: schools with their seats, zones, and each child's public id, tier, zone, choices and the
 * facts the later phases need. No name, no ID number, no address, no coordinates: a child's distance to
 * the schools enters only as the order {@code nearbySchools} (nearest first), computed by admission from
 * the verified home location before the list is frozen. {@link DistrictInputText} writes and reads the
 * canonical text whose SHA-256 is the run's input digest.
 *
 * @param tiers the district's published tier order, category names, first tier first; a child's
 *     {@code tierRank} is its 1-based position here
 */
public record DistrictInput(
        String districtCode,
        String stage,
        int enrollmentYear,
        List<String> tiers,
        List<SchoolSeats> schools,
        List<Zone> zones,
        List<Child> children) {

    public DistrictInput {
        Objects.requireNonNull(districtCode);
        Objects.requireNonNull(stage);
        tiers = List.copyOf(tiers);
        schools = List.copyOf(schools);
        zones = List.copyOf(zones);
        children = List.copyOf(children);
    }

    /**
     * A school of the stage in the district's allocation: the plan's seats and the seats reserved (预留),
     * which the allocation never fills; {@code capacity() = seats - reservedSeats}.
     */
    public record SchoolSeats(String schoolCode, int seats, int reservedSeats) {

        public int capacity() {
            return seats - reservedSeats;
        }
    }

    /** A catchment zone in force: one school (单校划片) or several the parents rank (多校划片). */
    public record Zone(String zoneCode, ZoneType type, List<String> schoolCodes) {

        public Zone {
            schoolCodes = List.copyOf(schoolCodes);
        }
    }

    public enum ZoneType {
        SINGLE,
        MULTI
    }

    /**
     * One verified application.
     *
     * @param zoneCode the verified zone, null when the child has none (outside every zone, or unresolved)
     * @param preferences the parents' ranked schools of a multi-school zone; empty otherwise
     * @param warningPeriodArrival hukou or home registered on or after a seat warning's start: placed by the
     *     district's overall arrangement, not guaranteed the zone school
     * @param siblingSchoolCode the older sibling's school (长幼随学), or null
     * @param promotionSchoolCode grade 7: the junior school paired with the child's primary school (对口直升), or null
     * @param disability the expert committee's binding placement, or null
     * @param nearbySchools every school of the stage in the district, nearest to the verified home first;
     *     empty when the home has no verified location (then school code order is used)
     */
    public record Child(
            String publicId,
            int tierRank,
            String zoneCode,
            List<String> preferences,
            boolean warningPeriodArrival,
            String siblingSchoolCode,
            String promotionSchoolCode,
            Disability disability,
            List<String> nearbySchools) {

        public Child {
            Objects.requireNonNull(publicId);
            preferences = CodeList.immutable(preferences);
            nearbySchools = CodeList.immutable(nearbySchools);
        }
    }

    /**
     * The expert committee's placement (binding): a regular class (随班就读) at {@code schoolCode} when the
     * committee named one (else the nearest zone school with a seat), a special school ({@code schoolCode}
     * names it; no seat of the regular allocation is used) or home teaching (送教上门).
     */
    public record Disability(DisabilityPlacement placement, String schoolCode) {}

    public enum DisabilityPlacement {
        REGULAR_CLASS,
        SPECIAL_SCHOOL,
        HOME_TEACHING
    }
}
