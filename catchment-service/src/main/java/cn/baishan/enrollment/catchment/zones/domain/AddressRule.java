package cn.baishan.enrollment.catchment.zones.domain;

import cn.baishan.enrollment.catchment.schools.domain.GeoPoint;

/**
 * An address rule of a zone: either a residential compound (street / community / compound, with the
 * year it was built, so new compounds are visibly mapped) or a stretch of a road (road, house-number
 * range, odd/even/all). Text parts are stored normalised. {@code location} (optional) is where the
 * compound or road stretch lies, so a matched address has a position (distances to schools) even
 * though the look-up itself goes by the rule, not the map.
 */
public record AddressRule(
        String street,
        String community,
        String compound,
        String road,
        Integer numberFrom,
        Integer numberTo,
        Parity parity,
        Integer builtYear,
        GeoPoint location) {

    public static AddressRule compound(String street, String community, String compound, Integer builtYear) {
        return new AddressRule(
                Addresses.normalize(street),
                Addresses.normalize(community),
                Addresses.normalize(compound),
                null,
                null,
                null,
                null,
                builtYear,
                null);
    }

    public static AddressRule road(String road, int from, int to, Parity parity) {
        return new AddressRule(null, null, null, Addresses.normalize(road), from, to, parity, null, null);
    }

    /** The same rule, placed at a position (or unplaced, with {@code null}). */
    public AddressRule at(GeoPoint position) {
        return new AddressRule(street, community, compound, road, numberFrom, numberTo, parity, builtYear, position);
    }

    public boolean isCompound() {
        return compound != null && !compound.isEmpty();
    }

    /** Does this rule cover the address? Parts the address leaves out do not count against it. */
    public boolean matches(ParsedAddress address) {
        if (isCompound()) {
            return compound.equals(address.compound())
                    && agrees(street, address.street())
                    && agrees(community, address.community());
        }
        return road != null
                && road.equals(address.road())
                && address.number() != null
                && address.number() >= numberFrom
                && address.number() <= numberTo
                && parity.admits(address.number());
    }

    private static boolean agrees(String ruleValue, String addressValue) {
        return ruleValue == null || ruleValue.isEmpty() || addressValue == null || ruleValue.equals(addressValue);
    }
}
