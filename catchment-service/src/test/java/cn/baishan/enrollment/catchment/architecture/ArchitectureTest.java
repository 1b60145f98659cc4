package cn.baishan.enrollment.catchment.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The hexagon's dependency rule, kept true by the build. */
class ArchitectureTest {

    static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("cn.baishan.enrollment.catchment");

    @Test
    void theDomainIsPlainJava() {
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
                .check(CLASSES);
    }

    @Test
    void useCasesDoNotKnowAdapters() {
        noClasses()
                .that()
                .resideInAPackage("..usecase..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("..adapter..")
                .allowEmptyShould(true)
                .check(CLASSES);
    }

    @Test
    void adaptersDoNotDependOnEachOther() {
        String[][] pairs = {
            {"..adapter.in.web..", "..adapter.out..", "..adapter.in.messaging..", "..adapter.in.scheduling.."},
            {"..adapter.in.messaging..", "..adapter.out..", "..adapter.in.web..", "..adapter.in.scheduling.."},
            {"..adapter.in.scheduling..", "..adapter.out..", "..adapter.in.web..", "..adapter.in.messaging.."},
            {"..adapter.out.persistence..", "..adapter.in..", "..adapter.out.messaging..", "..adapter.out.partner.."},
            {"..adapter.out.messaging..", "..adapter.in..", "..adapter.out.persistence..", "..adapter.out.partner.."},
            {"..adapter.out.partner..", "..adapter.in..", "..adapter.out.persistence..", "..adapter.out.messaging.."}
        };
        for (String[] rule : pairs) {
            noClasses()
                    .that()
                    .resideInAPackage(rule[0])
                    .should()
                    .dependOnClassesThat()
                    .resideInAnyPackage(java.util.Arrays.copyOfRange(rule, 1, rule.length))
                    .allowEmptyShould(true)
                    .allowEmptyShould(true)
                    .check(CLASSES);
        }
    }
}
