package io.casedesk.twofactor.internal;

import static io.casedesk.twofactor.TwoFactorVariables.*;

import io.casedesk.casetype.CaseVariables;
import io.casedesk.casetype.DocumentReference;
import io.casedesk.i18n.SupportedLanguage;
import io.casedesk.platform.JsonVariables;
import io.casedesk.twofactor.TwoFactorResetDetails;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * "Check documents complete": whether the request has every document a reset needs, whether the
 * identity document is still valid, and the request laid out for the review form in the case's language.
 */
@Component
public class CheckResetDocumentsDelegate implements JavaDelegate {

  private final JsonVariables json;
  private final CaseTexts texts;
  private final Clock clock;

  CheckResetDocumentsDelegate(JsonVariables json, CaseTexts texts, Clock clock) {
    this.json = json;
    this.texts = texts;
    this.clock = clock;
  }

  @Override
  public void execute(DelegateExecution execution) {
    TwoFactorResetDetails details = json.read(execution, CaseVariables.CASE_DETAILS, TwoFactorResetDetails.class);
    SupportedLanguage language = CaseTexts.language(execution);
    List<String> missing = ResetDocumentRules.missing(details);
    execution.setVariable(DOCUMENTS_COMPLETE, missing.isEmpty());
    execution.setVariable(MISSING_DOCUMENTS, String.join(",", missing));
    execution.setVariable(LOST_FACTOR, details.lostFactor().name());
    execution.setVariable(LOST_ON, details.lostOn().toString());
    execution.setVariable(REQUEST_IP, details.requestIp());

    var document = details.identityDocument();
    boolean expired = document.expiresOn().isBefore(LocalDate.now(clock.withZone(ZoneOffset.UTC)));
    execution.setVariable(DOCUMENT_EXPIRED, expired);
    execution.setVariable(DOCUMENT_NOTE, texts.text(language, expired ? "note.document.expired" : "note.document.valid",
        Map.of("expiresOn", document.expiresOn())));
    execution.setVariable(IDENTITY_DOCUMENT_SUMMARY, texts.text(language, "note.identityDocument", Map.of(
        "type", texts.name(language, "identityDocument", document.type().name()), "number", document.number(),
        "country", document.issuingCountry(), "expiresOn", document.expiresOn())));
    execution.setVariable(REQUEST_SUMMARY, texts.text(language, "note.request", Map.of(
        "lostFactor", texts.name(language, "lostFactor", details.lostFactor().name()), "lostOn", details.lostOn(),
        "requestIp", details.requestIp(), "requestDevice", details.requestDevice())));
    execution.setVariable(DOCUMENTS_SUMMARY, documents(language, details));
  }

  private String documents(SupportedLanguage language, TwoFactorResetDetails details) {
    List<String> lines = new ArrayList<>();
    for (DocumentReference d : details.documentsOrEmpty()) {
      lines.add(texts.text(language, "note.document", Map.of("kind", texts.name(language, "kind", d.kind().name()), "uri", d.uri(), "hash", d.sha256())));
    }
    if (!details.recentIpsOrEmpty().isEmpty()) {
      lines.add(texts.text(language, "note.recentIps", Map.of("ips", String.join(", ", details.recentIpsOrEmpty()))));
    }
    return lines.isEmpty() ? texts.text(language, "note.noDocuments") : CaseTexts.lines(lines);
  }
}
