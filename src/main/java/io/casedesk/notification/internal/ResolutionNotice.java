package io.casedesk.notification.internal;

import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Gateway;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaInputOutput;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaInputParameter;

/**
 * Whether a notification tells the customer their case is resolved: its "Notify customer" task leads
 * (directly, or through gateways that only join paths) to the step that records the outcome
 * ({@code ${recordOutcomeDelegate}}) or closes the case ({@code ${closeCaseDelegate}}) with a status
 * other than CLOSED. Read from the model, so every case type's resolution messages, and those of
 * types added later, invite the rating without a list to keep.
 */
final class ResolutionNotice {

  private static final Set<String> ENDING_STEPS = Set.of("${recordOutcomeDelegate}", "${closeCaseDelegate}");
  private static final int MAX_GATEWAYS = 3;

  private ResolutionNotice() {}

  static boolean endsCase(DelegateExecution execution) {
    FlowElement element = execution.getBpmnModelElementInstance();
    return element instanceof FlowNode node && leadsToResolution(node, 0);
  }

  private static boolean leadsToResolution(FlowNode node, int gateways) {
    if (node.getOutgoing().size() != 1) {
      return false;
    }
    SequenceFlow flow = node.getOutgoing().iterator().next();
    FlowNode next = flow.getTarget();
    if (next instanceof Gateway && gateways < MAX_GATEWAYS) {
      return leadsToResolution(next, gateways + 1);
    }
    if (!(next instanceof ServiceTask task) || !ENDING_STEPS.contains(task.getCamundaDelegateExpression())) {
      return false;
    }
    CamundaInputOutput io = task.getExtensionElements() == null ? null
        : task.getExtensionElements().getElementsQuery().filterByType(CamundaInputOutput.class).list().stream().findFirst().orElse(null);
    if (io == null) {
      return false;
    }
    return io.getCamundaInputParameters().stream()
        .filter(p -> "status".equals(p.getCamundaName()))
        .map(CamundaInputParameter::getTextContent)
        .anyMatch(status -> status != null && !status.isBlank() && !status.trim().equals("CLOSED"));
  }
}
