package dev.custos.server;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.persistence.Entity;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;

/**
 * The module and package rules of docs/architecture.md, checked on every build: dependencies point
 * {@code server -> connectors -> policies}, code is packaged by feature, entities stay in their
 * feature's {@code store} package, and every endpoint declares who may call it.
 */
@AnalyzeClasses(packages = "dev.custos", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

  @ArchTest
  static final ArchRule connectorsDoNotKnowTheServer =
      noClasses()
          .that()
          .resideInAPackage("dev.custos.connectors..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("dev.custos.server..", "dev.custos.installer..")
          .as("connectors reach the server only through the ports they declare");

  @ArchTest
  static final ArchRule policiesDependOnNothingOfOurs =
      noClasses()
          .that()
          .resideInAPackage("dev.custos.policies..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(
              "dev.custos.connectors..", "dev.custos.server..", "dev.custos.installer..");

  @ArchTest
  static final ArchRule packagedByFeatureNotByLayer =
      noClasses()
          .should()
          .resideInAnyPackage(
              "..entities..",
              "..entity..",
              "..services..",
              "..service..",
              "..dao..",
              "..repository..",
              "..repositories..",
              "..controllers..",
              "..model..",
              "..dto..")
          .as("packages are features (account, feedback, scores, ...), not layers");

  @ArchTest
  static final ArchRule entitiesStayInTheirFeaturesStore =
      classes()
          .that()
          .areAnnotatedWith(Entity.class)
          .should()
          .resideInAPackage("dev.custos.server.*.store..")
          .as("JPA entities live in their feature's store package");

  @ArchTest
  static final ArchRule entitiesAreNotPartOfTheApi =
      noClasses()
          .that()
          .haveSimpleNameEndingWith("Resource")
          .should()
          .dependOnClassesThat()
          .areAnnotatedWith(Entity.class)
          .as("the API speaks in view records, never in entities");

  @ArchTest
  static final ArchRule everyEndpointDeclaresWhoMayCallIt =
      methods()
          .that()
          .areAnnotatedWith(GET.class)
          .or()
          .areAnnotatedWith(POST.class)
          .or()
          .areAnnotatedWith(PUT.class)
          .or()
          .areAnnotatedWith(PATCH.class)
          .or()
          .areAnnotatedWith(DELETE.class)
          .should()
          .beAnnotatedWith(RolesAllowed.class)
          .orShould()
          .beDeclaredInClassesThat()
          .areAnnotatedWith(RolesAllowed.class)
          .orShould()
          .beAnnotatedWith(PermitAll.class)
          .as("deny by default: every endpoint names its roles (or is explicitly public)");

  @ArchTest
  static final ArchRule onlySignInAndReceiptKeysArePublic =
      methods()
          .that()
          .areAnnotatedWith(PermitAll.class)
          .should()
          .beDeclaredIn(dev.custos.server.identity.AuthResource.class)
          .orShould()
          .beDeclaredIn(dev.custos.server.consent.ReceiptKeysResource.class)
          .as(
              "only the sign-in endpoints and the consent-receipt keys (which anyone must be able"
                  + " to fetch to verify a receipt offline) are public");
}
