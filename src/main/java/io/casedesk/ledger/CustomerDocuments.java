package io.casedesk.ledger;

import java.net.URI;
import java.time.Instant;

/**
 * The files the exchange keeps for its customers (identity documents, selfies, proofs of address).
 * The desk never stores them: a case refers to a document by its address and SHA-256, and a person
 * who may work the case opens it through a short-lived signed link the back office hands out for
 * that one view. Adapters translate their transport's failures into
 * {@link LedgerPort.LedgerUnavailableException}.
 */
public interface CustomerDocuments {

  /**
   * A link to the document's file, valid for a short while, for one person's view in one case.
   *
   * @throws DocumentNotFoundException when the back office has no such document for the account
   * @throws LedgerPort.LedgerUnavailableException when the back office cannot be reached
   */
  SignedLink signedLink(DocumentRequest request);

  /**
   * Which document, for whom: the account, the document's address and SHA-256 as the case holds
   * them, its kind (a {@code DocumentKind} name), and the case and person the view is for (the back
   * office logs them).
   */
  record DocumentRequest(String customerUid, String uri, String sha256, String kind, String caseNumber, String viewer) {}

  /** Where the file can be fetched until {@code expiresAt}; relative links are the desk's own. */
  record SignedLink(URI url, Instant expiresAt) {}

  /** The back office holds no such document for the account. */
  class DocumentNotFoundException extends RuntimeException {
    public DocumentNotFoundException(String customerUid, String uri) {
      super("The back office has no document " + uri + " for account " + customerUid);
    }
  }
}
