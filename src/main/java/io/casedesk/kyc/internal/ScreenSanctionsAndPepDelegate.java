package io.casedesk.kyc.internal;

import io.casedesk.casetype.CaseVariables;
import io.casedesk.kyc.KycDetails;
import io.casedesk.kyc.KycVariables;
import io.casedesk.platform.JsonVariables;
import java.util.List;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * "Screen sanctions and PEP lists": a hit does not decide the case, it requires a second approval
 * by compliance.
 */
@Component
public class ScreenSanctionsAndPepDelegate implements JavaDelegate {

  private final JsonVariables json;
  private final Watchlist watchlist;

  ScreenSanctionsAndPepDelegate(JsonVariables json, Watchlist watchlist) {
    this.json = json;
    this.watchlist = watchlist;
  }

  @Override
  public void execute(DelegateExecution execution) {
    var applicant = json.read(execution, CaseVariables.CASE_DETAILS, KycDetails.class).applicant();
    List<Watchlist.Entry> hits = watchlist.screen(applicant.fullName(), applicant.dateOfBirth());
    execution.setVariable(KycVariables.SCREENING_HIT, !hits.isEmpty());
    execution.setVariable(
        KycVariables.SCREENING_NOTE,
        hits.isEmpty()
            ? "passed: no match among " + watchlist.size() + " watchlist entries"
            : "HIT: "
                + hits.stream()
                    .map(h -> h.list() + " " + h.name() + " (born " + (h.dateOfBirth() == null ? "unknown" : h.dateOfBirth()) + ", " + h.nationality() + ", " + h.reference() + ")")
                    .collect(Collectors.joining("; ")));
  }
}
