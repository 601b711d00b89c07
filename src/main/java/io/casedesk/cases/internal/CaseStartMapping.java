package io.casedesk.cases.internal;

import io.casedesk.cases.CaseStarts;
import io.casedesk.casetype.CaseVariables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateVariableMapping;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.variable.VariableMap;
import org.springframework.stereotype.Component;

/**
 * What the case lifecycle hands the type's process ("Work the case") and takes back. The type gets
 * the lifecycle's variables and the type's start data, which intake hands over through
 * {@link CaseStarts}: it is stored once, in the type's process, not twice. It gives back the outcome
 * it recorded.
 */
@Component("caseStartMapping")
class CaseStartMapping implements DelegateVariableMapping {

  private final CaseStarts starts;

  CaseStartMapping(CaseStarts starts) {
    this.starts = starts;
  }

  @Override
  public void mapInputVariables(DelegateExecution lifecycle, VariableMap typeVariables) {
    for (String name : lifecycle.getVariableNames()) {
      typeVariables.putValueTyped(name, lifecycle.getVariableTyped(name));
    }
    starts.take(lifecycle.getProcessBusinessKey()).forEach(typeVariables::put);
  }

  @Override
  public void mapOutputVariables(DelegateExecution lifecycle, VariableScope type) {
    for (String name : new String[] {CaseVariables.OUTCOME_STATUS, CaseVariables.OUTCOME, CaseVariables.OUTCOME_REASON}) {
      lifecycle.setVariable(name, type.getVariable(name));
    }
  }
}
