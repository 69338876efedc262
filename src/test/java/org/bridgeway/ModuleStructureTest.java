package org.bridgeway;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/** Each capability is a module; none may reach into another's internals, and none may form a cycle. */
class ModuleStructureTest {

  static final ApplicationModules MODULES = ApplicationModules.of(Bridgeway.class);

  @Test
  void modulesKeepToTheirPublishedApis() {
    MODULES.verify();
  }

  @Test
  void aDiagramIsWrittenForEveryModule() {
    new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder("target/modules"))
        .writeModulesAsPlantUml()
        .writeIndividualModulesAsPlantUml();
    MODULES.forEach(module -> assertThat(Path.of("target/modules", "module-" + module.getIdentifier() + ".puml"))
        .exists());
  }
}
