package io.casedesk.casetype;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateTask;

/**
 * A kind of case the desk handles: the one extension point a new case type implements, as a Spring
 * bean in its own package. Intake, replies, the task submission guard, the shared review listener,
 * the notification templates and the OpenAPI document read everything type-specific from here.
 *
 * <p>Beside this bean a type consists of its model {@code processes/<processKey>.bpmn} (only its own
 * steps: the lifecycle model {@code case-lifecycle} runs SLA clocks, the customer-reply wait and the
 * closing around it), its forms in {@code forms/}, its bundles (see {@link #bundles()}) and its form
 * translations {@code forms/i18n/<processKey>_<lang>.properties}. Three annotations declare what
 * the build's checks must know: {@link io.casedesk.platform.ProcessVariables} on the class holding its
 * variable names, {@link io.casedesk.platform.ExternalCall} on delegates that call the ledger or a
 * chain, and {@link io.casedesk.platform.ModelSettings} on settings its timers read.
 */
public interface CaseTypeDefinition {

  /** The type's key in the case API, such as {@code KYC_VERIFICATION}: capitals, digits and underscores. */
  String key();

  /** The id of the type's BPMN process, such as {@code kyc-verification}; the case lifecycle calls it. */
  String processKey();

  /** The record {@code details} are read into; the OpenAPI document describes it as this type's details. */
  Class<?> detailsType();

  /**
   * Checks a request's details and returns them normalized.
   *
   * @throws io.casedesk.web.InvalidRequestException listing every broken rule, with paths from {@code details}
   */
  JsonNode validateDetails(JsonNode details);

  /**
   * The details after a customer's reply, checked as at intake. By default corrected details
   * overwrite the fields they name (nested objects field by field), and documents replace earlier
   * ones of the same kind when the details keep a {@code documents} list.
   */
  default JsonNode mergeReply(JsonNode details, CustomerReply reply) {
    return validateDetails(ReplyMerge.merge(details, reply, ReplyMerge.hasDocuments(detailsType())));
  }

  /** Variables the type's process needs beyond the ones every case has, from validated details. */
  default Map<String, Object> startVariables(JsonNode details) {
    return Map.of();
  }

  /** The form fields a person may set when completing one of this type's tasks; anything else is the desk's. */
  default Set<String> personFields() {
    return ReviewDecision.FIELDS;
  }

  /**
   * Why {@code decision} may not be given on {@code task}, in words an agent can act on; empty when it
   * may. The shared review listener asks before any review of this type completes.
   */
  default List<String> refusals(DelegateTask task, ReviewDecision decision) {
    return List.of();
  }

  /**
   * The classpath folder of the type's bundles: {@code messages.properties} (English) and
   * {@code messages_<lang>.properties} with its notification templates ({@code <template>.subject},
   * {@code .body}) and the names of its codes; {@code tasks_<lang>.properties} with its task names in
   * each language ({@code <processKey>.<activity id>}; English names are the model's own).
   */
  default String bundles() {
    return "casetypes/" + processKey();
  }

  /**
   * A complete, valid {@code POST /api/cases} body of this type, on the classpath: the API document's
   * example for the type, and a test opens a case with it.
   */
  default String exampleRequest() {
    return bundles() + "/example-request.json";
  }

  /**
   * Template placeholders whose value is a comma-separated list of codes, shown to the customer as a
   * list of their translated names: placeholder to key prefix, e.g. {@code missingDocuments} to
   * {@code document} (the name of {@code SELFIE} is the message {@code document.SELFIE}).
   */
  default Map<String, String> codeLists() {
    return Map.of();
  }
}
