package io.casedesk.kyc.internal;

import io.casedesk.casetype.CaseVariables;
import io.casedesk.i18n.DeskMessages;
import io.casedesk.kyc.KycDetails;
import io.casedesk.kyc.KycVariables;
import io.casedesk.platform.JsonVariables;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Check document expiry": an identity document that has expired cannot verify anyone. */
@Component
public class CheckDocumentExpiryDelegate implements JavaDelegate {

  private final JsonVariables json;
  private final Clock clock;
  private final DeskMessages messages;

  CheckDocumentExpiryDelegate(JsonVariables json, Clock clock, DeskMessages messages) {
    this.json = json;
    this.clock = clock;
    this.messages = messages;
  }

  @Override
  public void execute(DelegateExecution execution) {
    LocalDate expiresOn = json.read(execution, CaseVariables.CASE_DETAILS, KycDetails.class).identityDocument().expiresOn();
    LocalDate today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
    boolean expired = expiresOn.isBefore(today);
    execution.setVariable(KycVariables.DOCUMENT_EXPIRED, expired);
    execution.setVariable(KycVariables.DOCUMENT_EXPIRY_NOTE, messages.format(
        expired ? "kyc.check.expiry.failed" : "kyc.check.expiry.passed", DeskMessages.languageOf(execution), Map.of("date", expiresOn)));
  }
}
