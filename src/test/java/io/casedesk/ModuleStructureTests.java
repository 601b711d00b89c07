package io.casedesk;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * The desk's modules (one top-level package per capability) depend on each other without cycles and
 * only through each other's public face, the types in the module's top-level package; everything
 * else sits in its {@code internal} package. The module documentation is written under target/.
 */
class ModuleStructureTests {

  static final ApplicationModules MODULES = ApplicationModules.of(CaseDeskApplication.class);

  @Test
  void modulesHaveNoCyclesAndUseOnlyEachOthersPublicFace() {
    MODULES.verify();
  }

  @Test
  void writesTheModuleDocumentation() {
    new Documenter(MODULES)
        .writeModulesAsPlantUml()
        .writeIndividualModulesAsPlantUml()
        .writeModuleCanvases();
  }
}
