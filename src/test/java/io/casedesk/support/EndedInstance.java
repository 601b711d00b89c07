package io.casedesk.support;

import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.runtime.ProcessInstance;

/** An ended process instance, as history has it, for assertions that take a process instance. */
record EndedInstance(HistoricProcessInstance historic) implements ProcessInstance {

  @Override
  public String getId() {
    return historic.getId();
  }

  @Override
  public String getProcessInstanceId() {
    return historic.getId();
  }

  @Override
  public String getProcessDefinitionId() {
    return historic.getProcessDefinitionId();
  }

  @Override
  public String getProcessDefinitionKey() {
    return historic.getProcessDefinitionKey();
  }

  @Override
  public String getBusinessKey() {
    return historic.getBusinessKey();
  }

  @Override
  public String getRootProcessInstanceId() {
    return historic.getRootProcessInstanceId();
  }

  @Override
  public String getCaseInstanceId() {
    return historic.getCaseInstanceId();
  }

  @Override
  public boolean isSuspended() {
    return false;
  }

  @Override
  public boolean isEnded() {
    return true;
  }

  @Override
  public String getTenantId() {
    return historic.getTenantId();
  }
}
