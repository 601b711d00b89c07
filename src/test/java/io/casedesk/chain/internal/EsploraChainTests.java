package io.casedesk.chain.internal;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import io.casedesk.chain.AddressFacts;
import io.casedesk.chain.BlockchainPort.ChainUnavailableException;
import io.casedesk.chain.TransactionStatus.State;
import io.casedesk.chain.TransactionStatus;
import java.math.BigDecimal;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The Esplora adapter against Esplora's REST protocol, with responses as a mainnet Esplora answers. */
class EsploraChainTests {

  static final String TXID = "a1075db55d416d3ca199f55b6084e2115b9345e16c5cf302fc80e9d5fbf5d48d";

  static final String CONFIRMED_TX = """
      {"txid":"a1075db55d416d3ca199f55b6084e2115b9345e16c5cf302fc80e9d5fbf5d48d","version":2,"locktime":869998,
       "vin":[{"txid":"0b6f2c1a8e0d4c6f3a8e9d7c5b4a39281706f5e4d3c2b1a0f9e8d7c6b5a49382","vout":1,"prevout":
         {"scriptpubkey":"0014e8df018c7e326cc253faac7e46cdc51e68542c42","scriptpubkey_asm":"OP_0 OP_PUSHBYTES_20 e8df018c7e326cc253faac7e46cdc51e68542c42",
          "scriptpubkey_type":"v0_p2wpkh","scriptpubkey_address":"bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq","value":1718600},
         "scriptsig":"","scriptsig_asm":"","witness":["3044022066a1...01","02c6047f9441ed7d6d3045406e95c07cd85c778e4b8cef3ca7abac09b95c709ee5"],
         "is_coinbase":false,"sequence":4294967293}],
       "vout":[{"scriptpubkey":"0014e8df018c7e326cc253faac7e46cdc51e68542c42","scriptpubkey_asm":"OP_0 OP_PUSHBYTES_20 e8df018c7e326cc253faac7e46cdc51e68542c42",
                "scriptpubkey_type":"v0_p2wpkh","scriptpubkey_address":"bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq","value":1500000},
               {"scriptpubkey":"0014751e76e8199196d454941c45d1b3a323f1433bd6","scriptpubkey_asm":"OP_0 OP_PUSHBYTES_20 751e76e8199196d454941c45d1b3a323f1433bd6",
                "scriptpubkey_type":"v0_p2wpkh","scriptpubkey_address":"bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4","value":217000},
               {"scriptpubkey":"6a0b636173656465736b2d31","scriptpubkey_asm":"OP_RETURN OP_PUSHBYTES_11 636173656465736b2d31",
                "scriptpubkey_type":"op_return","value":0}],
       "size":235,"weight":610,"fee":1600,
       "status":{"confirmed":true,"block_height":870000,"block_hash":"00000000000000000001c3a9f1b0b7c0d8e1f2a3b4c5d6e7f8091a2b3c4d5e6f","block_time":1731489200}}
      """;

  WireMockServer esplora;
  EsploraChain chain;

  @BeforeEach
  void start() {
    esplora = new WireMockServer(options().bindAddress("127.0.0.1").dynamicPort());
    esplora.start();
    chain = new EsploraChain(esplora.baseUrl() + "/api", Duration.ofSeconds(2), new ObjectMapper());
  }

  @AfterEach
  void stop() {
    esplora.stop();
  }

  @Test
  void aConfirmedTransactionHasItsOutputsAndConfirmationsFromTheTip() {
    esplora.stubFor(get(urlEqualTo("/api/tx/" + TXID)).willReturn(okJson(CONFIRMED_TX)));
    esplora.stubFor(get(urlEqualTo("/api/blocks/tip/height")).willReturn(aResponse().withStatus(200).withHeader("Content-Type", "text/plain").withBody("870005")));

    TransactionStatus status = chain.transaction(TXID);

    assertThat(status.state()).isEqualTo(State.CONFIRMED);
    assertThat(status.confirmations()).isEqualTo(6);
    assertThat(status.transfers()).hasSize(2);
    assertThat(status.transfers().get(0).toAddress()).isEqualTo("bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq");
    assertThat(status.transfers().get(0).amount()).isEqualByComparingTo(new BigDecimal("0.015"));
  }

  @Test
  void countsTheTransactionsOfAnAddress() {
    esplora.stubFor(get(urlEqualTo("/api/address/bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq")).willReturn(okJson("""
        {"address":"bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq",
         "chain_stats":{"funded_txo_count":14,"funded_txo_sum":31250000,"spent_txo_count":12,"spent_txo_sum":29750000,"tx_count":21},
         "mempool_stats":{"funded_txo_count":1,"funded_txo_sum":15000,"spent_txo_count":0,"spent_txo_sum":0,"tx_count":1}}
        """)));

    AddressFacts facts = chain.address("bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq");
    assertThat(facts.contract()).isFalse();
    assertThat(facts.transactions()).isEqualTo(22);
  }

  @Test
  void anUnconfirmedTransactionIsPending() {
    esplora.stubFor(get(urlEqualTo("/api/tx/" + TXID)).willReturn(okJson(
        CONFIRMED_TX.replaceAll("\"status\":\\{[^}]*}", "\"status\":{\"confirmed\":false}"))));

    assertThat(chain.transaction(TXID).state()).isEqualTo(State.PENDING);
  }

  @Test
  void anUnknownTransactionIsNotFound() {
    esplora.stubFor(get(urlEqualTo("/api/tx/" + TXID)).willReturn(aResponse().withStatus(404).withBody("Transaction not found")));

    assertThat(chain.transaction(TXID).state()).isEqualTo(State.NOT_FOUND);
  }

  @Test
  void aFailingOrSlowNodeIsUnavailable() {
    esplora.stubFor(get(urlEqualTo("/api/tx/" + TXID)).willReturn(aResponse().withStatus(503).withBody("upstream unavailable")));
    assertThatThrownBy(() -> chain.transaction(TXID)).isInstanceOf(ChainUnavailableException.class).hasMessageContaining("503");

    esplora.stubFor(get(urlEqualTo("/api/tx/" + TXID)).willReturn(okJson(CONFIRMED_TX).withFixedDelay(3000)));
    assertThatThrownBy(() -> chain.transaction(TXID)).isInstanceOf(ChainUnavailableException.class);

    esplora.stop();
    assertThatThrownBy(() -> chain.transaction(TXID)).isInstanceOf(ChainUnavailableException.class).hasMessageContaining("cannot be reached");
  }
}
