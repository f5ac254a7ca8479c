package io.primetrade.bootstrap;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.lang.ArchRule;

/** The dependency rules of the hexagon: everything points inward, only bootstrap sees it all. */
public final class ArchitectureRules {
  private ArchitectureRules() {}

  public static final ArchRule DOMAIN_USES_ONLY_THE_JDK =
      classes()
          .that()
          .resideInAPackage("io.primetrade.domain..")
          .should()
          .onlyDependOnClassesThat()
          .resideInAnyPackage("io.primetrade.domain..", "java..")
          .because("the domain must build and run with no libraries");

  public static final ArchRule APPLICATION_SEES_ONLY_DOMAIN_AND_ITS_APIS =
      classes()
          .that()
          .resideInAPackage("io.primetrade.application..")
          .should()
          .onlyDependOnClassesThat()
          .resideInAnyPackage(
              "io.primetrade.application..",
              "io.primetrade.domain..",
              "java..",
              "jakarta.validation..",
              "org.slf4j..")
          .because("use cases are written against ports, not technologies");

  public static final ArchRule CORE_REACHES_NO_ADAPTER =
      noClasses()
          .that()
          .resideInAnyPackage("io.primetrade.domain..", "io.primetrade.application..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("io.primetrade.adapters..", "io.primetrade.bootstrap..")
          .because("adapters plug into the core, never the other way round");

  public static final ArchRule NO_TECHNOLOGY_TYPES_IN_CORE =
      noClasses()
          .that()
          .resideInAnyPackage("io.primetrade.domain..", "io.primetrade.application..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(
              "org.jdbi..", "io.javalin..", "com.fasterxml.jackson..", "redis.clients..")
          .because("JDBI, Javalin, Jackson and Jedis types belong to their adapters");

  public static final ArchRule ADAPTERS_DO_NOT_KNOW_EACH_OTHER =
      slices()
          .matching("io.primetrade.adapters.(*)..")
          .should()
          .notDependOnEachOther()
          .because("each adapter implements or drives ports; bootstrap wires them");

  public static final ArchRule ADAPTERS_USE_PORTS_NOT_SERVICES =
      noClasses()
          .that()
          .resideInAPackage("io.primetrade.adapters..")
          .should()
          .dependOnClassesThat()
          .resideInAPackage("io.primetrade.application.service..")
          .because("adapters call use-case interfaces, never their implementations");

  public static final ArchRule NOTHING_DEPENDS_ON_BOOTSTRAP =
      noClasses()
          .that()
          .resideOutsideOfPackage("io.primetrade.bootstrap..")
          .should()
          .dependOnClassesThat()
          .resideInAPackage("io.primetrade.bootstrap..")
          .because("bootstrap wires the others and is wired by nothing");

  public static final ArchRule NO_PACKAGE_CYCLES =
      slices()
          .matching("io.primetrade.(**)")
          .should()
          .beFreeOfCycles()
          .because("cycles make packages impossible to understand or move alone");
}
