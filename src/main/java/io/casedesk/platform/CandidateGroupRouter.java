package io.casedesk.platform;

import java.util.List;
import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * Decides which groups actually get a task that a model offers to {@code group}. One Spring bean of
 * this type is applied to the candidate groups of every user task of every model.
 */
public interface CandidateGroupRouter {

  List<String> route(String group, VariableScope scope);
}
