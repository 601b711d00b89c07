package io.casedesk.ledger.internal;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Serves the embedded back office's signed document links, as the exchange's object store would:
 * the link alone is the permission (it is short-lived and signed), so this path needs no login; a
 * link that expired or was altered is refused with 403.
 */
@RestController
@ConditionalOnProperty(name = "casedesk.ledger.adapter", havingValue = "embedded", matchIfMissing = true)
class EmbeddedDocumentServer {

  private final EmbeddedCustomerDocuments documents;

  EmbeddedDocumentServer(EmbeddedCustomerDocuments documents) {
    this.documents = documents;
  }

  @GetMapping(EmbeddedCustomerDocuments.PATH + "{file}")
  ResponseEntity<?> document(@PathVariable String file, @RequestParam(required = false) Long expires,
      @RequestParam(required = false) String signature) throws IOException {
    EmbeddedCustomerDocuments.Specimen specimen = EmbeddedCustomerDocuments.Specimen.ofFile(file);
    if (specimen == null || expires == null || !documents.valid(file, expires, signature)) {
      ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN,
          "This document link has expired or is not valid. Open the document again from the task's form.");
      problem.setType(URI.create("https://casedesk.io/problems/document-link"));
      problem.setTitle("Link not valid");
      return ResponseEntity.status(HttpStatus.FORBIDDEN).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }
    try (InputStream in = getClass().getClassLoader().getResourceAsStream(specimen.resource())) {
      if (in == null) {
        throw new IllegalStateException("The specimen " + specimen.resource() + " is missing");
      }
      return ResponseEntity.ok().contentType(MediaType.IMAGE_PNG).cacheControl(CacheControl.noStore()).body(in.readAllBytes());
    }
  }
}
