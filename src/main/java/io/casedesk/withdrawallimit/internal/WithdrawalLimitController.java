package io.casedesk.withdrawallimit.internal;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.casedesk.cases.CaseRecord;
import io.casedesk.cases.CaseRegistry;
import io.casedesk.cases.CaseView;
import io.casedesk.cases.CaseViews;
import io.casedesk.casetype.DocumentReference;
import io.casedesk.intake.CaseOpener;
import io.casedesk.kyc.KycDetails;
import io.casedesk.web.ClientProblem;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.net.URI;
import java.security.Principal;
import java.time.Instant;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Withdrawal-limit requests beyond the case API: how the desk decided one (the rule, its inputs, the
 * explanation), and opening with one call the KYC verification a request needs.
 */
@RestController
@RequestMapping(path = "/api/cases/{caseNumber}", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Withdrawal limits", description = "How a withdrawal-limit request was decided; the KYC verification it needs")
class WithdrawalLimitController {

  static final String KYC_TYPE = "KYC_VERIFICATION";

  private final CaseRegistry registry;
  private final CaseViews views;
  private final LimitRequests requests;
  private final DecisionExplanations explanations;
  private final CaseOpener opener;
  private final ObjectMapper objectMapper;

  WithdrawalLimitController(
      CaseRegistry registry, CaseViews views, LimitRequests requests, DecisionExplanations explanations, CaseOpener opener,
      ObjectMapper objectMapper) {
    this.registry = registry;
    this.views = views;
    this.requests = requests;
    this.explanations = explanations;
    this.opener = opener;
    this.objectMapper = objectMapper;
  }

  /** How the desk decided a withdrawal-limit request. */
  record LimitDecisionView(
      String caseNumber,
      String customerUid,
      BigDecimal requestedDailyLimitUsd,
      @Schema(description = "The daily limit when the request was decided") BigDecimal currentDailyLimitUsd,
      int kycLevel,
      @Schema(description = "APPROVE, NEEDS_KYC_LEVEL, REVIEW or DECLINE", example = "APPROVE") String decision,
      @Schema(example = "WITHIN_LEVEL_CEILING") String reason,
      @Schema(description = "Who reviews it, for REVIEW", example = "kyc") String reviewQueue,
      @Schema(description = "The KYC level needed, for NEEDS_KYC_LEVEL", example = "2") Integer neededKycLevel,
      @Schema(description = "The daily limit approved, by the table or a person") BigDecimal approvedDailyLimitUsd,
      @Schema(description = "The daily limit in force after the desk applied it") BigDecimal appliedDailyLimitUsd,
      Instant appliedAt,
      Rule rule,
      @Schema(description = "Every input of the decision table with the value it saw") List<Input> inputs,
      @Schema(description = "The decision in words: the rule that matched and its inputs") String explanation,
      Instant decidedAt,
      @Schema(description = "The KYC verification case opened for this request") String kycCaseNumber) {}

  /** The rule of the decision table that matched. */
  record Rule(String decisionTable, int version, String id, Integer order, String description, Instant evaluatedAt) {}

  record Input(String label, Object value) {}

  /** Body of the one call that opens the KYC verification a request needs: who to verify, and with what. */
  record KycVerificationRequest(
      @NotNull @Valid KycDetails.Applicant applicant,
      @NotNull @Valid KycDetails.IdentityDocument identityDocument,
      @Size(max = 20) List<@NotNull @Valid DocumentReference> documents) {}

  @GetMapping("/withdrawal-limit")
  @Operation(summary = "How a withdrawal-limit request was decided: the decision, the rule that matched, its inputs, the limit applied")
  @ApiResponse(responseCode = "200", description = "The decision and how it was reached")
  @ApiResponse(responseCode = "404", description = "No such withdrawal-limit request, or not decided yet (ask again in a few seconds)")
  LimitDecisionView decision(@PathVariable String caseNumber) {
    limitRequest(caseNumber);
    LimitRequests.LimitRequest r = requests.find(caseNumber).orElseThrow(() -> new NotDecidedYet(caseNumber));
    var explained = r.decisionInstanceId() == null ? java.util.Optional.<DecisionExplanations.Explanation>empty() : explanations.find(r.decisionInstanceId());
    return new LimitDecisionView(
        r.caseNumber(), r.customerUid(), r.requestedDailyUsd(), r.currentDailyUsd(), r.kycLevel(), r.decision(), r.reason(), r.reviewQueue(),
        r.neededKycLevel(), r.approvedDailyUsd(), r.appliedDailyUsd(), r.appliedAt(),
        explained.map(e -> new Rule(e.decisionKey(), e.version(), e.ruleId(), e.ruleOrder(), e.ruleDescription(), e.evaluatedAt())).orElse(null),
        explained.map(e -> e.inputs().stream().map(i -> new Input(i.label(), i.value())).toList()).orElse(List.of()),
        r.explanation(), r.decidedAt(), r.kycCaseNumber());
  }

  @PostMapping(path = "/kyc-verification", consumes = MediaType.APPLICATION_JSON_VALUE)
  @Operation(
      summary = "Open the KYC verification a withdrawal-limit request needs",
      description = "For a request decided NEEDS_KYC_LEVEL: opens a KYC_VERIFICATION case for the same customer (channel, tier and"
          + " locale of the request) at the level needed, with the applicant, identity document and any documents sent here, and"
          + " links the two cases. Missing documents are asked from the customer as in any KYC case. A repeated call returns the"
          + " case opened first (200) and opens nothing.")
  @ApiResponse(responseCode = "201", description = "The KYC verification case, opened")
  @ApiResponse(responseCode = "200", description = "The KYC verification case opened for this request before")
  @ApiResponse(responseCode = "404", description = "No such withdrawal-limit request")
  @ApiResponse(responseCode = "409", description = "The request does not need a KYC level")
  ResponseEntity<CaseView> openKycVerification(
      @PathVariable String caseNumber, @Valid @RequestBody KycVerificationRequest body, @Parameter(hidden = true) Principal caller) {
    CaseRecord limitCase = limitRequest(caseNumber);
    LimitRequests.LimitRequest r = requests.find(caseNumber)
        .filter(request -> RecordLimitDecisionDelegate.NEEDS_KYC_LEVEL.equals(request.decision()))
        .orElseThrow(() -> new NoKycLevelNeeded(caseNumber, requests.find(caseNumber).map(LimitRequests.LimitRequest::decision).orElse(null)));
    if (r.kycCaseNumber() != null) {
      return linked(r.kycCaseNumber(), HttpStatus.OK);
    }
    KycDetails details = new KycDetails(r.neededKycLevel(), body.applicant(), body.identityDocument(), body.documents());
    CaseOpener.Opened opened = opener.open(
        new CaseOpener.NewCase(
            KYC_TYPE, limitCase.customerUid(), limitCase.channel(), limitCase.tier(), limitCase.requestedLocale(),
            "Identity verification to KYC level " + r.neededKycLevel() + " for withdrawal-limit request " + caseNumber,
            "Opened for withdrawal-limit request " + caseNumber + ": a daily limit of " + UsdAmounts.text(r.requestedDailyUsd(), "en")
                + " needs KYC level " + r.neededKycLevel() + " (the account has level " + r.kycLevel() + ").",
            objectMapper.valueToTree(details)),
        "kyc-for-" + caseNumber, caller == null ? null : caller.getName());
    if (!requests.linkKycCase(caseNumber, opened.caseNumber())) {
      // A call at the same moment linked its case first: answer with that one.
      return linked(requests.find(caseNumber).orElseThrow().kycCaseNumber(), HttpStatus.OK);
    }
    return linked(opened.caseNumber(), HttpStatus.CREATED);
  }

  private ResponseEntity<CaseView> linked(String kycCaseNumber, HttpStatus status) {
    return ResponseEntity.status(status).location(URI.create("/api/cases/" + kycCaseNumber)).body(views.view(kycCaseNumber));
  }

  private CaseRecord limitRequest(String caseNumber) {
    return registry.find(caseNumber)
        .filter(c -> WithdrawalLimitCaseType.KEY.equals(c.type()))
        .orElseThrow(() -> new NotALimitRequest(caseNumber));
  }

  static class NotALimitRequest extends ClientProblem {
    NotALimitRequest(String caseNumber) {
      super(HttpStatus.NOT_FOUND, "unknown-limit-request", "Unknown withdrawal-limit request",
          "There is no withdrawal-limit request " + caseNumber + ".");
    }
  }

  static class NotDecidedYet extends ClientProblem {
    NotDecidedYet(String caseNumber) {
      super(HttpStatus.NOT_FOUND, "limit-request-not-decided", "Not decided yet",
          "Withdrawal-limit request " + caseNumber + " has not been decided yet; ask again in a few seconds.");
    }
  }

  static class NoKycLevelNeeded extends ClientProblem {
    NoKycLevelNeeded(String caseNumber, String decision) {
      super(HttpStatus.CONFLICT, "no-kyc-level-needed", "No KYC level needed",
          "Withdrawal-limit request " + caseNumber + (decision == null ? " has not been decided yet." : " was decided " + decision
              + "; only a request decided NEEDS_KYC_LEVEL opens a KYC verification."));
    }
  }
}
