package cn.baishan.enrollment.platform.security;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

/**
 * Maps a Keycloak access token to Spring authorities: each known realm role in
 * {@code realm_access.roles} becomes {@code ROLE_<name>}, and the {@code district} claim becomes
 * {@code DISTRICT_<code>} so that district scope can be checked like any other authority.
 */
public class KeycloakTokenConverter implements Converter<Jwt, AbstractAuthenticationToken> {

    public static final String DISTRICT_CLAIM = "district";
    public static final String SCHOOL_CLAIM = "school";
    public static final String DEPARTMENT_CLAIM = "department";

    @Override
    public AbstractAuthenticationToken convert(Jwt jwt) {
        Collection<GrantedAuthority> authorities = new ArrayList<>();
        for (Role role : roles(jwt)) {
            authorities.add(new SimpleGrantedAuthority("ROLE_" + role.name()));
        }
        String district = jwt.getClaimAsString(DISTRICT_CLAIM);
        if (district != null) {
            authorities.add(new SimpleGrantedAuthority("DISTRICT_" + district));
        }
        String name = jwt.getClaimAsString("preferred_username");
        return new JwtAuthenticationToken(jwt, authorities, name != null ? name : jwt.getSubject());
    }

    /** The caller described by a token; unknown roles are ignored rather than trusted. */
    public static Caller caller(Jwt jwt) {
        return new Caller(
                jwt.getSubject(),
                jwt.getClaimAsString("preferred_username"),
                roles(jwt),
                jwt.getClaimAsString(DISTRICT_CLAIM),
                jwt.getClaimAsString(SCHOOL_CLAIM),
                jwt.getClaimAsString(DEPARTMENT_CLAIM));
    }

    private static Set<Role> roles(Jwt jwt) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        Map<String, Object> realmAccess = jwt.getClaimAsMap("realm_access");
        if (realmAccess != null && realmAccess.get("roles") instanceof List<?> names) {
            for (Object name : names) {
                for (Role role : Role.values()) {
                    if (role.name().equals(name)) {
                        roles.add(role);
                    }
                }
            }
        }
        return roles;
    }
}
