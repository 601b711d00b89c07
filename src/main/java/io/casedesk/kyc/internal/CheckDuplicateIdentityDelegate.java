package io.casedesk.kyc.internal;

import io.casedesk.casetype.CaseVariables;
import io.casedesk.kyc.KycDetails;
import io.casedesk.kyc.KycVariables;
import io.casedesk.platform.JsonVariables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Check duplicate identity": one identity document verifies one account only. */
@Component
public class CheckDuplicateIdentityDelegate implements JavaDelegate {

  private final JsonVariables json;
  private final VerifiedIdentities identities;

  CheckDuplicateIdentityDelegate(JsonVariables json, VerifiedIdentities identities) {
    this.json = json;
    this.identities = identities;
  }

  @Override
  public void execute(DelegateExecution execution) {
    var document = json.read(execution, CaseVariables.CASE_DETAILS, KycDetails.class).identityDocument();
    String uid = (String) execution.getVariable(CaseVariables.CUSTOMER_UID);
    var other = identities.find(document.issuingCountry(), document.number()).filter(v -> !v.customerUid().equals(uid));
    execution.setVariable(KycVariables.DUPLICATE_IDENTITY, other.isPresent());
    execution.setVariable(
        KycVariables.DUPLICATE_IDENTITY_NOTE,
        other
            .map(v -> "FAILED: document already verified for account " + v.customerUid() + " in case " + v.caseNumber())
            .orElse("passed: document not used by another account"));
  }
}
