package io.casedesk.casetype;

/** Kinds of document a customer can attach to a case. */
public enum DocumentKind {
  ID_FRONT,
  ID_BACK,
  PASSPORT,
  SELFIE,
  PROOF_OF_ADDRESS,
  /** Where the funds come from: bank statements, payslips, a business's accounts. */
  PROOF_OF_FUNDS,
  SESSION_LOG,
  SCREENSHOT,
  OTHER
}
