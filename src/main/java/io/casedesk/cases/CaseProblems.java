package io.casedesk.cases;

/** Client errors of the case API that are not about the shape of one field. */
public final class CaseProblems {

  private CaseProblems() {}

  /** No case with that number: 404. */
  public static class CaseNotFound extends RuntimeException {
    public CaseNotFound(String caseNumber) {
      super("There is no case " + caseNumber + ".");
    }
  }

  /** The case waits for no reply right now: 409. */
  public static class NotWaitingForReply extends RuntimeException {
    public NotWaitingForReply(String caseNumber) {
      super("Case " + caseNumber + " is not waiting for a reply from the customer.");
    }
  }

  /** The Idempotency-Key was used before with another body: 409. */
  public static class IdempotencyKeyReused extends RuntimeException {
    public IdempotencyKeyReused(String key) {
      super("Idempotency-Key '" + key + "' was already used for a different request; use a new key for a new case.");
    }
  }

  /** The request is well-formed but cannot be served as it stands: 422. */
  public static class Unprocessable extends RuntimeException {
    private final String field;

    public Unprocessable(String field, String message) {
      super(message);
      this.field = field;
    }

    public String field() {
      return field;
    }
  }
}
