package dev.custos.connectors;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** Routes are wiring: only the camel package may touch Camel, and nothing prints to the console. */
class ArchitectureTest {

  private final JavaClasses main =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("dev.custos.connectors");

  @Test
  void onlyTheCamelPackageUsesCamel() {
    noClasses()
        .that()
        .resideOutsideOfPackage("dev.custos.connectors.camel..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("org.apache.camel..")
        .check(main);
  }

  @Test
  void theCamelPackageIsUsedByNoOtherPackage() {
    noClasses()
        .that()
        .resideOutsideOfPackage("dev.custos.connectors.camel..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("dev.custos.connectors.camel..")
        .check(main);
  }

  @Test
  void nothingWritesToTheConsole() {
    noClasses()
        .should()
        .accessField(System.class, "out")
        .orShould()
        .accessField(System.class, "err")
        .check(main);
  }
}
