package io.casedesk.intake.internal;

import com.fasterxml.jackson.databind.JsonNode;
import io.casedesk.cases.CaseRecord;
import io.casedesk.cases.FollowUpCases;
import io.casedesk.casetype.CustomerReply;
import org.springframework.stereotype.Component;

/** Follow-up cases go through intake like any other: the type's rules, triage, a case number, the lifecycle. */
@Component
class FollowUpCaseOpener implements FollowUpCases {

  private final CaseIntake intake;

  FollowUpCaseOpener(CaseIntake intake) {
    this.intake = intake;
  }

  @Override
  public String openFollowUp(CaseRecord previous, JsonNode previousDetails, CustomerReply reply) {
    return intake.openFollowUp(previous, previousDetails, reply);
  }
}
