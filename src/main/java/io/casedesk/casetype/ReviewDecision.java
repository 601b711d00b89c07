package io.casedesk.casetype;

import java.util.Set;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.impl.identity.Authentication;

/**
 * A decision submitted on a review task (fields {@code decision}, {@code reasonCode},
 * {@code comment}), checked when the task completes, whichever API completes it. A refused
 * decision leaves the task open and tells the agent what to fix (REST answers 400).
 */
public record ReviewDecision(String decision, String reasonCode, String comment, String actor) {

  public static final String APPROVE = "APPROVE";
  public static final String REJECT = "REJECT";
  public static final String REQUEST_INFO = "REQUEST_INFO";

  /** The fields of every review form: what a person decides, and why. */
  public static final Set<String> FIELDS = Set.of(CaseVariables.DECISION, CaseVariables.REASON_CODE, CaseVariables.COMMENT);

  /** What a first review may decide. */
  public static final Set<String> REVIEW_DECISIONS = Set.of(APPROVE, REJECT, REQUEST_INFO);

  public static ReviewDecision of(DelegateTask task, Set<String> allowed) {
    String decision = text(task, CaseVariables.DECISION);
    if (decision == null || !allowed.contains(decision)) {
      throw new BadUserRequestException("Choose a decision: one of " + allowed + ".");
    }
    String reasonCode = text(task, CaseVariables.REASON_CODE);
    String comment = text(task, CaseVariables.COMMENT);
    if (!APPROVE.equals(decision) && reasonCode == null) {
      throw new BadUserRequestException("A decision other than APPROVE needs a reason.");
    }
    if (REJECT.equals(decision) && comment == null) {
      throw new BadUserRequestException("Explain a rejection in the comment.");
    }
    return new ReviewDecision(decision, reasonCode, comment, actor(task));
  }

  public boolean approves() {
    return APPROVE.equals(decision);
  }

  /** Who completes or claims the task: the signed-in user, else the assignee. */
  public static String actor(DelegateTask task) {
    Authentication authentication = task.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
    if (authentication != null && authentication.getUserId() != null) {
      return authentication.getUserId();
    }
    return task.getAssignee();
  }

  private static String text(DelegateTask task, String name) {
    Object value = task.getVariable(name);
    return value == null || value.toString().isBlank() ? null : value.toString();
  }
}
