package io.casedesk.twofactor.internal;

import static io.casedesk.twofactor.TwoFactorVariables.*;

import io.casedesk.chain.BlockchainPort;
import io.casedesk.chain.Chain;
import io.casedesk.chain.TransactionStatus;
import io.casedesk.i18n.SupportedLanguage;
import io.casedesk.platform.ExternalCall;
import io.casedesk.platform.JsonVariables;
import io.casedesk.twofactor.internal.ListActivitySinceLossDelegate.Listed;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * "Check withdrawals on chain": where each withdrawal since the loss stands on its blockchain. A
 * confirmed one has left the exchange; one not yet on chain may still be stopped by the back office.
 */
@Component
@ExternalCall
public class CheckWithdrawalsOnChainDelegate implements JavaDelegate {

  private final BlockchainPort chains;
  private final JsonVariables json;
  private final CaseTexts texts;

  CheckWithdrawalsOnChainDelegate(BlockchainPort chains, JsonVariables json, CaseTexts texts) {
    this.chains = chains;
    this.json = json;
    this.texts = texts;
  }

  @Override
  public void execute(DelegateExecution execution) {
    SupportedLanguage language = CaseTexts.language(execution);
    List<Listed> withdrawals = Arrays.asList(json.read(execution, WITHDRAWALS_SINCE_LOSS, Listed[].class));
    if (withdrawals.isEmpty()) {
      execution.setVariable(ON_CHAIN_NOTE, texts.text(language, "note.chain.none"));
      return;
    }
    List<String> lines = new ArrayList<>();
    for (Listed w : withdrawals) {
      Map<String, Object> values = Map.of("id", w.id(), "chain", w.chain(), "txId", w.txId() == null ? "" : w.txId());
      Optional<Chain> chain = Arrays.stream(Chain.values()).filter(c -> c.name().equals(w.chain())).findFirst();
      if (w.txId() == null || w.txId().isBlank()) {
        lines.add(texts.text(language, "note.chain.notSent", values));
      } else if (chain.isEmpty()) {
        lines.add(texts.text(language, "note.chain.unsupported", values));
      } else {
        TransactionStatus status = chains.transaction(chain.get(), w.txId());
        lines.add(texts.text(language, "note.chain." + status.state().name(), Map.of(
            "id", w.id(), "chain", w.chain(), "txId", w.txId(), "confirmations", status.confirmations())));
      }
    }
    execution.setVariable(ON_CHAIN_NOTE, CaseTexts.lines(lines));
  }
}
