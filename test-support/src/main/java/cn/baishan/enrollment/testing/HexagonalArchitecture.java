package cn.baishan.enrollment.testing;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.Arrays;

/**
 * The dependency rules every service keeps (STYLE.md): the domain is plain Java; use cases do not
 * know adapters; adapters do not depend on each other. Each service's ArchitectureTest calls these
 * for its own base package.
 */
public final class HexagonalArchitecture {

    private static final String[][] ADAPTERS_AND_THEIR_FORBIDDEN_NEIGHBOURS = {
        {"..adapter.in.web..", "..adapter.out..", "..adapter.in.messaging..", "..adapter.in.scheduling.."},
        {"..adapter.in.messaging..", "..adapter.out..", "..adapter.in.web..", "..adapter.in.scheduling.."},
        {"..adapter.in.scheduling..", "..adapter.out..", "..adapter.in.web..", "..adapter.in.messaging.."},
        {"..adapter.out.persistence..", "..adapter.in..", "..adapter.out.messaging..", "..adapter.out.partner.."},
        {"..adapter.out.messaging..", "..adapter.in..", "..adapter.out.persistence..", "..adapter.out.partner.."},
        {"..adapter.out.partner..", "..adapter.in..", "..adapter.out.persistence..", "..adapter.out.messaging.."}
    };

    private final JavaClasses classes;

    private HexagonalArchitecture(String basePackage) {
        this.classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(basePackage);
    }

    public static HexagonalArchitecture of(String basePackage) {
        return new HexagonalArchitecture(basePackage);
    }

    public void domainIsPlainJava() {
        noClasses()
                .that()
                .resideInAPackage("..domain..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "org.springframework..",
                        "jakarta.persistence..",
                        "tools.jackson..",
                        "com.fasterxml.jackson..",
                        "org.apache.kafka..",
                        "..usecase..",
                        "..adapter..")
                .allowEmptyShould(true)
                .check(classes);
    }

    public void useCasesDoNotKnowAdapters() {
        noClasses()
                .that()
                .resideInAPackage("..usecase..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("..adapter..")
                .allowEmptyShould(true)
                .check(classes);
    }

    public void adaptersDoNotDependOnEachOther() {
        for (String[] rule : ADAPTERS_AND_THEIR_FORBIDDEN_NEIGHBOURS) {
            noClasses()
                    .that()
                    .resideInAPackage(rule[0])
                    .should()
                    .dependOnClassesThat()
                    .resideInAnyPackage(Arrays.copyOfRange(rule, 1, rule.length))
                    .allowEmptyShould(true)
                    .check(classes);
        }
    }
}
