package io.primetrade.bootstrap;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** Checks the production classes of every module against {@link ArchitectureRules}. */
@AnalyzeClasses(packages = "io.primetrade", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {
  @ArchTest static final ArchRule domainUsesOnlyTheJdk = ArchitectureRules.DOMAIN_USES_ONLY_THE_JDK;

  @ArchTest
  static final ArchRule applicationSeesOnlyDomainAndItsApis =
      ArchitectureRules.APPLICATION_SEES_ONLY_DOMAIN_AND_ITS_APIS;

  @ArchTest static final ArchRule coreReachesNoAdapter = ArchitectureRules.CORE_REACHES_NO_ADAPTER;

  @ArchTest
  static final ArchRule noTechnologyTypesInCore = ArchitectureRules.NO_TECHNOLOGY_TYPES_IN_CORE;

  @ArchTest
  static final ArchRule adaptersDoNotKnowEachOther =
      ArchitectureRules.ADAPTERS_DO_NOT_KNOW_EACH_OTHER;

  @ArchTest
  static final ArchRule adaptersUsePortsNotServices =
      ArchitectureRules.ADAPTERS_USE_PORTS_NOT_SERVICES;

  @ArchTest
  static final ArchRule nothingDependsOnBootstrap = ArchitectureRules.NOTHING_DEPENDS_ON_BOOTSTRAP;

  @ArchTest static final ArchRule noPackageCycles = ArchitectureRules.NO_PACKAGE_CYCLES;
}
