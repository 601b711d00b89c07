package io.casedesk.kyc.internal;

import io.casedesk.casetype.CaseVariables;
import io.casedesk.i18n.DeskMessages;
import io.casedesk.kyc.KycDetails;
import io.casedesk.kyc.KycVariables;
import io.casedesk.platform.JsonVariables;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Check duplicate identity": one identity document verifies one account only. */
@Component
public class CheckDuplicateIdentityDelegate implements JavaDelegate {

  private final JsonVariables json;
  private final VerifiedIdentities identities;
  private final DeskMessages messages;

  CheckDuplicateIdentityDelegate(JsonVariables json, VerifiedIdentities identities, DeskMessages messages) {
    this.json = json;
    this.identities = identities;
    this.messages = messages;
  }

  @Override
  public void execute(DelegateExecution execution) {
    var document = json.read(execution, CaseVariables.CASE_DETAILS, KycDetails.class).identityDocument();
    String uid = (String) execution.getVariable(CaseVariables.CUSTOMER_UID);
    var other = identities.find(document.issuingCountry(), document.number()).filter(v -> !v.customerUid().equals(uid));
    execution.setVariable(KycVariables.DUPLICATE_IDENTITY, other.isPresent());
    var language = DeskMessages.languageOf(execution);
    execution.setVariable(
        KycVariables.DUPLICATE_IDENTITY_NOTE,
        other
            .map(v -> messages.format("kyc.check.duplicate.failed", language, Map.of("account", v.customerUid(), "case", v.caseNumber())))
            .orElse(messages.text("kyc.check.duplicate.passed", language)));
  }
}
