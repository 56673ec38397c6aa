package dev.custos.policies;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The privacy core stays pure Java, Bouncy Castle stays behind one seam, and YAML parsing stays in
 * the policy-pack loader.
 */
@AnalyzeClasses(
    packages = "dev.custos.policies",
    importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

  @ArchTest
  static final ArchRule policiesIsPureJava =
      noClasses()
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(
              "jakarta..",
              "javax.persistence..",
              "org.apache.camel..",
              "org.eclipse.microprofile..",
              "org.hibernate..",
              "dev.custos.connectors..",
              "dev.custos.server..",
              "dev.custos.installer..")
          .as(
              "policies knows nothing of Jakarta EE, JPA, Camel, MicroProfile or the other modules");

  @ArchTest
  static final ArchRule bouncyCastleOnlyInCrypto =
      noClasses()
          .that()
          .resideOutsideOfPackage("dev.custos.policies.crypto..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("org.bouncycastle..")
          .as("Bouncy Castle is imported only by dev.custos.policies.crypto");

  @ArchTest
  static final ArchRule yamlOnlyInTheLoaders =
      noClasses()
          .that()
          .resideOutsideOfPackages(
              "dev.custos.policies.purpose..",
              "dev.custos.policies.retention..",
              "dev.custos.policies.yaml..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("org.snakeyaml..")
          .as(
              "snakeyaml-engine is imported only by the shared YAML reader and the pack and rule loaders");
}
