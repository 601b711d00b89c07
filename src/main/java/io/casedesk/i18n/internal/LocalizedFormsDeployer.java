package io.casedesk.i18n.internal;

import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.springframework.stereotype.Component;

/**
 * Deploys the language variants of the forms as soon as the engine is built, before the desk takes
 * requests. Duplicate filtering makes a restart without changes deploy nothing, and lets every node
 * of a cluster run the same step.
 */
@Component
class LocalizedFormsDeployer extends AbstractProcessEnginePlugin {

  static final String DEPLOYMENT_NAME = "casedesk-localized-forms";

  private final LocalizedForms forms;

  LocalizedFormsDeployer(LocalizedForms forms) {
    this.forms = forms;
  }

  @Override
  public void postProcessEngineBuild(ProcessEngine engine) {
    DeploymentBuilder deployment =
        engine.getRepositoryService().createDeployment().name(DEPLOYMENT_NAME).source("casedesk").enableDuplicateFiltering(false);
    for (Map.Entry<String, String> form : forms.build().entrySet()) {
      deployment.addString(form.getKey(), form.getValue());
    }
    deployment.deploy();
  }
}
