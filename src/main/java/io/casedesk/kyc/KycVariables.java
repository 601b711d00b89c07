package io.casedesk.kyc;

/** Process variables of kyc-verification, defined once for delegates, listeners, forms and tests. */
public final class KycVariables {

  public static final String KYC_LEVEL = "kycLevel";
  public static final String DOCUMENTS_COMPLETE = "documentsComplete";
  /** Comma-separated document codes the customer still has to send. */
  public static final String MISSING_DOCUMENTS = "missingDocuments";

  public static final String DOCUMENT_EXPIRED = "documentExpired";
  public static final String APPLICANT_UNDERAGE = "applicantUnderage";
  public static final String DUPLICATE_IDENTITY = "duplicateIdentity";
  public static final String SCREENING_HIT = "screeningHit";

  /** Read-only context of the review forms. */
  public static final String APPLICANT_NAME = "applicantName";
  public static final String APPLICANT_DATE_OF_BIRTH = "applicantDateOfBirth";
  public static final String IDENTITY_DOCUMENT_SUMMARY = "identityDocumentSummary";
  public static final String DOCUMENTS_SUMMARY = "documentsSummary";
  public static final String DOCUMENT_EXPIRY_NOTE = "documentExpiryNote";
  public static final String APPLICANT_AGE_NOTE = "applicantAgeNote";
  public static final String DUPLICATE_IDENTITY_NOTE = "duplicateIdentityNote";
  public static final String SCREENING_NOTE = "screeningNote";

  /** The first review, kept apart because the second approval reuses decision, reasonCode and comment. */
  public static final String REVIEWED_BY = io.casedesk.cases.CaseVariables.REVIEWED_BY;
  public static final String REVIEW_DECISION = "reviewDecision";
  public static final String REVIEW_REASON_CODE = "reviewReasonCode";
  public static final String REVIEW_COMMENT = "reviewComment";
  public static final String SECOND_APPROVAL_BY = "secondApprovalBy";

  private KycVariables() {}
}
