package io.casedesk.cases;

import io.casedesk.web.ClientProblem;
import org.springframework.http.HttpStatus;

/** Client errors about cases that every module of the case API can raise. */
public final class CaseProblems {

  private CaseProblems() {}

  /** No case with that number: 404. */
  public static class CaseNotFound extends ClientProblem {
    public CaseNotFound(String caseNumber) {
      super(HttpStatus.NOT_FOUND, "unknown-case", "Unknown case", "There is no case " + caseNumber + ".");
    }
  }

  /** The request is well-formed but cannot be served as it stands: 422. */
  public static class Unprocessable extends ClientProblem {
    public Unprocessable(String field, String message) {
      super(HttpStatus.UNPROCESSABLE_ENTITY, "unprocessable", "The request cannot be served", message, field);
    }
  }
}
