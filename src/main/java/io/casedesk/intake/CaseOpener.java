package io.casedesk.intake;

import com.fasterxml.jackson.databind.JsonNode;
import io.casedesk.casetype.Channel;
import io.casedesk.casetype.Tier;

/**
 * Opens a case exactly as {@code POST /api/cases} does (the type's validation, triage, idempotency,
 * the case lifecycle), for a module that opens a follow-up case on the customer's behalf, such as a
 * KYC verification a withdrawal-limit request needs.
 */
public interface CaseOpener {

  /**
   * Opens the case; with an idempotency key, a repeat with the same request returns the case opened
   * first. Throws what intake refuses with ({@link io.casedesk.web.InvalidRequestException},
   * {@link io.casedesk.web.ClientProblem}); nothing is stored then.
   */
  Opened open(NewCase request, String idempotencyKey, String openedBy);

  /** What the exchange's back end would send to {@code POST /api/cases}. */
  record NewCase(String type, String customerUid, Channel channel, Tier tier, String locale, String subject, String description, JsonNode details) {}

  /** The case, and whether an earlier request with the same key opened it. */
  record Opened(String caseNumber, boolean replayed) {}
}
