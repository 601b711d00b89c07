package io.casedesk.audit.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.casedesk.cases.CaseProblems;
import io.casedesk.cases.CaseRecord;
import io.casedesk.cases.CaseRegistry;
import io.casedesk.casetype.CaseVariables;
import io.casedesk.routing.TriagePolicy;
import io.casedesk.sla.SlaClockView;
import io.casedesk.sla.SlaClocks;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.sql.ResultSetMetaData;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.history.HistoricDecisionInputInstance;
import org.camunda.bpm.engine.history.HistoricDecisionInstance;
import org.camunda.bpm.engine.history.HistoricDecisionOutputInstance;
import org.camunda.bpm.engine.history.HistoricDetail;
import org.camunda.bpm.engine.history.HistoricFormField;
import org.camunda.bpm.engine.history.HistoricIdentityLinkLog;
import org.camunda.bpm.engine.history.HistoricIncident;
import org.camunda.bpm.engine.history.HistoricJobLog;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.history.HistoricVariableUpdate;
import org.camunda.bpm.engine.history.UserOperationLogEntry;
import org.camunda.bpm.model.dmn.instance.Rule;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Builds a case's audit trail from the engine's history of every process instance of the case (they
 * share the case number as business key: the lifecycle (with its SLA timers), the type's process, every
 * wait for the customer) and from the desk's own tables (the case, its SLA clocks, its notifications
 * and the desk's audit log). Nothing here knows a case type: a new type's steps, variables,
 * decisions and calls appear as they happen.
 */
@Service
class TrailBuilder {

  static final String ACTIVITY_USER_TASK = "userTask";
  /** The shared model every case type calls to wait for its customer; the SLA clocks pause while it runs. */
  static final String CUSTOMER_REPLY_WAIT = "customer-reply-wait";
  /** Variable names every case has: inputs and bookkeeping, not results of a type's own checks. */
  static final Set<String> DESK_VARIABLES = constants(CaseVariables.class);

  private final CaseRegistry registry;
  private final SlaClocks slaClocks;
  private final HistoryService history;
  private final RepositoryService repository;
  private final AuditLog auditLog;
  private final JdbcClient jdbc;
  private final ObjectMapper json;
  private final AuditValues values;
  private final Map<String, Map<String, String>> ruleDescriptions = new ConcurrentHashMap<>();
  private final Map<String, Integer> decisionVersions = new ConcurrentHashMap<>();

  TrailBuilder(CaseRegistry registry, SlaClocks slaClocks, HistoryService history, RepositoryService repository,
      AuditLog auditLog, JdbcClient jdbc, ObjectMapper json) {
    this.registry = registry;
    this.slaClocks = slaClocks;
    this.history = history;
    this.repository = repository;
    this.auditLog = auditLog;
    this.jdbc = jdbc;
    this.json = json;
    this.values = new AuditValues(json);
  }

  Trail build(String caseNumber) {
    CaseRecord c = registry.find(caseNumber).orElseThrow(() -> new CaseProblems.CaseNotFound(caseNumber));
    return new Build(c).run();
  }

  /** One trail's construction: what it has read so far and the entries it collects. */
  private final class Build {

    final CaseRecord c;
    final List<Sorted> entries = new ArrayList<>();
    final Map<String, HistoricProcessInstance> instances = new LinkedHashMap<>();
    /** Operation id to the person who ran it (from the engine's operation log). */
    final Map<String, String> operationUsers = new HashMap<>();
    /** Task id to the "Complete" operation that completed it. */
    final Map<String, UserOperationLogEntry> completions = new HashMap<>();
    /** Activity instance start of each (process instance, activity): the order of desk records within a step. */
    final Map<String, List<long[]>> stepStarts = new HashMap<>();
    final List<HistoricVariableUpdate> updates = new ArrayList<>();
    /** Activity instances by id: the step in which a variable was set. */
    final Map<String, HistoricActivityInstance> activityInstances = new HashMap<>();
    /** Variable instance id to the activity instance of its scope (the process instance's id for process variables). */
    final Map<String, String> variableScopes = new HashMap<>();
    final ObjectNode summary = json.createObjectNode();

    Build(CaseRecord c) {
      this.c = c;
    }

    Trail run() {
      instances();
      operationLog();
      instances.values().forEach(this::activities);
      variables();
      instances.values().forEach(this::decisions);
      standaloneDecisions();
      instances.values().forEach(this::incidentsAndJobs);
      caseRow();
      slaClocks();
      notifications();
      deskAuditLog();
      entries.sort(Comparator.comparing((Sorted s) -> s.at).thenComparingInt(s -> s.phase).thenComparingLong(s -> s.tie)
          .thenComparingInt(s -> s.index));
      summary();
      return new Trail(c.caseNumber(), summary, entries.stream().map(s -> s.entry).toList());
    }

    // ---- the case's process instances ---------------------------------------------------------

    void instances() {
      List<HistoricProcessInstance> found = new ArrayList<>(
          history.createHistoricProcessInstanceQuery().processInstanceBusinessKey(c.caseNumber()).list());
      Set<String> roots = new LinkedHashSet<>();
      found.forEach(p -> roots.add(p.getRootProcessInstanceId() == null ? p.getId() : p.getRootProcessInstanceId()));
      for (String root : roots) {
        found.addAll(history.createHistoricProcessInstanceQuery().rootProcessInstanceId(root).list());
      }
      found.stream()
          .sorted(Comparator.comparing(HistoricProcessInstance::getStartTime).thenComparingLong(p -> tie(p.getId())))
          .forEach(p -> instances.putIfAbsent(p.getId(), p));
    }

    void operationLog() {
      Map<String, List<UserOperationLogEntry>> byOperation = new LinkedHashMap<>();
      for (HistoricProcessInstance p : instances.values()) {
        for (UserOperationLogEntry e : history.createUserOperationLogQuery().processInstanceId(p.getId()).orderByTimestamp().asc().list()) {
          byOperation.computeIfAbsent(e.getOperationId() == null ? e.getId() : e.getOperationId(), k -> new ArrayList<>()).add(e);
        }
      }
      for (List<UserOperationLogEntry> operation : byOperation.values()) {
        UserOperationLogEntry first = operation.get(0);
        if (first.getOperationId() != null && first.getUserId() != null) {
          operationUsers.put(first.getOperationId(), first.getUserId());
        }
        if (UserOperationLogEntry.OPERATION_TYPE_COMPLETE.equals(first.getOperationType()) && first.getTaskId() != null) {
          completions.put(first.getTaskId(), first);
        }
        HistoricProcessInstance p = instances.get(first.getProcessInstanceId());
        ObjectNode data = add(first.getTimestamp(), 1, first.getId(), "USER_OPERATION", person(first.getUserId()), p, null, null,
            "history:operation-log");
        data.put("operationType", first.getOperationType());
        data.put("entityType", first.getEntityType());
        data.put("category", first.getCategory());
        putIfSet(data, "taskId", first.getTaskId());
        putIfSet(data, "jobId", first.getJobId());
        putIfSet(data, "annotation", first.getAnnotation());
        ArrayNode properties = data.putArray("properties");
        for (UserOperationLogEntry e : operation) {
          if (e.getProperty() != null) {
            ObjectNode property = properties.addObject();
            property.put("property", e.getProperty());
            property.set("orgValue", values.parsedOrText(e.getOrgValue()));
            property.set("newValue", values.parsedOrText(e.getNewValue()));
          }
        }
      }
    }

    // ---- steps, tasks, who worked them ---------------------------------------------------------

    void activities(HistoricProcessInstance p) {
      Actor starter = starterOf(p);
      ObjectNode started = add(p.getStartTime(), 1, p.getId(), "PROCESS_STARTED", starter, p, p.getStartActivityId(), null,
          "history:process-instance");
      started.put("definitionId", p.getProcessDefinitionId());
      started.put("name", p.getProcessDefinitionName());
      String versionTag = versionTag(p.getProcessDefinitionId());
      putIfSet(started, "versionTag", versionTag);
      putIfSet(started, "superProcessInstanceId", p.getSuperProcessInstanceId());
      started.putObject("variables");

      Map<String, HistoricTaskInstance> tasks = new HashMap<>();
      history.createHistoricTaskInstanceQuery().processInstanceId(p.getId()).list().forEach(t -> tasks.put(t.getId(), t));
      List<HistoricActivityInstance> activities = history.createHistoricActivityInstanceQuery().processInstanceId(p.getId())
          .orderByHistoricActivityInstanceStartTime().asc().orderPartiallyByOccurrence().asc().list();
      for (HistoricActivityInstance a : activities) {
        activityInstances.put(a.getId(), a);
        stepStarts.computeIfAbsent(p.getId() + "/" + a.getActivityId(), k -> new ArrayList<>())
            .add(new long[] {a.getStartTime().getTime(), tie(a.getId())});
        HistoricTaskInstance task = a.getTaskId() == null ? null : tasks.get(a.getTaskId());
        ObjectNode start = add(a.getStartTime(), 1, a.getId(), "STEP_STARTED", Actor.DESK, p, a.getActivityId(), a.getActivityName(),
            "history:activity-instance");
        start.put("activityType", a.getActivityType());
        start.put("activityInstanceId", a.getId());
        putIfSet(start, "calledProcessInstanceId", a.getCalledProcessInstanceId());
        if (task != null) {
          start.put("taskId", task.getId());
          start.put("taskName", task.getName());
          start.put("priority", task.getPriority());
          start.set("dueDate", values.of(task.getDueDate()));
        }
        if (a.getEndTime() != null) {
          UserOperationLogEntry completion = task == null ? null : completions.get(task.getId());
          Actor actor = completion != null ? person(completion.getUserId()) : Actor.DESK;
          ObjectNode end = add(a.getEndTime(), 1, a.getId(), "STEP_ENDED", actor, p, a.getActivityId(), a.getActivityName(),
              "history:activity-instance");
          end.put("activityType", a.getActivityType());
          end.put("activityInstanceId", a.getId());
          end.put("durationMs", a.getDurationInMillis() == null ? 0 : a.getDurationInMillis());
          end.put("canceled", a.isCanceled());
          if (task != null) {
            end.put("taskId", task.getId());
            putIfSet(end, "assignee", task.getAssignee());
            putIfSet(end, "owner", task.getOwner());
            putIfSet(end, "deleteReason", task.getDeleteReason());
            putIfSet(end, "completedBy", completion == null ? null : completion.getUserId());
          }
        }
        if (task != null) {
          identityLinks(p, a, task);
        }
      }
      if (p.getEndTime() != null) {
        ObjectNode ended = add(p.getEndTime(), 1, p.getId(), "PROCESS_ENDED", Actor.DESK, p, p.getEndActivityId(), null,
            "history:process-instance");
        ended.put("state", p.getState());
        putIfSet(ended, "deleteReason", p.getDeleteReason());
        ended.put("durationMs", p.getDurationInMillis() == null ? 0 : p.getDurationInMillis());
      }
    }

    void identityLinks(HistoricProcessInstance p, HistoricActivityInstance a, HistoricTaskInstance task) {
      for (HistoricIdentityLinkLog link : history.createHistoricIdentityLinkLogQuery().taskId(task.getId()).orderByTime().asc().list()) {
        boolean added = "add".equals(link.getOperationType());
        String kind = switch (link.getType()) {
          case "assignee" -> added ? "TASK_ASSIGNED" : "TASK_UNASSIGNED";
          case "owner" -> added ? "TASK_OWNER_SET" : "TASK_OWNER_REMOVED";
          case "candidate" -> added ? "TASK_CANDIDATE_ADDED" : "TASK_CANDIDATE_REMOVED";
          default -> "TASK_IDENTITY_LINK";
        };
        ObjectNode data = add(link.getTime(), 1, link.getId(), kind, person(link.getAssignerId()), p, a.getActivityId(),
            a.getActivityName(), "history:identity-link-log");
        data.put("taskId", task.getId());
        data.put("type", link.getType());
        data.put("operation", link.getOperationType());
        putIfSet(data, "userId", link.getUserId());
        putIfSet(data, "groupId", link.getGroupId());
      }
    }

    // ---- variables, form submissions, customer replies -----------------------------------------

    /** Every instance's details in one time order, so a reply's arrival comes before its copies. */
    void variables() {
      List<HistoricDetail> details = new ArrayList<>();
      for (HistoricProcessInstance p : instances.values()) {
        details.addAll(history.createHistoricDetailQuery().processInstanceId(p.getId()).disableCustomObjectDeserialization()
            .orderByTime().asc().orderPartiallyByOccurrence().asc().list());
      }
      details.sort(Comparator.comparing(HistoricDetail::getTime).thenComparingLong(d -> tie(d.getId())));
      history.createHistoricVariableInstanceQuery().processInstanceIdIn(instances.keySet().toArray(String[]::new)).includeDeleted()
          .disableBinaryFetching().disableCustomObjectDeserialization().list()
          .forEach(v -> variableScopes.put(v.getId(), v.getActivityInstanceId()));
      Map<String, JsonNode> previous = new HashMap<>();
      Map<String, JsonNode> latest = new HashMap<>();
      Set<JsonNode> replies = new HashSet<>();
      for (HistoricDetail detail : details) {
        HistoricProcessInstance p = instances.get(detail.getProcessInstanceId());
        Actor actor = detail.getUserOperationId() != null && operationUsers.containsKey(detail.getUserOperationId())
            ? person(operationUsers.get(detail.getUserOperationId())) : Actor.DESK;
        if (detail instanceof HistoricFormField field) {
          ObjectNode data = add(detail.getTime(), 1, detail.getId(), "FORM_FIELD_SUBMITTED", actor, p, null, null, "history:detail");
          data.put("field", field.getFieldId());
          data.set("value", values.of(field.getFieldValue()));
          putIfSet(data, "taskId", detail.getTaskId());
          continue;
        }
        if (!(detail instanceof HistoricVariableUpdate update)) {
          continue;
        }
        JsonNode value = values.of(update.getTypedValue() != null ? update.getTypedValue() : update.getValue());
        JsonNode before = previous.put(update.getVariableInstanceId(), value);
        ObjectNode initial = (ObjectNode) startedEntry(p).get("variables");
        boolean handedIn = update.getRevision() == 0 && p.getSuperProcessInstanceId() != null
            && detail.getTime().getTime() == p.getStartTime().getTime() && p.getId().equals(detail.getActivityInstanceId())
            && value.equals(latest.get(p.getSuperProcessInstanceId() + "/" + update.getVariableName()));
        latest.put(p.getId() + "/" + update.getVariableName(), value);
        if (Boolean.TRUE.equals(update.isInitial()) || handedIn) {
          // Start variables, and those a calling process handed in unchanged: shown with the process's start.
          initial.set(update.getVariableName(), value);
          continue;
        }
        updates.add(update);
        if (CaseVariables.CUSTOMER_REPLY.equals(update.getVariableName()) && replies.add(value)) {
          // Where the reply arrived; its copies into the calling processes follow as variable changes.
          ObjectNode data = add(detail.getTime(), 1, detail.getId(), "CUSTOMER_REPLY", new Actor(ActorType.BACK_END, null), p, null, null,
              "history:detail");
          data.set("reply", value);
          continue;
        }
        HistoricActivityInstance setIn = detail.getActivityInstanceId() == null ? null : activityInstances.get(detail.getActivityInstanceId());
        ObjectNode data = add(detail.getTime(), 1, detail.getId(), "VARIABLE_SET", actor, p, setIn == null ? null : setIn.getActivityId(),
            setIn == null ? null : setIn.getActivityName(), "history:detail");
        data.put("name", update.getVariableName());
        data.put("type", update.getTypeName());
        data.set("value", value);
        if (before != null) {
          data.set("previousValue", before);
        }
        data.put("revision", update.getRevision());
        putIfSet(data, "taskId", detail.getTaskId());
        String scope = variableScopes.get(update.getVariableInstanceId());
        // Where the variable lives: the whole process, or one step (a task's input parameter, a task-local value).
        data.put("scope", scope == null || scope.equals(p.getId()) ? "process" : "step");
      }
    }

    // ---- decisions --------------------------------------------------------------------------------

    void decisions(HistoricProcessInstance p) {
      history.createHistoricDecisionInstanceQuery().processInstanceId(p.getId()).includeInputs().includeOutputs()
          .disableCustomObjectDeserialization().list().forEach(d -> decision(d, p, false));
    }

    void standaloneDecisions() {
      List<String> linked = auditLog.linkedDecisions(c.caseNumber());
      if (linked.isEmpty()) {
        return;
      }
      history.createHistoricDecisionInstanceQuery().decisionInstanceIdIn(linked.toArray(String[]::new)).includeInputs().includeOutputs()
          .disableCustomObjectDeserialization().list().forEach(d -> decision(d, null, true));
    }

    void decision(HistoricDecisionInstance d, HistoricProcessInstance p, boolean beforeStart) {
      Actor actor = d.getUserId() != null ? person(d.getUserId()) : Actor.DESK;
      ObjectNode data = add(d.getEvaluationTime(), beforeStart ? 0 : 1, d.getId(), "DECISION_EVALUATED", actor, p, d.getActivityId(), null,
          "history:decision-instance");
      data.put("decisionInstanceId", d.getId());
      data.put("decisionKey", d.getDecisionDefinitionKey());
      data.put("decisionName", d.getDecisionDefinitionName());
      data.put("decisionDefinitionId", d.getDecisionDefinitionId());
      data.put("decisionVersion", decisionVersion(d.getDecisionDefinitionId()));
      data.put("evaluatedBeforeCaseStart", beforeStart);
      if (beforeStart && TriagePolicy.DECISION_KEY.equals(d.getDecisionDefinitionKey())) {
        data.put("purpose", "TRIAGE");
      }
      ArrayNode inputs = data.putArray("inputs");
      for (HistoricDecisionInputInstance in : d.getInputs()) {
        ObjectNode input = inputs.addObject();
        input.put("clauseId", in.getClauseId());
        input.put("clause", in.getClauseName());
        input.set("value", values.of(in.getTypedValue() != null ? in.getTypedValue() : in.getValue()));
      }
      ArrayNode outputs = data.putArray("outputs");
      Map<String, ObjectNode> rules = new LinkedHashMap<>();
      Map<String, String> descriptions = ruleDescriptions(d.getDecisionDefinitionId());
      for (HistoricDecisionOutputInstance out : d.getOutputs()) {
        ObjectNode output = outputs.addObject();
        output.put("ruleId", out.getRuleId());
        output.put("ruleOrder", out.getRuleOrder());
        output.put("clauseId", out.getClauseId());
        output.put("clause", out.getClauseName());
        output.put("variable", out.getVariableName());
        output.set("value", values.of(out.getTypedValue() != null ? out.getTypedValue() : out.getValue()));
        rules.computeIfAbsent(out.getRuleId(), id -> {
          ObjectNode rule = JsonNodeFactory.instance.objectNode();
          rule.put("ruleId", id);
          rule.put("ruleOrder", out.getRuleOrder());
          putIfSet(rule, "description", descriptions.get(id));
          return rule;
        });
      }
      data.putArray("matchedRules").addAll(rules.values());
    }

    // ---- incidents, retries ---------------------------------------------------------------------

    void incidentsAndJobs(HistoricProcessInstance p) {
      for (HistoricIncident incident : history.createHistoricIncidentQuery().processInstanceId(p.getId()).list()) {
        ObjectNode created = add(incident.getCreateTime(), 1, incident.getId(), "INCIDENT_CREATED", Actor.DESK, p, incident.getActivityId(),
            null, "history:incident");
        incident(created, incident);
        if (incident.getEndTime() != null) {
          ObjectNode ended = add(incident.getEndTime(), 1, incident.getId(), incident.isDeleted() ? "INCIDENT_DELETED" : "INCIDENT_RESOLVED",
              Actor.DESK, p, incident.getActivityId(), null, "history:incident");
          incident(ended, incident);
        }
      }
      for (HistoricJobLog job : history.createHistoricJobLogQuery().processInstanceId(p.getId()).orderByTimestamp().asc()
          .orderPartiallyByOccurrence().asc().list()) {
        String kind = job.isFailureLog() ? "JOB_FAILED" : job.isSuccessLog() ? "JOB_SUCCEEDED" : job.isDeletionLog() ? "JOB_DELETED" : "JOB_CREATED";
        ObjectNode data = add(job.getTimestamp(), 1, job.getId(), kind, Actor.DESK, p, job.getActivityId(), null, "history:job-log");
        data.put("jobId", job.getJobId());
        data.put("jobType", job.getJobDefinitionType());
        putIfSet(data, "jobConfiguration", job.getJobDefinitionConfiguration());
        data.put("retries", job.getJobRetries());
        data.set("dueDate", values.of(job.getJobDueDate()));
        putIfSet(data, "failedActivityId", job.getFailedActivityId());
        putIfSet(data, "exceptionMessage", job.getJobExceptionMessage());
        putIfSet(data, "hostname", job.getHostname());
      }
    }

    void incident(ObjectNode data, HistoricIncident incident) {
      data.put("incidentId", incident.getId());
      data.put("incidentType", incident.getIncidentType());
      putIfSet(data, "message", incident.getIncidentMessage());
      putIfSet(data, "jobId", incident.getConfiguration());
      putIfSet(data, "failedActivityId", incident.getFailedActivityId());
      data.put("state", incident.isResolved() ? "RESOLVED" : incident.isDeleted() ? "DELETED" : "OPEN");
    }

    // ---- the desk's tables --------------------------------------------------------------------------

    void caseRow() {
      ObjectNode opened = add(c.createdAt(), 0, null, "CASE_OPENED", backEnd(c.openedBy()), null, null, null, "desk:cd_case");
      opened.put("type", c.type());
      opened.put("customerUid", c.customerUid());
      opened.put("channel", c.channel().name());
      opened.put("tier", c.tier().name());
      opened.put("locale", c.locale());
      opened.put("requestedLocale", c.requestedLocale());
      opened.put("localeFallback", c.localeFallback());
      opened.put("subject", c.subject());
      if (c.status().isFinal() && c.resolvedAt() != null) {
        ObjectNode ended = add(c.resolvedAt(), 2, null, "CASE_ENDED", Actor.DESK, null, null, null, "desk:cd_case");
        ended.put("status", c.status().name());
        putIfSet(ended, "outcome", c.outcome());
        putIfSet(ended, "outcomeReason", c.outcomeReason());
        ended.put("escalated", c.escalated());
      }
    }

    void slaClocks() {
      List<SlaClockView> clocks = slaClocks.forCase(c.caseNumber());
      for (SlaClockView clock : clocks) {
        sla(clock, clock.atRiskReachedAt(), "SLA_AT_RISK");
        sla(clock, clock.breachedAt(), "SLA_BREACHED");
        sla(clock, clock.metAt(), clock.state().name().equals("STOPPED") ? "SLA_STOPPED" : "SLA_MET");
      }
      // The clocks pause while the case waits for its customer (customer-reply-wait) and resume when it stops waiting.
      for (HistoricProcessInstance wait : instances.values()) {
        if (!CUSTOMER_REPLY_WAIT.equals(wait.getProcessDefinitionKey()) || clocks.isEmpty()) {
          continue;
        }
        pause(wait, clocks, wait.getStartTime().toInstant(), "SLA_PAUSED");
        if (wait.getEndTime() != null) {
          pause(wait, clocks, wait.getEndTime().toInstant(), "SLA_RESUMED");
        }
      }
    }

    void pause(HistoricProcessInstance wait, List<SlaClockView> clocks, Instant at, String kind) {
      ArrayNode counting = JsonNodeFactory.instance.arrayNode();
      for (SlaClockView clock : clocks) {
        boolean ended = (clock.metAt() != null && !clock.metAt().isAfter(at)) || (clock.breachedAt() != null && clock.breachedAt().isBefore(at));
        if (!ended) {
          counting.add(clock.clock().name());
        }
      }
      if (counting.isEmpty()) {
        return;
      }
      Sorted sorted = entry(at, 1, null, kind, Actor.DESK, wait, kind.equals("SLA_PAUSED") ? wait.getStartActivityId() : wait.getEndActivityId(),
          null, "history:process-instance/" + wait.getId());
      sorted.tie = tie(wait.getId()) + 1;
      ObjectNode data = (ObjectNode) sorted.entry.get("data");
      data.set("clocks", counting);
      if (kind.equals("SLA_RESUMED")) {
        data.put("endActivityId", wait.getEndActivityId());
      }
    }

    void sla(SlaClockView clock, Instant at, String kind) {
      if (at == null) {
        return;
      }
      ObjectNode data = add(at, 1, null, kind, Actor.DESK, null, null, null, "desk:cd_sla_clock");
      data.put("clock", clock.clock().name());
      data.put("state", clock.state().name());
      data.put("due", clock.due().toString());
      data.put("pausedSeconds", clock.pausedTotal().toSeconds());
      data.put("pauses", clock.pauses());
    }

    /** Every column of the outbox, so that what other work adds to it (delivery state) shows without change. */
    void notifications() {
      jdbc.sql("select * from cd_notification where case_number = :n order by id").param("n", c.caseNumber()).query(rs -> {
        ResultSetMetaData meta = rs.getMetaData();
        Object created = rs.getObject("created_at", OffsetDateTime.class);
        ObjectNode data = add(((OffsetDateTime) created).toInstant(), 1, null, "NOTIFICATION", Actor.DESK, null, null, null,
            "desk:cd_notification");
        for (int i = 1; i <= meta.getColumnCount(); i++) {
          String column = meta.getColumnLabel(i).toLowerCase(Locale.ROOT);
          if (column.equals("case_number") || column.equals("created_at")) {
            continue;
          }
          Object value = rs.getObject(i);
          if (value instanceof java.sql.Timestamp || value instanceof java.time.temporal.Temporal) {
            value = rs.getObject(i, OffsetDateTime.class);
          } else if (value instanceof java.sql.Clob clob) {
            value = clob.getSubString(1, (int) clob.length());
          }
          data.set(camel(column), values.of(value));
        }
      });
    }

    void deskAuditLog() {
      Map<String, String> keys = new HashMap<>();
      instances.values().forEach(p -> keys.put(p.getId(), p.getProcessDefinitionKey()));
      for (AuditRecord r : auditLog.forCase(c.caseNumber())) {
        HistoricProcessInstance p = r.processInstanceId() == null ? null : instances.get(r.processInstanceId());
        Actor actor = new Actor(r.actorType(), r.actor());
        boolean beforeStart = p == null && (r.kind().equals(AuditRecord.API_REQUEST) || r.kind().endsWith("_CALL"));
        Sorted sorted = entry(r.at(), beforeStart ? 0 : 1, null, r.kind(), actor, p, r.activityId(), null, "desk:cd_audit_event/" + r.id());
        if (p != null && r.activityId() != null) {
          sorted.tie = stepTie(p.getId() + "/" + r.activityId(), r.at());
        }
        ObjectNode data = (ObjectNode) sorted.entry.get("data");
        data.put("operation", r.operation());
        data.put("outcome", r.outcome());
        if (r.durationMs() != null) {
          data.put("durationMs", r.durationMs());
        }
        data.set("detail", values.parsedOrText(r.detail()));
      }
      relayers();
    }

    /** Each reply the API accepted names who relayed it: the n-th accepted reply request is the n-th reply. */
    void relayers() {
      List<ObjectNode> requests = entries.stream().map(s -> s.entry)
          .filter(e -> e.path("kind").asText().equals(AuditRecord.API_REQUEST)
              && e.at("/data/operation").asText().endsWith("/replies") && e.at("/data/outcome").asText().startsWith("2"))
          .sorted(Comparator.comparing(e -> e.path("at").asText()))
          .toList();
      List<ObjectNode> replies = entries.stream().map(s -> s.entry).filter(e -> e.path("kind").asText().equals("CUSTOMER_REPLY"))
          .sorted(Comparator.comparing(e -> e.path("at").asText()))
          .toList();
      for (int i = 0; i < replies.size() && i < requests.size(); i++) {
        replies.get(i).put("actor", requests.get(i).path("actor").asText(null));
        ((ObjectNode) replies.get(i).get("data")).put("relayedBy", requests.get(i).path("actor").asText(null));
      }
    }

    // ---- the summary ----------------------------------------------------------------------------------

    void summary() {
      summary.put("caseNumber", c.caseNumber());
      summary.put("type", c.type());
      summary.put("customerUid", c.customerUid());
      summary.put("status", c.status().name());
      putIfSet(summary, "outcome", c.outcome());
      putIfSet(summary, "outcomeReason", c.outcomeReason());
      summary.put("openedAt", c.createdAt().toString());
      putIfSet(summary, "openedBy", c.openedBy());
      putIfSet(summary, "endedAt", c.resolvedAt() == null ? null : c.resolvedAt().toString());
      ArrayNode processes = summary.putArray("processes");
      for (HistoricProcessInstance p : instances.values()) {
        ObjectNode process = processes.addObject();
        process.put("process", p.getProcessDefinitionKey());
        process.put("version", p.getProcessDefinitionVersion());
        process.put("processInstanceId", p.getId());
        process.put("state", p.getState());
        process.put("startedAt", p.getStartTime().toInstant().toString());
        putIfSet(process, "endedAt", p.getEndTime() == null ? null : p.getEndTime().toInstant().toString());
      }
      List<ObjectNode> all = entries.stream().map(s -> s.entry).toList();
      all.stream().filter(e -> "TRIAGE".equals(e.at("/data/purpose").asText(null))).findFirst().ifPresent(triage -> {
        ObjectNode t = summary.putObject("triage");
        t.put("decisionInstanceId", triage.at("/data/decisionInstanceId").asText());
        t.put("decisionKey", triage.at("/data/decisionKey").asText());
        t.put("decisionVersion", triage.at("/data/decisionVersion").asInt());
        t.put("evaluatedAt", triage.path("at").asText());
        t.set("matchedRules", triage.at("/data/matchedRules"));
        ObjectNode in = t.putObject("inputs");
        triage.at("/data/inputs").forEach(i -> in.set(i.path("clause").asText(i.path("clauseId").asText()), i.get("value")));
        ObjectNode out = t.putObject("outputs");
        triage.at("/data/outputs").forEach(o -> out.set(o.path("variable").asText(), o.get("value")));
      });
      ArrayNode decisions = summary.putArray("decisions");
      Instant lastDecision = null;
      for (ObjectNode e : all) {
        if (!"STEP_ENDED".equals(e.path("kind").asText()) || !e.at("/data/completedBy").isTextual()) {
          continue;
        }
        UserOperationLogEntry completion = completions.get(e.at("/data/taskId").asText());
        ObjectNode d = decisions.addObject();
        d.put("process", e.path("process").asText());
        d.put("step", e.path("step").asText());
        d.put("stepName", e.path("stepName").asText());
        d.put("taskId", e.at("/data/taskId").asText());
        d.put("completedBy", e.at("/data/completedBy").asText());
        d.put("completedAt", e.path("at").asText());
        for (String field : List.of(CaseVariables.DECISION, CaseVariables.REASON_CODE, CaseVariables.COMMENT)) {
          d.set(field, submitted(completion == null ? null : completion.getOperationId(), field));
        }
        lastDecision = Instant.parse(e.path("at").asText());
      }
      Instant cutoff = lastDecision != null ? lastDecision : c.resolvedAt();
      ObjectNode checks = summary.putObject("checks");
      for (HistoricVariableUpdate u : updates) {
        String scope = variableScopes.get(u.getVariableInstanceId());
        boolean processScope = scope == null || scope.equals(u.getProcessInstanceId());
        if (!processScope || u.getUserOperationId() != null || DESK_VARIABLES.contains(u.getVariableName())
            || (cutoff != null && u.getTime().toInstant().isAfter(cutoff))) {
          continue;
        }
        HistoricProcessInstance p = instances.get(u.getProcessInstanceId());
        ObjectNode check = JsonNodeFactory.instance.objectNode();
        check.set("value", values.of(u.getTypedValue() != null ? u.getTypedValue() : u.getValue()));
        check.put("process", p == null ? null : p.getProcessDefinitionKey());
        check.put("setAt", u.getTime().toInstant().toString());
        checks.set(u.getVariableName(), check);
      }
      String reviewedBy = latest(CaseVariables.REVIEWED_BY);
      String secondApprovalBy = latest(CaseVariables.SECOND_APPROVAL_BY);
      summary.put("fourEyes", secondApprovalBy != null);
      putIfSet(summary, "reviewedBy", reviewedBy);
      putIfSet(summary, "secondApprovalBy", secondApprovalBy);
      ArrayNode sla = summary.putArray("sla");
      for (SlaClockView clock : slaClocks.forCase(c.caseNumber())) {
        ObjectNode s = sla.addObject();
        s.put("clock", clock.clock().name());
        s.put("state", clock.state().name());
        s.put("due", clock.due().toString());
        s.put("breached", clock.breached());
        putIfSet(s, "breachedAt", clock.breachedAt() == null ? null : clock.breachedAt().toString());
        putIfSet(s, "atRiskReachedAt", clock.atRiskReachedAt() == null ? null : clock.atRiskReachedAt().toString());
        s.put("pausedSeconds", clock.pausedTotal().toSeconds());
        s.put("pauses", clock.pauses());
      }
      summary.put("entries", entries.size());
    }

    /** What a person's completion set a review field to (details written in that operation). */
    JsonNode submitted(String operationId, String field) {
      if (operationId == null) {
        return JsonNodeFactory.instance.nullNode();
      }
      JsonNode found = JsonNodeFactory.instance.nullNode();
      for (HistoricVariableUpdate u : updates) {
        if (operationId.equals(u.getUserOperationId()) && field.equals(u.getVariableName())) {
          found = values.of(u.getTypedValue() != null ? u.getTypedValue() : u.getValue());
        }
      }
      return found;
    }

    String latest(String variable) {
      String value = null;
      for (HistoricVariableUpdate u : updates) {
        if (variable.equals(u.getVariableName()) && u.getValue() != null) {
          value = u.getValue().toString();
        }
      }
      return value;
    }

    // ---- helpers ----------------------------------------------------------------------------------------

    Actor starterOf(HistoricProcessInstance p) {
      if (p.getId().equals(c.processInstanceId())) {
        return backEnd(c.openedBy()); // intake started the case for the exchange's back end
      }
      return p.getStartUserId() != null ? person(p.getStartUserId()) : Actor.DESK;
    }

    ObjectNode startedEntry(HistoricProcessInstance p) {
      return entries.stream().map(s -> s.entry)
          .filter(e -> e.path("kind").asText().equals("PROCESS_STARTED") && p.getId().equals(e.path("processInstanceId").asText()))
          .map(e -> (ObjectNode) e.get("data")).findFirst().orElseThrow();
    }

    long stepTie(String key, Instant at) {
      long best = 0;
      for (long[] start : stepStarts.getOrDefault(key, List.of())) {
        if (start[0] <= at.toEpochMilli()) {
          best = start[1] + 1;
        }
      }
      return best;
    }

    ObjectNode add(Date at, int phase, String id, String kind, Actor actor, HistoricProcessInstance p, String step, String stepName,
        String source) {
      return add(at.toInstant(), phase, id, kind, actor, p, step, stepName, source);
    }

    ObjectNode add(Instant at, int phase, String id, String kind, Actor actor, HistoricProcessInstance p, String step, String stepName,
        String source) {
      return (ObjectNode) entry(at, phase, id, kind, actor, p, step, stepName, source).entry.get("data");
    }

    Sorted entry(Instant at, int phase, String id, String kind, Actor actor, HistoricProcessInstance p, String step, String stepName,
        String source) {
      ObjectNode e = json.createObjectNode();
      e.put("at", at.toString());
      e.put("caseNumber", c.caseNumber());
      e.put("kind", kind);
      e.put("actorType", actor.type().name());
      e.put("actor", actor.id());
      e.put("process", p == null ? null : p.getProcessDefinitionKey());
      if (p != null) {
        e.put("processVersion", p.getProcessDefinitionVersion());
      } else {
        e.putNull("processVersion");
      }
      e.put("processInstanceId", p == null ? null : p.getId());
      e.put("step", step);
      e.put("stepName", stepName);
      e.put("source", id == null ? source : source + "/" + id);
      e.putObject("data");
      Sorted sorted = new Sorted(at, phase, tie(id), entries.size(), e);
      entries.add(sorted);
      return sorted;
    }

    Actor person(String userId) {
      return userId == null ? Actor.DESK : new Actor(ActorType.PERSON, userId);
    }

    Actor backEnd(String account) {
      return new Actor(ActorType.BACK_END, account);
    }
  }

  record Actor(ActorType type, String id) {
    static final Actor DESK = new Actor(ActorType.DESK, null);
  }

  /** An entry with what orders it: time, then phase (before the case's start, during, its end), then creation order. */
  static final class Sorted {
    final Instant at;
    final int phase;
    long tie;
    final int index;
    final ObjectNode entry;

    Sorted(Instant at, int phase, long tie, int index, ObjectNode entry) {
      this.at = at;
      this.phase = phase;
      this.tie = tie;
      this.index = index;
      this.entry = entry;
    }
  }

  /**
   * Within one millisecond: the engine's ids. Time-based UUIDs (the starter's default id generator)
   * carry their creation time in 100 ns steps, numeric ids grow; either orders what one node did.
   */
  static long tie(String id) {
    if (id == null) {
      return 0;
    }
    String plain = id.contains("/") ? id.substring(0, id.indexOf('/')) : id;
    plain = plain.substring(plain.lastIndexOf(':') + 1); // activity instance ids: <activity id>:<id>
    try {
      UUID uuid = UUID.fromString(plain);
      return uuid.version() == 1 ? uuid.timestamp() : 0;
    } catch (IllegalArgumentException e) {
      try {
        return Long.parseLong(plain);
      } catch (NumberFormatException notNumeric) {
        return 0;
      }
    }
  }

  private String versionTag(String definitionId) {
    try {
      return repository.getProcessDefinition(definitionId).getVersionTag();
    } catch (RuntimeException e) {
      return null; // the definition was deleted; history keeps the instance
    }
  }

  private int decisionVersion(String definitionId) {
    return decisionVersions.computeIfAbsent(definitionId, id -> {
      try {
        return repository.getDecisionDefinition(id).getVersion();
      } catch (RuntimeException e) {
        return 0;
      }
    });
  }

  /** Rule id to the analyst's description of the rule, from the decision's model as deployed. */
  private Map<String, String> ruleDescriptions(String definitionId) {
    return ruleDescriptions.computeIfAbsent(definitionId, id -> {
      Map<String, String> descriptions = new HashMap<>();
      try {
        for (Rule rule : repository.getDmnModelInstance(id).getModelElementsByType(Rule.class)) {
          if (rule.getDescription() != null && rule.getDescription().getTextContent() != null) {
            descriptions.put(rule.getId(), rule.getDescription().getTextContent().trim());
          }
        }
      } catch (RuntimeException e) {
        // a deleted definition: its rules are named by id only
      }
      return descriptions;
    });
  }

  private static void putIfSet(ObjectNode node, String field, String value) {
    if (value != null) {
      node.put(field, value);
    }
  }

  private static String camel(String column) {
    StringBuilder out = new StringBuilder();
    boolean upper = false;
    for (char ch : column.toCharArray()) {
      if (ch == '_') {
        upper = true;
      } else {
        out.append(upper ? Character.toUpperCase(ch) : ch);
        upper = false;
      }
    }
    return out.toString();
  }

  private static Set<String> constants(Class<?>... holders) {
    Set<String> names = new HashSet<>();
    for (Class<?> holder : holders) {
      for (Field field : holder.getFields()) {
        if (Modifier.isStatic(field.getModifiers()) && field.getType() == String.class) {
          try {
            names.add((String) field.get(null));
          } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
          }
        }
      }
    }
    return Set.copyOf(names);
  }
}
