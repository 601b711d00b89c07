package io.casedesk.kyc.internal;

import io.casedesk.casetype.CaseVariables;
import io.casedesk.i18n.DeskMessages;
import io.casedesk.kyc.KycDetails;
import io.casedesk.kyc.KycVariables;
import io.casedesk.platform.JsonVariables;
import java.util.List;
import java.util.Map;
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
  private final DeskMessages messages;

  ScreenSanctionsAndPepDelegate(JsonVariables json, Watchlist watchlist, DeskMessages messages) {
    this.json = json;
    this.watchlist = watchlist;
    this.messages = messages;
  }

  @Override
  public void execute(DelegateExecution execution) {
    var applicant = json.read(execution, CaseVariables.CASE_DETAILS, KycDetails.class).applicant();
    List<Watchlist.Entry> hits = watchlist.screen(applicant.fullName(), applicant.dateOfBirth());
    execution.setVariable(KycVariables.SCREENING_HIT, !hits.isEmpty());
    var language = DeskMessages.languageOf(execution);
    execution.setVariable(
        KycVariables.SCREENING_NOTE,
        hits.isEmpty()
            ? messages.format("kyc.check.screening.passed", language, Map.of("count", watchlist.size()))
            : messages.format("kyc.check.screening.hit", language, Map.of("matches", hits.stream()
                .map(h -> messages.format("kyc.check.screening.match", language, Map.of(
                    "list", messages.text("kyc.watchlist." + h.list(), language),
                    "name", h.name(),
                    "born", h.dateOfBirth() == null ? messages.text("kyc.check.screening.bornUnknown", language) : h.dateOfBirth(),
                    "nationality", h.nationality(),
                    "reference", h.reference())))
                .collect(Collectors.joining("; ")))));
  }
}
