package io.casedesk.casetype;

/** Kinds of document a customer can attach to a case. */
public enum DocumentKind {
  ID_FRONT,
  ID_BACK,
  PASSPORT,
  SELFIE,
  PROOF_OF_ADDRESS,
  SESSION_LOG,
  SCREENSHOT,
  OTHER
}
