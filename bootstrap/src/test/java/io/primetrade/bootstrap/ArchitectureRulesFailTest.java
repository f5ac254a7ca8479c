package io.primetrade.bootstrap;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import io.primetrade.adapters.archfixture.AdapterUsingBootstrap;
import io.primetrade.adapters.archfixture.AdapterUsingOtherAdapter;
import io.primetrade.adapters.archfixture.AdapterUsingService;
import io.primetrade.adapters.security.BcryptPasswordHasher;
import io.primetrade.application.archfixture.ApplicationUsingJavalin;
import io.primetrade.archfixture.cycle.a.Chicken;
import io.primetrade.archfixture.cycle.b.Egg;
import io.primetrade.domain.archfixture.DomainUsingAdapter;
import io.primetrade.domain.archfixture.DomainUsingJackson;
import org.junit.jupiter.api.Test;

/**
 * Proves each architecture rule can fail: every rule is checked against a small class in test
 * sources that breaks it on purpose, and must report that class.
 */
class ArchitectureRulesFailTest {
  private static JavaClasses importOf(Class<?>... classes) {
    return new ClassFileImporter().importClasses(classes);
  }

  private static void assertViolatedBy(ArchRule rule, Class<?> violator, Class<?>... others) {
    Class<?>[] all = new Class<?>[others.length + 1];
    all[0] = violator;
    System.arraycopy(others, 0, all, 1, others.length);
    assertThatThrownBy(() -> rule.check(importOf(all)))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining(violator.getName());
  }

  @Test
  void domainUsesOnlyTheJdk_failsOnDomainClassUsingJackson() {
    assertViolatedBy(ArchitectureRules.DOMAIN_USES_ONLY_THE_JDK, DomainUsingJackson.class);
  }

  @Test
  void applicationSeesOnlyDomainAndItsApis_failsOnUseCaseSpeakingHttp() {
    assertViolatedBy(
        ArchitectureRules.APPLICATION_SEES_ONLY_DOMAIN_AND_ITS_APIS, ApplicationUsingJavalin.class);
  }

  @Test
  void coreReachesNoAdapter_failsOnDomainClassUsingAdapter() {
    assertViolatedBy(ArchitectureRules.CORE_REACHES_NO_ADAPTER, DomainUsingAdapter.class);
  }

  @Test
  void noTechnologyTypesInCore_failsOnJavalinOrJacksonInCore() {
    assertViolatedBy(ArchitectureRules.NO_TECHNOLOGY_TYPES_IN_CORE, ApplicationUsingJavalin.class);
    assertViolatedBy(ArchitectureRules.NO_TECHNOLOGY_TYPES_IN_CORE, DomainUsingJackson.class);
  }

  @Test
  void adaptersDoNotKnowEachOther_failsOnAdapterUsingAnother() {
    assertViolatedBy(
        ArchitectureRules.ADAPTERS_DO_NOT_KNOW_EACH_OTHER,
        AdapterUsingOtherAdapter.class,
        BcryptPasswordHasher.class);
  }

  @Test
  void adaptersUsePortsNotServices_failsOnAdapterUsingService() {
    assertViolatedBy(ArchitectureRules.ADAPTERS_USE_PORTS_NOT_SERVICES, AdapterUsingService.class);
  }

  @Test
  void nothingDependsOnBootstrap_failsOnAdapterUsingBuilder() {
    assertViolatedBy(ArchitectureRules.NOTHING_DEPENDS_ON_BOOTSTRAP, AdapterUsingBootstrap.class);
  }

  @Test
  void noPackageCycles_failsOnTwoPackagesUsingEachOther() {
    assertViolatedBy(ArchitectureRules.NO_PACKAGE_CYCLES, Chicken.class, Egg.class);
  }
}
