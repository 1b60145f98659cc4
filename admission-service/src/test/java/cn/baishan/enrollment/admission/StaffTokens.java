package cn.baishan.enrollment.admission;

import java.util.List;
import java.util.Map;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** JWTs shaped like the Baishan Keycloak realm's, for the admission web and integration tests. */
final class StaffTokens {

    private StaffTokens() {}

    /** A user with one realm role and, when given, the district and school claims that scope it. */
    static RequestPostProcessor staff(String role, String username, String district, String school) {
        return SecurityMockMvcRequestPostProcessors.jwt().jwt(j -> {
            j.subject(username)
                    .claim("preferred_username", username)
                    .claim("realm_access", Map.of("roles", List.of(role)));
            if (district != null) {
                j.claim("district", district);
            }
            if (school != null) {
                j.claim("school", school);
            }
        });
    }
}
