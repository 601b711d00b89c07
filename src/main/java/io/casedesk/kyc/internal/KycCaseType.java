package io.casedesk.kyc.internal;

import com.fasterxml.jackson.databind.JsonNode;
import io.casedesk.casetype.CaseTypeDefinition;
import io.casedesk.casetype.DetailsReader;
import io.casedesk.casetype.ReviewDecision;
import io.casedesk.kyc.KycDetails;
import io.casedesk.kyc.KycVariables;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/** KYC_VERIFICATION: the account holder's identity, checked against documents, age, duplicates and watchlists. */
@Component
class KycCaseType implements CaseTypeDefinition {

  static final String REVIEW_TASK = "Task_ReviewApplication";

  private final DetailsReader reader;

  KycCaseType(DetailsReader reader) {
    this.reader = reader;
  }

  @Override
  public String key() {
    return "KYC_VERIFICATION";
  }

  @Override
  public String processKey() {
    return "kyc-verification";
  }

  @Override
  public Class<?> detailsType() {
    return KycDetails.class;
  }

  @Override
  public JsonNode validateDetails(JsonNode details) {
    return reader.tree(reader.read(details, KycDetails.class, "details"));
  }

  @Override
  public Map<String, Object> startVariables(JsonNode details) {
    return Map.of(KycVariables.KYC_LEVEL, details.get("level").asInt());
  }

  /** An approval is refused when a hard check failed: expired document, under 18, duplicate identity. */
  @Override
  public List<String> refusals(DelegateTask task, ReviewDecision decision) {
    if (!decision.approves() || !REVIEW_TASK.equals(task.getTaskDefinitionKey())) {
      return List.of();
    }
    List<String> failed = new ArrayList<>();
    if (Boolean.TRUE.equals(task.getVariable(KycVariables.DOCUMENT_EXPIRED))) {
      failed.add("the identity document has expired");
    }
    if (Boolean.TRUE.equals(task.getVariable(KycVariables.APPLICANT_UNDERAGE))) {
      failed.add("the applicant is under 18");
    }
    if (Boolean.TRUE.equals(task.getVariable(KycVariables.DUPLICATE_IDENTITY))) {
      failed.add("the document already verifies another account");
    }
    return failed.isEmpty() ? List.of()
        : List.of("This application cannot be approved: " + String.join(", ", failed) + ". Reject it or ask the customer for more information.");
  }

  @Override
  public Map<String, String> codeLists() {
    return Map.of(KycVariables.MISSING_DOCUMENTS, "document");
  }
}
