package io.casedesk;

import static org.assertj.core.api.Assertions.assertThat;

import io.casedesk.i18n.SupportedLanguage;
import io.casedesk.support.CaseDeskTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.Resource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Every model under processes/ and every form under forms/ is deployed to the engine. */
@CaseDeskTest
class DeploymentTests {

  @Autowired RepositoryService repositoryService;

  @Test
  void everyFileUnderProcessesAndFormsIsDeployed() throws IOException {
    Set<String> deployed =
        repositoryService.createDeploymentQuery().list().stream()
            .flatMap(d -> repositoryService.getDeploymentResources(d.getId()).stream())
            .map(Resource::getName)
            .map(name -> Path.of(name).getFileName().toString())
            .collect(Collectors.toSet());

    List<String> files = filesIn("processes");
    files.addAll(filesIn("forms"));

    assertThat(files).contains("kyc-verification.bpmn", "sla-policy.dmn", "kyc-review.form", "kyc-compliance-approval.form");
    assertThat(deployed).containsAll(files);
  }

  @Test
  void everyProcessAndDecisionIsDeployedUnderItsKey() {
    assertThat(repositoryService.createProcessDefinitionQuery().processDefinitionKey("kyc-verification").count()).isPositive();
    assertThat(repositoryService.createProcessDefinitionQuery().processDefinitionKey("deposit-trace").count()).isPositive();
    assertThat(repositoryService.createDecisionDefinitionQuery().decisionDefinitionKey("sla-policy").count()).isPositive();
  }

  @Test
  void everyFormIsDeployedInEveryLanguage() throws IOException {
    Set<String> localized =
        repositoryService.createDeploymentQuery().deploymentName("casedesk-localized-forms").list().stream()
            .flatMap(d -> repositoryService.getDeploymentResources(d.getId()).stream())
            .map(Resource::getName)
            .collect(Collectors.toSet());
    for (String form : filesIn("forms")) {
      String id = form.substring(0, form.length() - ".form".length());
      for (SupportedLanguage language : SupportedLanguage.values()) {
        assertThat(localized).contains("forms/" + id + "-" + language.tag() + ".form");
      }
    }
  }

  private static List<String> filesIn(String folder) throws IOException {
    try (Stream<Path> files = Files.list(Path.of(folder))) {
      return files.filter(Files::isRegularFile).map(p -> p.getFileName().toString()).collect(Collectors.toList());
    }
  }
}
