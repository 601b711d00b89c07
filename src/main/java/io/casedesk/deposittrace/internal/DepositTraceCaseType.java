package io.casedesk.deposittrace.internal;

import com.fasterxml.jackson.databind.JsonNode;
import io.casedesk.casetype.CaseTypeDefinition;
import io.casedesk.casetype.DetailsReader;
import io.casedesk.casetype.ReviewDecision;
import io.casedesk.chain.AddressRules;
import io.casedesk.chain.Chain;
import io.casedesk.deposittrace.DepositTraceDetails;
import io.casedesk.deposittrace.DepositTraceVariables;
import io.casedesk.deposittrace.DepositVerdict;
import io.casedesk.web.InvalidRequestException.FieldProblem;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/**
 * DEPOSIT_TRACE, "my deposit has not arrived": at intake and on replies the transaction id and any
 * address must fit the chain; a reply may correct the transaction id, chain, asset, address or memo.
 */
@Component
class DepositTraceCaseType implements CaseTypeDefinition {

  private static final Map<Chain.Family, Pattern> TX_IDS = Map.of(
      Chain.Family.EVM, Pattern.compile("0x[0-9a-fA-F]{64}"),
      Chain.Family.BITCOIN, Pattern.compile("[0-9a-fA-F]{64}"),
      Chain.Family.TRON, Pattern.compile("[0-9a-fA-F]{64}"),
      Chain.Family.XRP, Pattern.compile("[0-9a-fA-F]{64}"),
      Chain.Family.STELLAR, Pattern.compile("[0-9a-fA-F]{64}"));

  private final DetailsReader reader;
  private final AddressRules addresses;

  DepositTraceCaseType(DetailsReader reader, AddressRules addresses) {
    this.reader = reader;
    this.addresses = addresses;
  }

  @Override
  public String key() {
    return "DEPOSIT_TRACE";
  }

  @Override
  public String processKey() {
    return "deposit-trace";
  }

  @Override
  public Class<?> detailsType() {
    return DepositTraceDetails.class;
  }

  @Override
  public JsonNode validateDetails(JsonNode details) {
    DepositTraceDetails d = reader.read(details, DepositTraceDetails.class, "details", (read, problems) -> {
      if (read.chain() == null) {
        return;
      }
      if (read.txId() != null && !TX_IDS.get(read.chain().family()).matcher(read.txId()).matches()) {
        problems.add(new FieldProblem("details.txId", read.chain().family() == Chain.Family.EVM
            ? "must be a " + read.chain() + " transaction hash: 0x followed by 64 hexadecimal characters"
            : "must be a " + read.chain() + " transaction id: 64 hexadecimal characters"));
      }
      if (read.toAddress() != null) {
        addresses.problem(read.chain(), read.toAddress()).ifPresent(p -> problems.add(new FieldProblem("details.toAddress", p)));
      }
      if (read.memo() != null) {
        addresses.memoProblem(read.chain(), read.memo()).ifPresent(p -> problems.add(new FieldProblem("details.memo", p)));
      }
    });
    // One spelling per transaction, so the same TxID in other capitals is never credited twice.
    String txId = d.chain() == Chain.XRP ? d.txId().toUpperCase(java.util.Locale.ROOT) : d.txId().toLowerCase(java.util.Locale.ROOT);
    return reader.tree(new DepositTraceDetails(d.chain(), d.asset(), txId, d.toAddress(), d.memo()));
  }

  @Override
  public Map<String, Object> startVariables(JsonNode details) {
    return Map.of(
        DepositTraceVariables.CHAIN, details.get("chain").asText(),
        DepositTraceVariables.ASSET, details.get("asset").asText(),
        DepositTraceVariables.TX_ID, details.get("txId").asText(),
        DepositTraceVariables.RECHECKS, 0);
  }

  /**
   * An agent may credit only what an agent can settle: a payment to the exchange's shared address
   * whose memo or tag was missing. A payment to another account's address, a token transfer or a
   * stuck transaction is rejected or asked about.
   */
  @Override
  public List<String> refusals(DelegateTask task, ReviewDecision decision) {
    if (decision.approves() && !DepositVerdict.MISSING_MEMO.name().equals(task.getVariable(DepositTraceVariables.VERDICT))) {
      return List.of("Only a deposit whose memo or tag was missing can be credited here; reject it or ask the customer.");
    }
    return List.of();
  }
}
