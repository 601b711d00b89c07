package io.casedesk.intake.internal;

import io.casedesk.intake.CaseOpener;
import org.springframework.stereotype.Service;

/** {@link CaseOpener} for other modules: the same intake as the API's. */
@Service
class CaseOpenerService implements CaseOpener {

  private final CaseIntake intake;

  CaseOpenerService(CaseIntake intake) {
    this.intake = intake;
  }

  @Override
  public Opened open(NewCase r, String idempotencyKey, String openedBy) {
    CaseIntake.Opened opened = intake.open(
        new OpenCaseRequest(r.type(), r.customerUid(), r.channel(), r.tier(), r.locale(), r.subject(), r.description(), r.details()),
        idempotencyKey, openedBy);
    return new Opened(opened.caseNumber(), opened.replayed());
  }
}
