package cn.baishan.enrollment.catchment.zones.domain;

/**
 * An address rule of a zone: either a residential compound (street / community / compound, with the
 * year it was built, so new compounds are visibly mapped) or a stretch of a road (road, house-number
 * range, odd/even/all). Text parts are stored normalised.
 */
public record AddressRule(
        String street,
        String community,
        String compound,
        String road,
        Integer numberFrom,
        Integer numberTo,
        Parity parity,
        Integer builtYear) {

    public static AddressRule compound(String street, String community, String compound, Integer builtYear) {
        return new AddressRule(
                Addresses.normalize(street),
                Addresses.normalize(community),
                Addresses.normalize(compound),
                null,
                null,
                null,
                null,
                builtYear);
    }

    public static AddressRule road(String road, int from, int to, Parity parity) {
        return new AddressRule(null, null, null, Addresses.normalize(road), from, to, parity, null);
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
