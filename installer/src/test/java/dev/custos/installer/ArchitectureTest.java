package dev.custos.installer;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

@AnalyzeClasses(
    packages = "dev.custos.installer",
    importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

  @ArchTest
  static final ArchRule onlyTheCommandLineKnowsPicocli =
      noClasses()
          .that()
          .resideOutsideOfPackage("..installer.cli..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("..installer.cli..", "picocli..");

  /** User-facing text goes through picocli's writers, so tests can read it. */
  @ArchTest
  static final ArchRule nothingWritesToTheConsoleDirectly =
      noClasses()
          .should()
          .accessField(System.class, "out")
          .orShould()
          .accessField(System.class, "err");

  @ArchTest
  static final ArchRule theDemoGeneratorDoesNoIo =
      noClasses()
          .that()
          .resideInAPackage("..installer.demo..")
          .and()
          .doNotHaveSimpleName("DemoLoader")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(
              "java.io..", "java.net..", "java.nio..", "dev.custos.installer.launch..");

  @ArchTest
  static final ArchRule launchingKnowsNothingOfTheApiOrTheDemo =
      noClasses()
          .that()
          .resideInAPackage("..installer.launch..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("..installer.api..", "..installer.demo..");

  @ArchTest
  static final ArchRule theApiClientKnowsNothingOfTheDemo =
      noClasses()
          .that()
          .resideInAPackage("..installer.api..")
          .should()
          .dependOnClassesThat()
          .resideInAPackage("..installer.demo..");

  @ArchTest
  static final ArchRule theInstallerNeverLinksToTheServer =
      noClasses().should().dependOnClassesThat().resideInAPackage("dev.custos.server..");

  /**
   * The installer takes two things from the privacy core: the Bouncy Castle seam (the TLS
   * certificate, the audit signature check) and the audit chain rules that {@code custos audit
   * verify} shares with the server. Its POM leaves the rest of the core's libraries out of the
   * distribution.
   */
  @ArchTest
  static final ArchRule theInstallerUsesOnlyTheCryptoSeamAndAuditRulesOfThePrivacyCore =
      noClasses()
          .should()
          .dependOnClassesThat(
              JavaClass.Predicates.resideInAPackage("dev.custos.policies..")
                  .and(
                      JavaClass.Predicates.resideOutsideOfPackages(
                          "dev.custos.policies.crypto..", "dev.custos.policies.audit..")));
}
