package io.casedesk.kyc.internal;

import io.casedesk.casetype.CaseVariables;
import io.casedesk.kyc.KycDetails;
import io.casedesk.kyc.KycVariables;
import io.casedesk.platform.JsonVariables;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Check document expiry": an identity document that has expired cannot verify anyone. */
@Component
public class CheckDocumentExpiryDelegate implements JavaDelegate {

  private final JsonVariables json;
  private final Clock clock;

  CheckDocumentExpiryDelegate(JsonVariables json, Clock clock) {
    this.json = json;
    this.clock = clock;
  }

  @Override
  public void execute(DelegateExecution execution) {
    LocalDate expiresOn = json.read(execution, CaseVariables.CASE_DETAILS, KycDetails.class).identityDocument().expiresOn();
    LocalDate today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
    boolean expired = expiresOn.isBefore(today);
    execution.setVariable(KycVariables.DOCUMENT_EXPIRED, expired);
    execution.setVariable(
        KycVariables.DOCUMENT_EXPIRY_NOTE, expired ? "FAILED: expired on " + expiresOn : "passed: valid until " + expiresOn);
  }
}
