package io.casedesk.deposittrace;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.casedesk.cases.CaseType;
import io.casedesk.cases.CaseTypeDefinition;
import io.casedesk.cases.CustomerReplyRequest;
import io.casedesk.cases.DetailsReader;
import io.casedesk.cases.InvalidRequestException;
import io.casedesk.cases.InvalidRequestException.FieldProblem;
import io.casedesk.chain.AddressRules;
import io.casedesk.chain.Chain;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/** DEPOSIT_TRACE at intake and on replies: the transaction id and any address must fit the chain. */
@Component
class DepositTraceCaseDefinition implements CaseTypeDefinition {

  private static final Map<Chain.Family, Pattern> TX_IDS = Map.of(
      Chain.Family.EVM, Pattern.compile("0x[0-9a-fA-F]{64}"),
      Chain.Family.BITCOIN, Pattern.compile("[0-9a-fA-F]{64}"),
      Chain.Family.TRON, Pattern.compile("[0-9a-fA-F]{64}"),
      Chain.Family.XRP, Pattern.compile("[0-9a-fA-F]{64}"),
      Chain.Family.STELLAR, Pattern.compile("[0-9a-fA-F]{64}"));

  private final DetailsReader reader;
  private final AddressRules addresses;

  DepositTraceCaseDefinition(DetailsReader reader, AddressRules addresses) {
    this.reader = reader;
    this.addresses = addresses;
  }

  @Override
  public CaseType type() {
    return CaseType.DEPOSIT_TRACE;
  }

  @Override
  public JsonNode validateDetails(JsonNode details) {
    DepositTraceDetails d = reader.read(details, DepositTraceDetails.class, "details");
    List<FieldProblem> problems = new ArrayList<>();
    if (!TX_IDS.get(d.chain().family()).matcher(d.txId()).matches()) {
      problems.add(new FieldProblem("details.txId", d.chain().family() == Chain.Family.EVM
          ? "must be a " + d.chain() + " transaction hash: 0x followed by 64 hexadecimal characters"
          : "must be a " + d.chain() + " transaction id: 64 hexadecimal characters"));
    }
    if (d.toAddress() != null) {
      addresses.problem(d.chain(), d.toAddress()).ifPresent(p -> problems.add(new FieldProblem("details.toAddress", p)));
    }
    if (d.memo() != null) {
      addresses.memoProblem(d.chain(), d.memo()).ifPresent(p -> problems.add(new FieldProblem("details.memo", p)));
    }
    if (!problems.isEmpty()) {
      throw new InvalidRequestException(problems);
    }
    // One spelling per transaction, so the same TxID in other capitals is never credited twice.
    String txId = d.chain() == Chain.XRP ? d.txId().toUpperCase(java.util.Locale.ROOT) : d.txId().toLowerCase(java.util.Locale.ROOT);
    return reader.tree(new DepositTraceDetails(d.chain(), d.asset(), txId, d.toAddress(), d.memo()));
  }

  /** A reply may correct the transaction id, chain, asset, address or memo. */
  @Override
  public JsonNode mergeReply(JsonNode details, CustomerReplyRequest reply) {
    ObjectNode merged = details.deepCopy();
    if (reply.details() != null) {
      if (!reply.details().isObject()) {
        throw new InvalidRequestException("details", "must be a JSON object");
      }
      reply.details().fields().forEachRemaining(f -> merged.set(f.getKey(), f.getValue()));
    }
    return validateDetails(merged);
  }

  @Override
  public Map<String, Object> startVariables(JsonNode details) {
    return Map.of(
        DepositTraceVariables.CHAIN, details.get("chain").asText(),
        DepositTraceVariables.ASSET, details.get("asset").asText(),
        DepositTraceVariables.TX_ID, details.get("txId").asText(),
        DepositTraceVariables.RECHECKS, 0);
  }
}
