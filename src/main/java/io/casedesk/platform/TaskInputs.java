package io.casedesk.platform;

import org.camunda.bpm.engine.delegate.DelegateExecution;

/**
 * Reads a service task's input parameters ({@code camunda:inputParameter}). Delegates are shared
 * singletons, so per-task settings come in as local variables rather than injected fields, which
 * would race between concurrent cases.
 */
public final class TaskInputs {

  private TaskInputs() {}

  public static String required(DelegateExecution execution, String name) {
    Object value = execution.getVariableLocal(name);
    if (value == null || value.toString().isBlank()) {
      throw new IllegalStateException(
          "Service task " + execution.getCurrentActivityId() + " needs the input parameter '" + name + "'");
    }
    return value.toString();
  }

  public static <E extends Enum<E>> E required(DelegateExecution execution, String name, Class<E> type) {
    return Enum.valueOf(type, required(execution, name));
  }
}
