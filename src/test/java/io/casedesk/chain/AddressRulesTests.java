package io.casedesk.chain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every malformed kind of address is refused with a reason a customer can act on; good ones pass. */
class AddressRulesTests {

  final AddressRules rules = new AddressRules(new ChainSettings());

  @ParameterizedTest(name = "{0} {1}")
  @CsvSource({
    // EIP-55 test vectors, plus all-lowercase (no checksum to check)
    "ETHEREUM, 0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed",
    "ETHEREUM, 0xfB6916095ca1df60bB79Ce92cE3Ea74c37c5d359",
    "POLYGON,  0xdbF03B407c01E7cD3CBea99509d93f8DDDC8C6FB",
    "ETHEREUM, 0x5aaeb6053f3e94c9b9a09f33669435e7ef1beaed",
    // Bitcoin: P2PKH, P2SH, P2WPKH (bech32), P2TR (bech32m)
    "BITCOIN,  1BvBMSEYstWetqTFn5Au4m4GFg7xJaNVN2",
    "BITCOIN,  3J98t1WpEZ73CNmQviecrnyiWrnqRhWNLy",
    "BITCOIN,  bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq",
    "BITCOIN,  bc1p5d7rjq7g6rdk2yhzks9smlaqtedr4dekq08ge8ztwac72sfr9rusxg3297",
    "TRON,     TTbyaTJsY95eFpJnRPd3Z4Pu3Yc1M742yz",
    "TRON,     TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6t",
    "XRP,      rEb8TK3gBgk5auZkwc6sHnwrGVJH8DuaLh",
    "XRP,      rHb9CJAWyB4rj91VRWn96DkukG4bwdtyTh",
    "STELLAR,  GAAZI4TCR3TY5OJHCTJC2A4QSY6CJWJH5IAJTGKIN2ER7LBNVKOCCWN7",
  })
  void acceptsValidAddresses(Chain chain, String address) {
    assertThat(rules.problem(chain, address)).isEmpty();
  }

  @ParameterizedTest(name = "{0} {1}")
  @CsvSource(delimiter = '|', value = {
    "ETHEREUM | 0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAeD | wrong checksum (EIP-55)",
    "ETHEREUM | 0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeA   | 0x followed by 40 hexadecimal",
    "ETHEREUM | 5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed   | 0x followed by 40 hexadecimal",
    "BITCOIN  | 1BvBMSEYstWetqTFn5Au4m4GFg7xJaNVN3         | wrong checksum",
    "BITCOIN  | tb1qw508d6qejxtdg4y5r3zarvary0c5xw7kxpjzsx | another Bitcoin network",
    "BITCOIN  | bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdx | wrong checksum",
    "BITCOIN  | bc1p5d7rjq7g6rdk2yhzks9smlaqtedr4dekq08ge8ztwac72sfr9rusxg3296 | wrong checksum",
    "BITCOIN  | 0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed | not a Bitcoin address",
    "TRON     | TTbyaTJsY95eFpJnRPd3Z4Pu3Yc1M742yy         | wrong checksum",
    "TRON     | 1BvBMSEYstWetqTFn5Au4m4GFg7xJaNVN2         | starts with T",
    "XRP      | rEb8TK3gBgk5auZkwc6sHnwrGVJH8DuaLi         | wrong checksum",
    "XRP      | rEb8TK3gBgk5auZkwc6sHnwrGVJH8DuaL0         | never use",
    "STELLAR  | GAAZI4TCR3TY5OJHCTJC2A4QSY6CJWJH5IAJTGKIN2ER7LBNVKOCCWN6 | wrong checksum",
    "STELLAR  | SAAZI4TCR3TY5OJHCTJC2A4QSY6CJWJH5IAJTGKIN2ER7LBNVKOCCWN7 | starts with G",
  })
  void refusesMalformedAddressesWithAReason(Chain chain, String address, String reason) {
    assertThat(rules.problem(chain, address)).hasValueSatisfying(problem -> assertThat(problem).contains(reason));
  }

  @ParameterizedTest(name = "{0} memo {1}")
  @CsvSource(delimiter = '|', value = {
    "XRP      |            | destination tag",
    "STELLAR  |            | memo",
    "XRP      | abc        | whole number",
    "XRP      | 4294967296 | whole number",
    "ETHEREUM | 12345      | take no memo",
  })
  void insistsOnTheMemoOrTagWhereItIsNeeded(Chain chain, String memo, String reason) {
    assertThat(rules.memoProblem(chain, memo)).hasValueSatisfying(problem -> assertThat(problem).contains(reason));
  }

  @ParameterizedTest(name = "{0} {1}")
  @CsvSource(delimiter = '|', value = {
    "ETHEREUM | 0x5aaeb6053f3e94c9b9a09f33669435e7ef1beaed     | 0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed",
    "POLYGON  | 0xFB6916095CA1DF60BB79CE92CE3EA74C37C5D359     | 0xfB6916095ca1df60bB79Ce92cE3Ea74c37c5d359",
    "BITCOIN  | BC1QAR0SRRR7XFKVY5L643LYDNW9RE59GTZZWF5MDQ     | bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq",
    "BITCOIN  | 1BvBMSEYstWetqTFn5Au4m4GFg7xJaNVN2             | 1BvBMSEYstWetqTFn5Au4m4GFg7xJaNVN2",
    "TRON     | TTbyaTJsY95eFpJnRPd3Z4Pu3Yc1M742yz             | TTbyaTJsY95eFpJnRPd3Z4Pu3Yc1M742yz",
  })
  void keepsOneSpellingPerAddress(Chain chain, String address, String canonical) {
    assertThat(rules.canonical(chain, address)).isEqualTo(canonical);
  }

  @ParameterizedTest(name = "{0} memo {1}")
  @CsvSource(delimiter = '|', value = {"XRP | 104729", "STELLAR | 883451", "ETHEREUM | "})
  void acceptsGoodMemos(Chain chain, String memo) {
    assertThat(rules.memoProblem(chain, memo)).isEmpty();
  }
}
