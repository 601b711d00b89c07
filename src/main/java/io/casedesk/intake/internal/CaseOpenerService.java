package io.casedesk.intake.internal;

import io.casedesk.intake.CaseOpener;
import io.casedesk.web.RequestReader;
import org.springframework.stereotype.Service;

/** {@link CaseOpener} for other modules: the same intake as the API's, the body's rules included. */
@Service
class CaseOpenerService implements CaseOpener {

  private final CaseIntake intake;
  private final RequestReader requests;

  CaseOpenerService(CaseIntake intake, RequestReader requests) {
    this.intake = intake;
    this.requests = requests;
  }

  @Override
  public Opened open(NewCase r, String idempotencyKey, String openedBy) {
    OpenCaseRequest request =
        new OpenCaseRequest(r.type(), r.customerUid(), r.channel(), r.tier(), r.locale(), r.subject(), r.description(), r.details());
    CaseIntake.Opened opened = intake.open(requests.read(requests.tree(request), OpenCaseRequest.class, ""), idempotencyKey, openedBy);
    return new Opened(opened.caseNumber(), opened.replayed());
  }
}
