package io.casedesk.kyc.internal;

import io.casedesk.casetype.CaseVariables;
import io.casedesk.kyc.KycDetails;
import io.casedesk.ledger.LedgerPort;
import io.casedesk.platform.ExternalCall;
import io.casedesk.platform.JsonVariables;
import java.time.Clock;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * "Set KYC level on account": writes the verified level to the exchange's ledger and remembers the
 * identity document, so it cannot verify a second account.
 */
@Component
@ExternalCall
public class SetKycLevelDelegate implements JavaDelegate {

  private final JsonVariables json;
  private final LedgerPort ledger;
  private final VerifiedIdentities identities;
  private final Clock clock;

  SetKycLevelDelegate(JsonVariables json, LedgerPort ledger, VerifiedIdentities identities, Clock clock) {
    this.json = json;
    this.ledger = ledger;
    this.identities = identities;
    this.clock = clock;
  }

  @Override
  public void execute(DelegateExecution execution) {
    KycDetails details = json.read(execution, CaseVariables.CASE_DETAILS, KycDetails.class);
    String uid = (String) execution.getVariable(CaseVariables.CUSTOMER_UID);
    int current = ledger.findAccount(uid).map(a -> a.kycLevel()).orElse(0);
    if (details.level() > current) {
      ledger.setKycLevel(uid, details.level()); // a lower level applied for never downgrades the account
    }
    identities.record(
        details.identityDocument().issuingCountry(), details.identityDocument().number(), uid,
        execution.getProcessBusinessKey(), clock.instant());
  }
}
