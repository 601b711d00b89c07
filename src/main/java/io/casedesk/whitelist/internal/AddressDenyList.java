package io.casedesk.whitelist.internal;

import io.casedesk.chain.AddressRules;
import io.casedesk.chain.Chain;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.Resource;
import org.springframework.stereotype.Component;

/**
 * Addresses the desk never whitelists: sanctioned addresses, mixers, proceeds of thefts. It is data
 * ({@code casedesk.screening.address-deny-list}, CSV), so compliance replaces it with the licensed
 * list without a release; it is read at start-up, and a line whose address its chain would refuse
 * stops the start, since a mistyped entry would never match.
 *
 * <p>An address matches in any spelling (EVM checksums, Bech32 capitals); an entry for {@code EVM}
 * matches on every EVM chain, where the same key controls the same address.
 */
@Component
class AddressDenyList {

  private static final Logger log = LoggerFactory.getLogger(AddressDenyList.class);
  static final String ANY_EVM_CHAIN = "EVM";

  private final AddressRules rules;
  private final Map<String, Entry> entries;

  AddressDenyList(
      @Value("${casedesk.screening.address-deny-list:classpath:screening/address-deny-list.csv}") Resource source, AddressRules rules) {
    this.rules = rules;
    this.entries = load(source);
  }

  enum Category {
    SANCTIONS,
    MIXER,
    THEFT
  }

  record Entry(String network, String address, Category category, String entity, String source) {

    /** For the reviewer and the audit trail. */
    String describe() {
      return entity + " (" + category + "; " + source + ")";
    }
  }

  int size() {
    return entries.size();
  }

  /** The listing of an address the chain accepts, if it is listed. */
  Optional<Entry> screen(Chain chain, String address) {
    return Optional.ofNullable(entries.get(key(chain, address)));
  }

  /** What the screening found, in words for the review form and the case's history. */
  String note(Optional<Entry> hit) {
    return hit.map(h -> "HIT: " + h.describe()).orElse("passed: not among the " + size() + " addresses of the deny list");
  }

  private String key(Chain chain, String address) {
    String canonical = rules.canonical(chain, address);
    return chain.family() == Chain.Family.EVM ? ANY_EVM_CHAIN + ":" + canonical.toLowerCase(Locale.ROOT) : chain + ":" + canonical;
  }

  private Map<String, Entry> load(Resource source) {
    Map<String, Entry> result = new HashMap<>();
    int skipped = 0;
    try (BufferedReader in = new BufferedReader(new InputStreamReader(source.getInputStream(), StandardCharsets.UTF_8))) {
      boolean header = true;
      int number = 0;
      for (String line; (line = in.readLine()) != null; ) {
        number++;
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        if (header) {
          header = false;
          continue;
        }
        String[] f = line.split(",", 5);
        if (f.length != 5) {
          throw new IllegalStateException("Deny list line " + number + " needs 5 columns: " + line);
        }
        String network = f[0].trim();
        Optional<Chain> chain = network.equals(ANY_EVM_CHAIN) ? Optional.of(Chain.ETHEREUM)
            : Arrays.stream(Chain.values()).filter(c -> c.name().equals(network)).findFirst();
        if (chain.isEmpty()) {
          skipped++; // a network the desk does not serve: none of its addresses can be asked for
          continue;
        }
        String address = f[1].trim();
        Optional<String> problem = rules.problem(chain.get(), address);
        if (problem.isPresent()) {
          throw new IllegalStateException("Deny list line " + number + ": " + address + " is no " + network + " address: " + problem.get());
        }
        Entry entry = new Entry(network, address, Category.valueOf(f[2].trim()), f[3].trim(), unquote(f[4].trim()));
        result.put(key(chain.get(), address), entry);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the address deny list " + source, e);
    }
    log.info("Address deny list: {} addresses{}", result.size(), skipped == 0 ? "" : ", " + skipped + " of networks the desk does not serve skipped");
    return Map.copyOf(result);
  }

  private static String unquote(String value) {
    return value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"") ? value.substring(1, value.length() - 1) : value;
  }

  List<Entry> entries() {
    return List.copyOf(entries.values());
  }
}
