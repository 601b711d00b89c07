package io.casedesk.intake.internal;

import io.casedesk.web.ClientProblem;
import org.springframework.http.HttpStatus;

/** Refusals of case intake. */
final class IntakeProblems {

  private IntakeProblems() {}

  /** The Idempotency-Key was used before with another body: 409. */
  static class IdempotencyKeyReused extends ClientProblem {
    IdempotencyKeyReused(String key) {
      super(HttpStatus.CONFLICT, "idempotency-key-reused", "Idempotency-Key reused",
          "Idempotency-Key '" + key + "' was already used for a different request; use a new key for a new case.");
    }
  }
}
