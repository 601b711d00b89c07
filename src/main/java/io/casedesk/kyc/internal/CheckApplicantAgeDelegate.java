package io.casedesk.kyc.internal;

import io.casedesk.casetype.CaseVariables;
import io.casedesk.i18n.DeskMessages;
import io.casedesk.kyc.KycDetails;
import io.casedesk.kyc.KycVariables;
import io.casedesk.platform.JsonVariables;
import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Check applicant is adult": the exchange serves only applicants of at least 18. */
@Component
public class CheckApplicantAgeDelegate implements JavaDelegate {

  static final int MINIMUM_AGE = 18;

  private final JsonVariables json;
  private final Clock clock;
  private final DeskMessages messages;

  CheckApplicantAgeDelegate(JsonVariables json, Clock clock, DeskMessages messages) {
    this.json = json;
    this.clock = clock;
    this.messages = messages;
  }

  @Override
  public void execute(DelegateExecution execution) {
    LocalDate born = json.read(execution, CaseVariables.CASE_DETAILS, KycDetails.class).applicant().dateOfBirth();
    int age = Period.between(born, LocalDate.now(clock.withZone(ZoneOffset.UTC))).getYears();
    boolean underage = age < MINIMUM_AGE;
    execution.setVariable(KycVariables.APPLICANT_UNDERAGE, underage);
    execution.setVariable(KycVariables.APPLICANT_AGE_NOTE, messages.format(
        underage ? "kyc.check.age.failed" : "kyc.check.age.passed", DeskMessages.languageOf(execution), Map.of("age", age, "born", born)));
  }
}
