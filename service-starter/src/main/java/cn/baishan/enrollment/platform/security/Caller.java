package cn.baishan.enrollment.platform.security;

import java.util.Optional;
import java.util.Set;

/**
 * Who is calling, as plain values taken from the verified access token: the token subject, the realm
 * roles, and the scope claims ({@code district}, {@code school}, {@code department}). Controllers
 * receive it as a method argument and pass it to use cases; nothing below the web adapter sees a
 * token.
 */
public record Caller(
        String subject, String username, Set<Role> roles, String districtCode, String schoolCode, String department) {

    public Caller {
        roles = Set.copyOf(roles);
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    public Optional<String> district() {
        return Optional.ofNullable(districtCode);
    }

    /** City-wide staff see every district; district staff only their own. */
    public boolean mayActInDistrict(String district) {
        if (has(Role.CITY_ADMIN) || has(Role.INSPECTOR)) {
            return true;
        }
        return districtCode != null && districtCode.equals(district);
    }
}
