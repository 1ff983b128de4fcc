package io.herald;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.http.annotation.Controller;
import io.micronaut.serde.annotation.Serdeable;
import org.junit.jupiter.api.Test;

import java.util.List;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackages;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The package rules, stated where they fail loudly:
 * packages by feature without cycles; {@code system} is the base that knows no feature; controllers are
 * thin entry points nobody calls; tables are records; only controllers speak HTTP; a use-case's request is a
 * {@code @Serdeable} record that no other feature uses. In {@code notification}: only the announcement mappers read
 * the features that make news, channels do not know each other, and other features see only its API (and its
 * delivery progress).
 */
class ArchitectureTest {

    private static final JavaClasses HERALD = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .withImportOption(location -> !location.contains("/io/herald/generated/"))
            // Micronaut's compile-time bean definitions ($Foo$Definition) refer to everything by design.
            .withImportOption(location -> !location.contains("/$"))
            .importPackages("io.herald");

    @Test
    void featurePackagesHaveNoCycles() {
        slices().matching("io.herald.(*)..").should().beFreeOfCycles().check(HERALD);
    }

    @Test
    void systemKnowsNoFeature() {
        noClasses().that().resideInAPackage("io.herald.system..")
                .should().dependOnClassesThat(resideInAPackage("io.herald..").and(resideOutsideOfPackage("io.herald.system..")))
                .check(HERALD);
    }

    @Test
    void onlyTheAnnouncementMappersReadTheFeaturesThatMakeNews() {
        noClasses().that().resideInAPackage("io.herald.notification..")
                .and().resideOutsideOfPackage("io.herald.notification.announce..")
                .should().dependOnClassesThat().resideInAnyPackage("io.herald.incident..", "io.herald.maintenance..",
                        "io.herald.component..")
                .check(HERALD);
    }

    @Test
    void channelsDoNotKnowEachOther() {
        List<String> channels = List.of("email", "webhook", "chat", "x");
        for (String channel : channels) {
            for (String other : channels) {
                if (!other.equals(channel)) {
                    noClasses().that().resideInAPackage("io.herald.notification." + channel + "..")
                            .should().dependOnClassesThat().resideInAPackage("io.herald.notification." + other + "..")
                            .check(HERALD);
                }
            }
        }
    }

    @Test
    void otherFeaturesSeeOnlyTheNotificationApiAndItsProgress() {
        noClasses().that().resideOutsideOfPackage("io.herald.notification..")
                .should().dependOnClassesThat(resideInAPackage("io.herald.notification..")
                        .and(resideOutsideOfPackages("io.herald.notification", "io.herald.notification.progress")))
                .check(HERALD);
    }

    @Test
    void nothingCallsAController() {
        noClasses().should().dependOnClassesThat().areAnnotatedWith(Controller.class).check(HERALD);
    }

    @Test
    void controllersLiveInTheirFeatureAndAreNamedSo() {
        classes().that().areAnnotatedWith(Controller.class).should().haveSimpleNameEndingWith("Controller")
                .andShould().notBePublic().check(HERALD);
    }

    @Test
    void tablesAreRecords() {
        classes().that().areAnnotatedWith(MappedEntity.class).should().beRecords().check(HERALD);
    }

    @Test
    void useCasesDoNotSpeakHttp() {
        noClasses().that().areNotAnnotatedWith(Controller.class)
                .and().resideInAnyPackage("io.herald.component..", "io.herald.incident..", "io.herald.maintenance..",
                        "io.herald.audit..", "io.herald.drill..")
                .should().dependOnClassesThat().resideInAPackage("io.micronaut.http.annotation..")
                .check(HERALD);
    }

    @Test
    void requestsAreStrictRecordsThatStayInTheirFeature() {
        for (String feature : List.of("io.herald.incident", "io.herald.maintenance")) {
            classes().that().resideInAPackage(feature).and().haveSimpleNameEndingWith("Request")
                    .should().beRecords().andShould().beAnnotatedWith(Serdeable.class)
                    .andShould().onlyBeAccessed().byClassesThat().resideInAPackage(feature)
                    .check(HERALD);
        }
    }
}
