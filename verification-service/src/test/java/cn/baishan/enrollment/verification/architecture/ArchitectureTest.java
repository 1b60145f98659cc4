package cn.baishan.enrollment.verification.architecture;

import cn.baishan.enrollment.testing.HexagonalArchitecture;
import org.junit.jupiter.api.Test;

/** The hexagon's dependency rules, kept true by the build. */
class ArchitectureTest {

    static final HexagonalArchitecture RULES = HexagonalArchitecture.of("cn.baishan.enrollment.verification");

    @Test
    void theDomainIsPlainJava() {
        RULES.domainIsPlainJava();
    }

    @Test
    void useCasesDoNotKnowAdapters() {
        RULES.useCasesDoNotKnowAdapters();
    }

    @Test
    void adaptersDoNotDependOnEachOther() {
        RULES.adaptersDoNotDependOnEachOther();
    }
}
