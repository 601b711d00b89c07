package io.casedesk.kyc.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.Resource;
import org.springframework.stereotype.Component;

/**
 * The sanctions and PEP watchlist the desk screens applicants against. It is data
 * ({@code casedesk.screening.watchlist}, CSV), so compliance replaces it without a release.
 *
 * <p>Names match when their words are the same in any order, ignoring case, accents and
 * punctuation, against the listed name or any alias. A known date of birth that differs rules the
 * entry out; an unknown one does not.
 */
@Component
class Watchlist {

  private final List<Entry> entries;

  Watchlist(@Value("${casedesk.screening.watchlist:classpath:screening/watchlist.csv}") Resource source) {
    this.entries = load(source);
  }

  enum ListKind {
    SANCTIONS,
    PEP
  }

  record Entry(ListKind list, String name, List<String> aliases, LocalDate dateOfBirth, String nationality, String reference) {}

  int size() {
    return entries.size();
  }

  List<Entry> screen(String fullName, LocalDate dateOfBirth) {
    List<String> applicant = words(fullName);
    return entries.stream()
        .filter(e -> e.dateOfBirth() == null || dateOfBirth == null || e.dateOfBirth().equals(dateOfBirth))
        .filter(e -> Stream.concat(Stream.of(e.name()), e.aliases().stream()).anyMatch(n -> words(n).equals(applicant)))
        .toList();
  }

  /** The sorted, normalized words of a name: "José  María-López" and "lopez maria jose" are equal. */
  static List<String> words(String name) {
    String plain = Normalizer.normalize(name, Normalizer.Form.NFKD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
    return Arrays.stream(plain.split("[^\\p{L}\\p{N}]+")).filter(w -> !w.isEmpty()).sorted().toList();
  }

  private static List<Entry> load(Resource source) {
    List<Entry> result = new ArrayList<>();
    try (BufferedReader in = new BufferedReader(new InputStreamReader(source.getInputStream(), StandardCharsets.UTF_8))) {
      boolean header = true;
      for (String line; (line = in.readLine()) != null; ) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        if (header) {
          header = false;
          continue;
        }
        String[] f = line.split(",", -1);
        if (f.length != 6) {
          throw new IllegalStateException("Watchlist line needs 6 columns: " + line);
        }
        result.add(
            new Entry(
                ListKind.valueOf(f[0].trim()),
                f[1].trim(),
                f[2].isBlank() ? List.of() : Arrays.stream(f[2].split("\\|")).map(String::trim).toList(),
                f[3].isBlank() ? null : LocalDate.parse(f[3].trim()),
                f[4].trim(),
                f[5].trim()));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the watchlist " + source, e);
    }
    return List.copyOf(result);
  }
}
