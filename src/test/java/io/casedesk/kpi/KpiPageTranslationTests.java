package io.casedesk.kpi;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.casedesk.i18n.SupportedLanguage;
import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The KPI page's texts: every language has every English key, with the same placeholders. */
class KpiPageTranslationTests {

  private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-zA-Z]+)}");

  @ParameterizedTest
  @EnumSource(value = SupportedLanguage.class, names = "EN", mode = EnumSource.Mode.EXCLUDE)
  void everyTextOfThePageIsTranslated(SupportedLanguage language) throws IOException {
    Map<String, String> english = texts("en");
    Map<String, String> translated = texts(language.tag());
    assertThat(translated.keySet()).as("keys of static/kpis/i18n/%s.json", language.tag()).isEqualTo(english.keySet());
    english.forEach((key, text) -> {
      assertThat(placeholders(translated.get(key))).as("placeholders of %s in %s", key, language.tag()).isEqualTo(placeholders(text));
      assertThat(translated.get(key)).as("%s in %s", key, language.tag()).isNotBlank();
    });
  }

  private static Map<String, String> texts(String language) throws IOException {
    try (InputStream in = KpiPageTranslationTests.class.getClassLoader().getResourceAsStream("static/kpis/i18n/" + language + ".json")) {
      assertThat(in).as(language).isNotNull();
      JsonNode json = new ObjectMapper().readTree(in);
      Map<String, String> texts = new TreeMap<>();
      json.fields().forEachRemaining(e -> texts.put(e.getKey(), e.getValue().asText()));
      return texts;
    }
  }

  private static TreeSet<String> placeholders(String text) {
    TreeSet<String> names = new TreeSet<>();
    Matcher m = PLACEHOLDER.matcher(text);
    while (m.find()) {
      names.add(m.group(1));
    }
    return names;
  }
}
