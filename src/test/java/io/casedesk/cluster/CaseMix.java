package io.casedesk.cluster;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.casedesk.support.CaseApi;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The cases these tests open, each with what must have happened exactly once when it is done: its
 * timers, its asynchronous ledger and chain steps, its notifications. Every request carries its own
 * Idempotency-Key, which also stands in its subject, so a case created twice for one request shows.
 */
final class CaseMix {

  static final List<String> SLA_TIMERS =
      List.of("Event_FirstResponseAtRisk", "Event_FirstResponseDue", "Event_ResolutionAtRisk", "Event_ResolutionDue");
  static final List<String> REPLY_TIMERS = List.of("Event_ReplyReminderDue", "Event_ReplyTimedOut");
  /** Timers that fire at most once per case (the deposit re-check timer repeats by design). */
  static final List<String> ONE_SHOT_TIMERS = List.of(
      "Event_FirstResponseAtRisk", "Event_FirstResponseDue", "Event_ResolutionAtRisk", "Event_ResolutionDue",
      "Event_ReplyReminderDue", "Event_ReplyTimedOut");

  static final String CONFIRMING_ETH = "0x2f9a4b7c1d3e5f60718293a4b5c6d7e8f9a0b1c2d3e4f5a68c3f1e5b2a7d4c6e";
  static final String UNCREDITED_BTC = "a1075db55d416d3ca199f55b6084e2115b9345e16c5cf302fc80e9d5fbf5d48d";

  /** What a case of each kind goes through, and how it ends. */
  enum Kind {
    /** Complete KYC application; waits for review until both SLA clocks ran out, then an agent approves (async ledger step). */
    KYC_REVIEWED("RESOLVED",
        Map.of("Event_FirstResponseAtRisk", 1, "Event_FirstResponseDue", 1, "Event_ResolutionAtRisk", 1, "Event_ResolutionDue", 1,
            "Task_SetKycLevel", 1),
        Map.of("kyc-approved", 1)),
    /** Complete KYC application, approved by an agent as soon as it is there (async ledger step). */
    KYC_APPROVED("RESOLVED", Map.of("Task_SetKycLevel", 1), Map.of("kyc-approved", 1)),
    /** The selfie is missing: the customer is asked, reminded, and the case closes without a reply. */
    KYC_NO_REPLY("CLOSED",
        Map.of("Event_ReplyReminderDue", 1, "Event_ReplyTimedOut", 1),
        Map.of("kyc-documents-missing", 1, "reply-reminder", 1, "case-closed-no-reply", 1)),
    /**
     * An Ethereum deposit still confirming: checked on chain (async), re-checked on a timer, then credited. The
     * demo chain counts confirmations from a node's first look at the transaction, so a case that comes late may
     * find it final at once and is credited without the "confirming" notice (never sent twice, as any notice).
     */
    DEPOSIT_CONFIRMING("RESOLVED", Map.of(), Map.of("deposit-credited", 1)),
    /** A Bitcoin deposit confirmed but not credited: checked on chain and credited by the ledger (async). */
    DEPOSIT_CREDITED("RESOLVED", Map.of("Task_CheckDepositOnChain", 1), Map.of("deposit-credited", 1));

    final String finalStatus;
    /** Successful job executions by activity id (timers and asynchronous steps). */
    final Map<String, Integer> jobs;
    final Map<String, Integer> notifications;

    Kind(String finalStatus, Map<String, Integer> jobs, Map<String, Integer> notifications) {
      this.finalStatus = finalStatus;
      this.jobs = jobs;
      this.notifications = notifications;
    }
  }

  record Request(String key, Kind kind, String body) {}

  private CaseMix() {}

  /** {@code perKind} requests of each kind given, interleaved. */
  static List<Request> of(String run, int perKind, Kind... kinds) {
    List<Request> requests = new ArrayList<>();
    for (int i = 0; i < perKind; i++) {
      for (Kind kind : kinds) {
        requests.add(request(run + "-" + kind.name().toLowerCase() + "-" + i, kind));
      }
    }
    return requests;
  }

  static Request request(String key, Kind kind) {
    ObjectNode r = switch (kind) {
      case KYC_REVIEWED, KYC_APPROVED, KYC_NO_REPLY -> CaseApi.kycApplication("10000001", "en");
      case DEPOSIT_CONFIRMING -> CaseApi.depositTrace("10000002", "ETHEREUM", "ETH", CONFIRMING_ETH);
      case DEPOSIT_CREDITED -> CaseApi.depositTrace("10000003", "BITCOIN", "BTC", UNCREDITED_BTC);
    };
    r.put("subject", "Request " + key);
    if (kind == Kind.KYC_NO_REPLY) {
      ArrayNode documents = (ArrayNode) r.at("/details/documents");
      documents.remove(1); // the selfie
    }
    return new Request(key, kind, r.toString());
  }
}
