package io.casedesk.i18n;

import static io.casedesk.support.CaseApi.UID_LI_WEI;
import static io.casedesk.support.CaseApi.UID_MARIA;
import static io.casedesk.support.CaseApi.details;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.casedesk.support.CaseApi;
import io.casedesk.support.CaseDeskTest;
import io.casedesk.support.EngineDriver;
import io.casedesk.support.Resources;
import io.casedesk.support.TestClock;
import java.io.InputStream;
import java.util.Map;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;

/** A case in each of the six languages gets its tasks, queues, forms and notifications in that language. */
@CaseDeskTest
@TestClock("2026-09-14T07:30:00Z")
class LocalizationTests {

  @Autowired CaseApi api;
  @Autowired EngineDriver engine;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired FormService formService;
  @Autowired IdentityService identityService;
  @Autowired ObjectMapper objectMapper;

  @ParameterizedTest
  @EnumSource(SupportedLanguage.class)
  void aCaseInEachLanguageGetsTaskNameQueueFormAndNotificationsInThatLanguage(SupportedLanguage language) throws Exception {
    String tag = language.tag();
    ObjectNode request = api.kycCase(UID_LI_WEI, tag);
    details(request).putArray("documents");
    String caseNumber = api.openCase(request);

    JsonNode notification = api.view(caseNumber).at("/notifications/0");
    assertThat(notification.get("locale").asText()).isEqualTo(tag);
    assertThat(notification.get("subject").asText())
        .isEqualTo(notificationSubject(language, "kyc-documents-missing").replace("{caseNumber}", caseNumber));

    ObjectNode reply = api.json().createObjectNode();
    reply.putArray("documents").add(api.document("PASSPORT", null)).add(api.document("SELFIE", null));
    api.reply(caseNumber, reply);

    Task review = task(instance(caseNumber));
    assertThat(review.getName()).isEqualTo(taskName(language, "Task_ReviewApplication", "Review KYC application"));
    assertThat(candidateGroups(review)).containsExactly("kyc" + Character.toUpperCase(tag.charAt(0)) + tag.substring(1));
    assertThat(formService.getTaskFormData(review.getId()).getCamundaFormRef().getKey()).isEqualTo("kyc-review-" + tag);
    JsonNode form = deployedForm(review);
    assertThat(form.get("id").asText()).isEqualTo("kyc-review-" + tag);
    assertThat(label(form, "Field_decision")).isEqualTo(formText(language, "kyc-review.Field_decision.label", "Decision"));
  }

  @Test
  void aChineseCaseIsWorkedInChinese() throws Exception {
    String caseNumber = api.openCase(api.kycCase(UID_LI_WEI, "zh-CN"));
    Task review = task(instance(caseNumber));

    assertThat(review.getName()).isEqualTo(taskName(SupportedLanguage.ZH, "Task_ReviewApplication", "?")).matches(".*\\p{IsHan}.*");
    assertThat(review).hasCandidateGroup("kycZh");
    assertThat(label(deployedForm(review), "Field_decision")).matches(".*\\p{IsHan}.*");
  }

  @Test
  void anUnknownLocaleIsWorkedInEnglishAndTheCaseRecordsTheFallback() throws Exception {
    ObjectNode request = api.kycCase(UID_LI_WEI, "pt-BR");
    details(request).putArray("documents");
    String caseNumber = api.openCase(request);

    JsonNode view = api.view(caseNumber);
    assertThat(view.get("locale").asText()).isEqualTo("en");
    assertThat(view.get("localeFallback").asBoolean()).isTrue();
    assertThat(view.at("/notifications/0/subject").asText()).startsWith("[" + caseNumber + "] We need more documents");
  }

  @Test
  void aLanguageQueueWithoutMembersSendsItsWorkToTheEnglishQueueAndSaysSo() {
    identityService.deleteMembership("agentTr", "kycTr");
    try {
      String caseNumber = api.openCase(api.kycCase(UID_MARIA, "tr"));
      Task review = task(instance(caseNumber));
      assertThat(candidateGroups(review)).containsExactly("kycEn");
      assertThat(taskService.getVariableLocal(review.getId(), "routingNote").toString()).contains("kycTr", "kycEn");
      assertThat(review.getDescription()).contains("no agents");
      assertThat(review.getName()).isEqualTo(taskName(SupportedLanguage.TR, "Task_ReviewApplication", "?"));
    } finally {
      identityService.createMembership("agentTr", "kycTr");
    }
  }

  @Test
  void aSpecialistStepGoesToSpecialistsOfTheCaseLanguageWhereThereAreAny() {
    Group chineseCompliance = identityService.newGroup("complianceZh");
    identityService.saveGroup(chineseCompliance);
    identityService.createMembership("compliance2", "complianceZh");
    try {
      assertThat(candidateGroups(secondApprovalTask("zh"))).containsExactly("complianceZh");
      assertThat(candidateGroups(secondApprovalTask("ru"))).containsExactly("compliance");
    } finally {
      identityService.deleteGroup("complianceZh");
    }
  }

  @ParameterizedTest
  @EnumSource(SupportedLanguage.class)
  void tasklistServesItsTranslationAndOffersTheLanguage(SupportedLanguage language) {
    JsonNode locale = api.getJson("/camunda/app/tasklist/locales/" + language.tag() + ".json");
    assertThat(locale.at("/labels/PAGE_LOGIN_USERNAME").asText()).isNotBlank();
    String config = api.getText("/camunda/app/tasklist/scripts/config.js");
    assertThat(config).contains("'" + language.tag() + "'").contains("fallbackLocale: 'en'");
  }

  private Task secondApprovalTask(String locale) {
    ObjectNode request = api.kycCase(UID_MARIA, locale);
    ObjectNode applicant = details(request).with("applicant");
    applicant.put("firstName", "Mustafa");
    applicant.put("lastName", "Kaya");
    applicant.put("dateOfBirth", "1959-12-12");
    ProcessInstance kyc = instance(api.openCase(request));
    String review = task(kyc).getId();
    engine.as("agent" + Character.toUpperCase(locale.charAt(0)) + locale.substring(1),
        () -> taskService.complete(review, Map.of("decision", "APPROVE")));
    return task(kyc);
  }

  private java.util.List<String> candidateGroups(Task task) {
    return taskService.getIdentityLinksForTask(task.getId()).stream().map(link -> link.getGroupId()).toList();
  }

  private ProcessInstance instance(String caseNumber) {
    return engine.process(caseNumber, "kyc-verification");
  }

  private JsonNode deployedForm(Task task) throws Exception {
    try (InputStream in = formService.getDeployedTaskForm(task.getId())) {
      return objectMapper.readTree(in);
    }
  }

  private static String label(JsonNode form, String componentId) {
    for (JsonNode component : form.get("components")) {
      if (componentId.equals(component.path("id").asText())) {
        return component.get("label").asText();
      }
    }
    throw new AssertionError("No component " + componentId);
  }

  private String taskName(SupportedLanguage language, String activityId, String english) {
    return Resources.properties("casetypes/kyc-verification/tasks_" + language.tag() + ".properties")
        .getProperty("kyc-verification." + activityId, english);
  }

  private String formText(SupportedLanguage language, String key, String english) {
    return Resources.properties("forms/i18n/kyc-verification_" + language.tag() + ".properties").getProperty(key, english);
  }

  private static String notificationSubject(SupportedLanguage language, String template) {
    String suffix = language == SupportedLanguage.EN ? "" : "_" + language.tag();
    return Resources.properties("casetypes/kyc-verification/messages" + suffix + ".properties").getProperty(template + ".subject");
  }
}
