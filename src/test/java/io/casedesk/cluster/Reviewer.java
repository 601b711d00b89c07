package io.casedesk.cluster;

import com.fasterxml.jackson.databind.JsonNode;
import io.casedesk.cluster.CaseMix.Kind;
import io.casedesk.support.DeskNode;
import io.casedesk.support.Poll;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * The agent of these tests: approves complete KYC applications over the engine REST API (as
 * Tasklist does): {@link Kind#KYC_APPROVED} at once, {@link Kind#KYC_REVIEWED} once both of its SLA
 * clocks ran out, so that every SLA timer had its turn first.
 */
final class Reviewer {

  static final String AGENT = "agentEn";

  private final DeskHttp http = new DeskHttp();
  private final CaseAudit audit;
  private final Intake intake;
  private final Supplier<List<DeskNode>> nodes;
  private final Set<String> approved = ConcurrentHashMap.newKeySet();

  Reviewer(CaseAudit audit, Intake intake, Supplier<List<DeskNode>> nodes) {
    this.audit = audit;
    this.intake = intake;
    this.nodes = nodes;
  }

  /** Approves what falls due until every accepted case is done, as the database shows it. */
  void untilAllDone(Duration bound, String what) {
    Poll.until(bound, what, () -> {
      approveDue();
      return audit.allDone(intake);
    }, () -> audit.undone(intake));
  }

  /** One round: approves what is due for approval on the first node that answers; the rest next round. */
  void approveDue() {
    for (Map.Entry<String, String> accepted : intake.accepted.entrySet()) {
      String caseNumber = accepted.getValue();
      Kind kind = intake.requests.get(accepted.getKey()).kind();
      boolean due = kind == Kind.KYC_APPROVED
          || kind == Kind.KYC_REVIEWED && audit != null && audit.number("select count(*) from cd_sla_clock where case_number = '"
              + caseNumber + "' and clock = 'RESOLUTION' and breached_at is not null") == 1;
      if (!due || approved.contains(caseNumber)) {
        continue;
      }
      for (DeskNode node : nodes.get()) {
        if (approve(node, caseNumber)) {
          approved.add(caseNumber);
          break;
        }
      }
    }
  }

  private boolean approve(DeskNode node, String caseNumber) {
    try {
      JsonNode tasks = http.get(node, AGENT, "/engine-rest/task?processInstanceBusinessKey=" + caseNumber).json();
      if (tasks.size() != 1) {
        return false;
      }
      int status = http.postJson(node, AGENT, "/engine-rest/task/" + tasks.get(0).get("id").asText() + "/complete",
          "{\"variables\":{\"decision\":{\"value\":\"APPROVE\",\"type\":\"String\"}}}").status();
      // 5xx: e.g. an SLA timer changed the task at the same moment (optimistic locking); next round.
      return status == 204;
    } catch (IOException e) {
      return false;
    }
  }
}
