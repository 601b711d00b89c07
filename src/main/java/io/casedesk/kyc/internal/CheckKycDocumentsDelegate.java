package io.casedesk.kyc.internal;

import io.casedesk.casetype.CaseVariables;
import io.casedesk.casetype.DocumentReference;
import io.casedesk.i18n.DeskMessages;
import io.casedesk.i18n.SupportedLanguage;
import io.casedesk.kyc.KycDetails;
import io.casedesk.kyc.KycVariables;
import io.casedesk.platform.JsonVariables;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * "Check documents complete": decides whether the application has every document its level needs,
 * and lays out the application for the agent's review form.
 */
@Component
public class CheckKycDocumentsDelegate implements JavaDelegate {

  private final JsonVariables json;
  private final Clock clock;
  private final DeskMessages messages;

  CheckKycDocumentsDelegate(JsonVariables json, Clock clock, DeskMessages messages) {
    this.json = json;
    this.clock = clock;
    this.messages = messages;
  }

  @Override
  public void execute(DelegateExecution execution) {
    KycDetails details = json.read(execution, CaseVariables.CASE_DETAILS, KycDetails.class);
    List<String> missing = KycDocumentRules.missing(details, LocalDate.now(clock.withZone(ZoneOffset.UTC)));
    execution.setVariable(KycVariables.DOCUMENTS_COMPLETE, missing.isEmpty());
    execution.setVariable(KycVariables.MISSING_DOCUMENTS, String.join(",", missing));

    execution.setVariable(KycVariables.KYC_LEVEL, details.level());
    execution.setVariable(KycVariables.APPLICANT_NAME, details.applicant().fullName());
    execution.setVariable(KycVariables.APPLICANT_DATE_OF_BIRTH, details.applicant().dateOfBirth().toString());
    var document = details.identityDocument();
    SupportedLanguage language = DeskMessages.languageOf(execution);
    execution.setVariable(KycVariables.IDENTITY_DOCUMENT_SUMMARY, messages.format("kyc.identityDocument", language, Map.of(
        "type", messages.text("kyc.identityDocument." + document.type(), language), "number", document.number(),
        "country", document.issuingCountry(), "expiresOn", document.expiresOn())));
    execution.setVariable(KycVariables.DOCUMENTS_SUMMARY, summary(details.documentsOrEmpty(), language));
  }

  /** The engine keeps a string variable in up to 4000 characters. */
  static final int MAX_TEXT = 4000;

  /** What was received, by kind in the case language, with each file's SHA-256 (the header's links open them). */
  private String summary(List<DocumentReference> documents, SupportedLanguage language) {
    if (documents.isEmpty()) {
      return messages.text("kyc.documents.none", language);
    }
    String summary = documents.stream()
        .map(d -> d.issuedOn() == null
            ? messages.format("kyc.documents.entry", language, Map.of("kind", kind(d, language), "sha256", d.sha256()))
            : messages.format("kyc.documents.entryIssued", language, Map.of("kind", kind(d, language), "issuedOn", d.issuedOn(), "sha256", d.sha256())))
        .collect(Collectors.joining("\n"));
    return summary.length() <= MAX_TEXT ? summary : summary.substring(0, MAX_TEXT - 1) + "…";
  }

  private String kind(DocumentReference document, SupportedLanguage language) {
    return messages.text("documentKind." + document.kind(), language);
  }
}
