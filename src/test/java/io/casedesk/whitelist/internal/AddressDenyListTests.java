package io.casedesk.whitelist.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.casedesk.chain.AddressRules;
import io.casedesk.chain.Chain;
import io.casedesk.support.CaseDeskTest;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ByteArrayResource;

/** The address deny list the desk ships, and how any list in its format is read and matched. */
@CaseDeskTest
class AddressDenyListTests {

  static final String HEADER = "network,address,category,entity,source\n";

  @Autowired AddressDenyList shipped;
  @Autowired AddressRules rules;

  @Test
  void theShippedListHoldsTheTornadoCashRouterAndOtherSanctionedAddressesWithTheirSource() {
    assertThat(shipped.screen(Chain.ETHEREUM, "0xd90e2f925DA726b50C4Ed8D0Fb90Ad053324F31b")).hasValueSatisfying(hit -> {
      assertThat(hit.category()).isEqualTo(AddressDenyList.Category.MIXER);
      assertThat(hit.entity()).isEqualTo("Tornado Cash: Router");
      assertThat(hit.source()).contains("OFAC SDN", "2022-08-08", "CYBER2, DPRK3");
    });
    assertThat(shipped.screen(Chain.ETHEREUM, "0x098B716B8Aaf21512996dC57EB0615e2383E2f96")).hasValueSatisfying(hit -> {
      assertThat(hit.category()).isEqualTo(AddressDenyList.Category.SANCTIONS);
      assertThat(hit.entity()).contains("Lazarus Group");
    });
    assertThat(shipped.screen(Chain.ETHEREUM, "0x7FF9cFad3877F21d41Da833E2F775dB0569eE3D9")).hasValueSatisfying(hit ->
        assertThat(hit.entity()).isEqualTo("Garantex Europe OU"));
    assertThat(shipped.size()).isGreaterThanOrEqualTo(12);
  }

  @Test
  void everyShippedEvmAddressIsWrittenWithItsChecksumSoAMistypedEntryCannotHide() {
    assertThat(shipped.entries()).allSatisfy(entry ->
        assertThat(rules.canonical(Chain.ETHEREUM, entry.address())).as(entry.entity()).isEqualTo(entry.address()));
  }

  @Test
  void anAddressMatchesInAnySpellingAndAnEvmEntryOnEveryEvmChain() {
    assertThat(shipped.screen(Chain.ETHEREUM, "0xd90e2f925da726b50c4ed8d0fb90ad053324f31b")).isPresent();
    assertThat(shipped.screen(Chain.POLYGON, "0xD90E2F925DA726B50C4ED8D0FB90AD053324F31B")).isPresent();
    assertThat(shipped.screen(Chain.ETHEREUM, "0x3C44CdDdB6a900fa2b585dd299e03d12FA4293BC")).isEmpty();
    assertThat(shipped.note(shipped.screen(Chain.ETHEREUM, "0x3C44CdDdB6a900fa2b585dd299e03d12FA4293BC")))
        .startsWith("passed").contains(String.valueOf(shipped.size()));
  }

  @Test
  void aListOfTheSameFormatIsRead() {
    AddressDenyList list = list("""
        # a comment
        BITCOIN,bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq,THEFT,Exchange hack 2024,"internal case 17, confirmed by the chain analytics vendor"
        TRON,TTbyaTJsY95eFpJnRPd3Z4Pu3Yc1M742yz,SANCTIONS,Example,licensed list
        SOLANA,9xQeWvG816bUx9EPjHmaT23yvVM2ZWbrrpZb9PusVFin,SANCTIONS,A chain the desk does not serve,licensed list
        """);
    assertThat(list.size()).as("the SOLANA line is skipped").isEqualTo(2);
    assertThat(list.screen(Chain.BITCOIN, "BC1QAR0SRRR7XFKVY5L643LYDNW9RE59GTZZWF5MDQ")).hasValueSatisfying(hit ->
        assertThat(hit.source()).isEqualTo("internal case 17, confirmed by the chain analytics vendor"));
    assertThat(list.screen(Chain.TRON, "TTbyaTJsY95eFpJnRPd3Z4Pu3Yc1M742yz")).isPresent();
    assertThat(list.screen(Chain.ETHEREUM, "0xd90e2f925DA726b50C4Ed8D0Fb90Ad053324F31b")).isEmpty();
  }

  @Test
  void aMistypedAddressInTheListStopsTheStartWithItsLine() {
    assertThatThrownBy(() -> list("EVM,0xd90e2f925DA726b50C4Ed8D0Fb90Ad053324F31B,MIXER,Tornado Cash: Router,OFAC\n"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("line 2")
        .hasMessageContaining("EIP-55");
    assertThatThrownBy(() -> list("EVM,0xd90e2f925DA726b50C4Ed8D0Fb90Ad053324F31b,MIXER\n"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("5 columns");
  }

  private AddressDenyList list(String lines) {
    return new AddressDenyList(new ByteArrayResource((HEADER + lines).getBytes(StandardCharsets.UTF_8)), rules);
  }
}
