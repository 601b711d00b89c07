package io.casedesk.twofactor.internal;

import com.fasterxml.jackson.databind.JsonNode;
import io.casedesk.casetype.CaseTypeDefinition;
import io.casedesk.casetype.DetailsReader;
import io.casedesk.casetype.ReviewDecision;
import io.casedesk.twofactor.TwoFactorResetDetails;
import io.casedesk.twofactor.TwoFactorVariables;
import io.casedesk.web.InvalidRequestException.FieldProblem;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/**
 * TWO_FACTOR_RESET, "I lost my authenticator": the riskiest request support handles, since a wrong
 * reset hands the account to an attacker. At intake and on replies the loss date must not lie in the
 * future and every IP address must be one; the process checks for a takeover before anyone acts.
 */
@Component
class TwoFactorResetCaseType implements CaseTypeDefinition {

  static final String PROCESS_KEY = "two-factor-reset";
  static final String REVIEW_TASK = "Task_ReviewReset";
  static final String IP_RULE = "must be an IPv4 or IPv6 address such as 203.0.113.24 or 2001:db8::24";

  private final DetailsReader reader;
  private final Clock clock;

  TwoFactorResetCaseType(DetailsReader reader, Clock clock) {
    this.reader = reader;
    this.clock = clock;
  }

  @Override
  public String key() {
    return "TWO_FACTOR_RESET";
  }

  @Override
  public String processKey() {
    return PROCESS_KEY;
  }

  @Override
  public Class<?> detailsType() {
    return TwoFactorResetDetails.class;
  }

  /** The details with IP addresses in one spelling, so they compare with the login history. */
  @Override
  public JsonNode validateDetails(JsonNode details) {
    List<String> recentIps = new ArrayList<>();
    TwoFactorResetDetails d = reader.read(details, TwoFactorResetDetails.class, "details", (read, problems) -> {
      if (read.lostOn() != null && read.lostOn().isAfter(LocalDate.now(clock.withZone(ZoneOffset.UTC)))) {
        problems.add(new FieldProblem("details.lostOn", "must not lie in the future"));
      }
      if (read.requestIp() != null && !read.requestIp().isBlank() && IpAddresses.normalize(read.requestIp()).isEmpty()) {
        problems.add(new FieldProblem("details.requestIp", IP_RULE));
      }
      for (int i = 0; i < read.recentIpsOrEmpty().size(); i++) {
        String raw = read.recentIpsOrEmpty().get(i);
        if (raw == null || raw.isBlank()) {
          continue; // reported by its constraint
        }
        Optional<String> ip = IpAddresses.normalize(raw);
        if (ip.isEmpty()) {
          problems.add(new FieldProblem("details.recentIps[" + i + "]", IP_RULE));
        } else if (!recentIps.contains(ip.get())) {
          recentIps.add(ip.get());
        }
      }
    });
    String requestIp = IpAddresses.normalize(d.requestIp()).orElseThrow();
    return reader.tree(new TwoFactorResetDetails(d.lostFactor(), d.lostOn(), d.identityDocument(), d.documents(),
        d.recentIps() == null ? null : recentIps, requestIp, d.requestDevice().trim()));
  }

  @Override
  public Map<String, Object> startVariables(JsonNode details) {
    return Map.of(
        TwoFactorVariables.LOST_FACTOR, details.get("lostFactor").asText(),
        TwoFactorVariables.LOST_ON, details.get("lostOn").asText(),
        TwoFactorVariables.REQUEST_IP, details.get("requestIp").asText(),
        TwoFactorVariables.SUSPECTED_TAKEOVER, false,
        TwoFactorVariables.WITHDRAWALS_LOCKED, false);
  }

  /** An expired identity document proves nobody's identity: such a reset is rejected or asked about, never approved. */
  @Override
  public List<String> refusals(DelegateTask task, ReviewDecision decision) {
    if (decision.approves() && REVIEW_TASK.equals(task.getTaskDefinitionKey())
        && Boolean.TRUE.equals(task.getVariable(TwoFactorVariables.DOCUMENT_EXPIRED))) {
      return List.of("The identity document has expired, so it cannot confirm who asks for the reset. Reject it or ask the customer for a valid document.");
    }
    return List.of();
  }

  @Override
  public Map<String, String> codeLists() {
    return Map.of(TwoFactorVariables.MISSING_DOCUMENTS, "document");
  }
}
