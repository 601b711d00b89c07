package io.casedesk.chain.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.casedesk.chain.AddressFacts;
import io.casedesk.chain.BlockchainPort.ChainUnavailableException;
import io.casedesk.chain.TransactionStatus.State;
import io.casedesk.chain.TransactionStatus;
import io.casedesk.support.AnvilNode;
import java.math.BigDecimal;
import java.net.URI;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The EVM adapter against a real Ethereum node (anvil): real transactions, real blocks. */
class EvmJsonRpcChainTests {

  /** A contract whose code always reverts: PUSH1 0 PUSH1 0 REVERT, deployed by a 11-byte constructor. */
  static final String REVERTING_CONTRACT = "0x600580600b6000396000f360006000fd";

  static AnvilNode anvil;
  static EvmJsonRpcChain chain;

  @BeforeAll
  static void startNode() {
    anvil = AnvilNode.start();
    chain = new EvmJsonRpcChain(URI.create(anvil.url()), Duration.ofSeconds(5), new ObjectMapper());
  }

  @AfterAll
  static void stopNode() {
    anvil.close();
  }

  @Test
  void confirmationsGrowAsBlocksAreMined() {
    String tx = anvil.sendEther(AnvilNode.ACCOUNT_0, AnvilNode.ACCOUNT_1, new BigDecimal("1.25"));

    TransactionStatus mined = chain.transaction(tx);
    assertThat(mined.state()).isEqualTo(State.CONFIRMED);
    assertThat(mined.confirmations()).isEqualTo(1);
    assertThat(mined.transfers()).singleElement().satisfies(t -> {
      assertThat(t.toAddress()).isEqualToIgnoringCase(AnvilNode.ACCOUNT_1);
      assertThat(t.amount()).isEqualByComparingTo("1.25");
    });

    anvil.mine(4);
    assertThat(chain.transaction(tx).confirmations()).isEqualTo(5);
  }

  @Test
  void aRevertedTransactionFailed() {
    String contract = deployRevertingContract();
    String call = anvil.send(Map.of("from", AnvilNode.ACCOUNT_0, "to", contract, "gas", "0x30000"));

    assertThat(chain.transaction(call).state()).isEqualTo(State.FAILED);
  }

  @Test
  void tellsContractsFromAccounts() {
    String contract = deployRevertingContract();

    assertThat(chain.address(contract).contract()).isTrue();
    AddressFacts account = chain.address(AnvilNode.ACCOUNT_0);
    assertThat(account.contract()).isFalse();
    assertThat(account.transactions()).isPositive();
  }

  private static String deployRevertingContract() {
    String deploy = anvil.send(Map.of("from", AnvilNode.ACCOUNT_0, "data", REVERTING_CONTRACT));
    return anvil.receipt(deploy).get("contractAddress").asText();
  }

  @Test
  void anUnknownHashIsNotFound() {
    assertThat(chain.transaction("0x" + "ab".repeat(32)).state()).isEqualTo(State.NOT_FOUND);
  }

  @Test
  void aNodeThatIsDownIsUnavailable() {
    EvmJsonRpcChain nowhere = new EvmJsonRpcChain(URI.create("http://127.0.0.1:9"), Duration.ofSeconds(1), new ObjectMapper());
    assertThatThrownBy(() -> nowhere.transaction("0x" + "ab".repeat(32))).isInstanceOf(ChainUnavailableException.class);
  }
}
