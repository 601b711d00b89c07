package io.casedesk.twofactor.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** IP addresses from customers and the back office compare in one spelling; anything else is not one. */
class IpAddressesTests {

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(nullValues = "-", value = {
    "203.0.113.24, 203.0.113.24",
    "' 203.0.113.24 ', 203.0.113.24",
    "0.0.0.0, 0.0.0.0",
    "255.255.255.255, 255.255.255.255",
    "2001:DB8:0:0:0:0:0:24, 2001:db8::24",
    "2001:db8::24, 2001:db8::24",
    "2001:0db8:0000:0001:0000:0000:0000:0001, 2001:db8:0:1::1",
    "::1, ::1",
    "fe80:0:0:0:1:0:0:1, fe80::1:0:0:1",
    "256.1.1.1, -",
    "203.0.113, -",
    "01.2.3.4, -",
    "example.com, -",
    "deadbeef, -",
    "2001:db8::24::1, -",
    "fe80::1%eth0, -",
    "'', -",
  })
  void normalizes(String text, String expected) {
    assertThat(IpAddresses.normalize(text).orElse(null)).isEqualTo(expected);
  }
}
