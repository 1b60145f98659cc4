package cn.baishan.enrollment.registration.applications.usecase;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ClaimCodesTest {

    @Test
    void codesAreTenCharactersWithoutLookAlikes() {
        var codes = new ClaimCodes();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 1000; i++) {
            String code = codes.next();
            assertThat(code).hasSize(10).matches("[2-9A-HJKMNP-Z]{10}");
            seen.add(code);
        }
        assertThat(seen).hasSize(1000);
    }

    @Test
    void aCodeReadOffPaperMatchesWhateverCaseAndSpacingTheParentTypes() {
        assertThat(ClaimCodes.normalize(" abcd-efgh 23 ")).isEqualTo("ABCDEFGH23");
    }
}
