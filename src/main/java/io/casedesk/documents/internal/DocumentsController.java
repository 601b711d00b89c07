package io.casedesk.documents.internal;

import io.casedesk.cases.CaseProblems;
import io.casedesk.cases.CaseRecord;
import io.casedesk.cases.CaseRegistry;
import io.casedesk.casetype.DocumentKind;
import io.casedesk.casetype.DocumentReference;
import io.casedesk.casetype.Groups;
import io.casedesk.documents.internal.DocumentViews.Outcome;
import io.casedesk.ledger.CustomerDocuments;
import io.casedesk.ledger.LedgerPort.LedgerUnavailableException;
import io.casedesk.web.ClientProblem;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * A case's documents, opened through the desk: {@code GET /api/cases/{n}/documents/{sha256}} sends a
 * person who may work the case (see {@link DocumentAccess}) on to a short-lived signed link from the
 * exchange's back office (303); anyone else gets 403, an unknown case or document 404, a back office
 * that is down 503. Every attempt is recorded; {@code GET /api/cases/{n}/document-views} lists them for
 * compliance and supervisors. The task forms link here (Tasklist's login serves as well as HTTP Basic).
 */
@RestController
@Tag(name = "Documents", description = "A case's documents, opened through the desk, and the audit trail of who opened them")
class DocumentsController {

  private static final String GROUP = Groups.authority("");
  private static final int CASE_NUMBER_LENGTH = 40;
  private static final int SHA256_LENGTH = 64;

  private final CaseRegistry registry;
  private final CaseDocuments documents;
  private final DocumentAccess access;
  private final DocumentViews views;
  private final CustomerDocuments backOffice;
  private final Clock clock;

  DocumentsController(CaseRegistry registry, CaseDocuments documents, DocumentAccess access, DocumentViews views,
      CustomerDocuments backOffice, Clock clock) {
    this.registry = registry;
    this.documents = documents;
    this.access = access;
    this.views = views;
    this.backOffice = backOffice;
    this.clock = clock;
  }

  @Operation(summary = "Open one of the case's documents: a redirect (303) to a short-lived signed link")
  @ApiResponse(responseCode = "303", description = "Go to the document's signed link (valid for a few minutes); the view is recorded",
      headers = @Header(name = "Location", description = "The short-lived signed link to the file"))
  @ApiResponse(responseCode = "403", description = "The person does not work this case (nor supervises or audits); the attempt is recorded")
  @ApiResponse(responseCode = "404", description = "No such case, or the case holds no such document")
  @ApiResponse(responseCode = "503", description = "The exchange's back office cannot be reached; try again in a moment")
  @GetMapping("/api/cases/{caseNumber}/documents/{sha256}")
  ResponseEntity<Void> open(@PathVariable String caseNumber, @PathVariable String sha256, Authentication user) {
    String viewer = user.getName();
    String asked = cut(caseNumber, CASE_NUMBER_LENGTH);
    String file = cut(sha256, SHA256_LENGTH);
    CaseRecord found = registry.find(caseNumber).orElse(null);
    if (found == null) {
      views.record(asked, file, null, viewer, clock.instant(), Outcome.NOT_FOUND, "no such case");
      throw new CaseProblems.CaseNotFound(caseNumber);
    }
    if (!access.mayView(caseNumber, viewer, groups(user))) {
      views.record(asked, file, null, viewer, clock.instant(), Outcome.DENIED, "not working this case");
      throw new NotYourCase(caseNumber);
    }
    DocumentReference document = documents.find(caseNumber, sha256).orElse(null);
    if (document == null) {
      views.record(asked, file, null, viewer, clock.instant(), Outcome.NOT_FOUND, "no such document on the case");
      throw new DocumentNotFound(caseNumber);
    }
    String kind = document.kind().name();
    CustomerDocuments.SignedLink link;
    try {
      link = backOffice.signedLink(new CustomerDocuments.DocumentRequest(
          found.customerUid(), document.uri(), document.sha256(), kind, caseNumber, viewer));
    } catch (CustomerDocuments.DocumentNotFoundException e) {
      views.record(asked, file, kind, viewer, clock.instant(), Outcome.NOT_FOUND, "the back office holds no such file");
      throw new DocumentNotFound(caseNumber);
    } catch (LedgerUnavailableException e) {
      views.record(asked, file, kind, viewer, clock.instant(), Outcome.FAILED, "the back office cannot be reached");
      throw e;
    }
    views.record(asked, file, kind, viewer, clock.instant(), Outcome.VIEWED, "link valid until " + link.expiresAt());
    return ResponseEntity.status(HttpStatus.SEE_OTHER).location(link.url()).cacheControl(CacheControl.noStore()).build();
  }

  record DocumentViewJson(String documentSha256, DocumentKind documentKind, String viewer, java.time.Instant viewedAt, Outcome outcome) {}

  @Operation(summary = "Who opened (or tried to open) the case's documents, and when: for compliance and supervisors")
  @ApiResponse(responseCode = "200", description = "Every attempt to open one of the case's documents, oldest first")
  @ApiResponse(responseCode = "404", description = "No such case")
  @GetMapping("/api/cases/{caseNumber}/document-views")
  List<DocumentViewJson> views(@PathVariable String caseNumber) {
    registry.find(caseNumber).orElseThrow(() -> new CaseProblems.CaseNotFound(caseNumber));
    return views.of(caseNumber).stream()
        .map(v -> new DocumentViewJson(v.documentSha256(), v.documentKind() == null ? null : DocumentKind.valueOf(v.documentKind()), v.viewer(), v.viewedAt(), v.outcome()))
        .toList();
  }

  private static Set<String> groups(Authentication user) {
    return user.getAuthorities().stream().map(GrantedAuthority::getAuthority)
        .filter(a -> a.startsWith(GROUP)).map(a -> a.substring(GROUP.length())).collect(Collectors.toSet());
  }

  private static String cut(String value, int length) {
    return value.length() <= length ? value : value.substring(0, length);
  }

  /** The person may not work the case: 403. */
  static class NotYourCase extends ClientProblem {
    NotYourCase(String caseNumber) {
      super(HttpStatus.FORBIDDEN, "not-your-case", "Not your case",
          "Only the people working case " + caseNumber + " (its queue, its assignee), supervisors and compliance may open its documents.");
    }
  }

  /** The case holds no such document: 404. */
  static class DocumentNotFound extends ClientProblem {
    DocumentNotFound(String caseNumber) {
      super(HttpStatus.NOT_FOUND, "unknown-document", "Unknown document", "Case " + caseNumber + " holds no such document.");
    }
  }
}
