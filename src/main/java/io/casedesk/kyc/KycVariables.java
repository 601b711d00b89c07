package io.casedesk.kyc;

import io.casedesk.platform.ProcessVariables;

/** Process variables of kyc-verification, defined once for delegates, listeners, forms and tests. */
@ProcessVariables
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

  private KycVariables() {}
}
