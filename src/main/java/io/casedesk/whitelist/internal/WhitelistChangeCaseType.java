package io.casedesk.whitelist.internal;

import com.fasterxml.jackson.databind.JsonNode;
import io.casedesk.casetype.CaseTypeDefinition;
import io.casedesk.casetype.CustomerReply;
import io.casedesk.casetype.DetailsReader;
import io.casedesk.casetype.ReviewDecision;
import io.casedesk.chain.AddressRules;
import io.casedesk.chain.Chain;
import io.casedesk.web.InvalidRequestException.FieldProblem;
import io.casedesk.web.InvalidRequestException;
import io.casedesk.whitelist.WhitelistChangeDetails;
import io.casedesk.whitelist.WhitelistVariables;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/**
 * WHITELIST_CHANGE: add a withdrawal address to the account's whitelist or remove one. At intake the
 * address must be one the chain accepts, with the memo or tag where the chain needs one, and is kept
 * in one spelling; the change itself cannot be altered later (the customer confirms exactly this
 * address), and an address on the deny list can never be approved.
 */
@Component
class WhitelistChangeCaseType implements CaseTypeDefinition {

  private final DetailsReader reader;
  private final AddressRules addresses;

  WhitelistChangeCaseType(DetailsReader reader, AddressRules addresses) {
    this.reader = reader;
    this.addresses = addresses;
  }

  @Override
  public String key() {
    return "WHITELIST_CHANGE";
  }

  @Override
  public String processKey() {
    return "whitelist-change";
  }

  @Override
  public Class<?> detailsType() {
    return WhitelistChangeDetails.class;
  }

  @Override
  public JsonNode validateDetails(JsonNode details) {
    WhitelistChangeDetails d = reader.read(details, WhitelistChangeDetails.class, "details", (read, problems) -> {
      if (read.chain() == null) {
        return;
      }
      if (read.address() != null) {
        addressProblem(read.chain(), read.address()).ifPresent(p -> problems.add(new FieldProblem("details.address", p)));
      }
      memoProblem(read.chain(), read.memo()).ifPresent(p -> problems.add(new FieldProblem("details.memo", p)));
    });
    String memo = d.memo() == null || d.memo().isBlank() ? null : d.memo().trim();
    String label = d.label() == null || d.label().isBlank() ? null : d.label().trim();
    return reader.tree(new WhitelistChangeDetails(
        d.action(), d.chain(), d.asset(), addresses.canonical(d.chain(), d.address()), memo, label));
  }

  /**
   * The chain's own refusal; when the address is one of another network's, the customer is told which,
   * since choosing the wrong network is the usual mistake.
   */
  private Optional<String> addressProblem(Chain chain, String address) {
    Optional<String> problem = addresses.problem(chain, address);
    if (problem.isEmpty()) {
      return problem;
    }
    List<String> others = Arrays.stream(Chain.values())
        .filter(other -> other.family() != chain.family() && addresses.problem(other, address).isEmpty())
        .map(Chain::name)
        .toList();
    if (others.isEmpty()) {
      return problem;
    }
    String networks = String.join(" or ", others);
    return Optional.of("This address belongs to the " + networks + " network, not to " + chain + ". Choose " + networks
        + " as the network if you withdraw there, or enter your " + chain + " address.");
  }

  /** A memo where the chain needs one, in the chain's format; none where the chain takes none. */
  private Optional<String> memoProblem(Chain chain, String memo) {
    boolean missing = memo == null || memo.isBlank();
    if (chain.memoRequired() && missing) {
      return Optional.of(chain + " withdrawals need the " + (chain == Chain.XRP ? "destination tag" : "memo")
          + " the receiving wallet or exchange gave you; without it the funds cannot be credited there.");
    }
    if (!chain.memoRequired() && !missing) {
      return Optional.of(chain + " addresses take no memo; leave it empty.");
    }
    return missing ? Optional.empty() : addresses.memoProblem(chain, memo.trim());
  }

  @Override
  public Map<String, Object> startVariables(JsonNode details) {
    return Map.of(
        WhitelistVariables.ACTION, details.get("action").asText(),
        WhitelistVariables.CHAIN, details.get("chain").asText(),
        WhitelistVariables.ASSET, details.get("asset").asText(),
        WhitelistVariables.ADDRESS, details.get("address").asText(),
        WhitelistVariables.MEMO, details.path("memo").asText(""),
        WhitelistVariables.LABEL, details.path("label").asText(""),
        WhitelistVariables.CUSTOMER_CONFIRMED, false,
        WhitelistVariables.CUSTOMER_ANSWER, "");
  }

  /**
   * A reply answers the security team's question; it cannot change the address, the network or the
   * action, which the customer confirmed as they are. Another address is a new request.
   */
  @Override
  public JsonNode mergeReply(JsonNode details, CustomerReply reply) {
    if (reply.details() != null) {
      throw new InvalidRequestException("details",
          "a whitelist change cannot be altered after the customer confirmed it; open a new request for another address");
    }
    return details;
  }

  /** An address on the deny list is never approved, whoever reviews it. */
  @Override
  public List<String> refusals(DelegateTask task, ReviewDecision decision) {
    if (decision.approves() && Boolean.TRUE.equals(task.getVariable(WhitelistVariables.DENY_LIST_HIT))) {
      return List.of("This address is on the deny list (" + task.getVariable(WhitelistVariables.DENY_LIST_NOTE)
          + ") and can never be whitelisted. Reject the request.");
    }
    return List.of();
  }
}
