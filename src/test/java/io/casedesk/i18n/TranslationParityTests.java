package io.casedesk.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Iterator;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Every translation has exactly the keys of its English source, so a text added in English and not
 * yet translated, or a stale translation, fails the build with the list of gaps.
 */
class TranslationParityTests {

  private static final Pattern PLACEHOLDER = Pattern.compile("\\{[a-zA-Z]+}");

  @ParameterizedTest
  @EnumSource(value = SupportedLanguage.class, names = "EN", mode = EnumSource.Mode.EXCLUDE)
  void notificationTemplatesAreTranslatedWithTheirPlaceholders(SupportedLanguage language) {
    Properties english = load("notifications/messages.properties");
    Properties translated = load("notifications/messages_" + language.tag() + ".properties");

    assertThat(translated.stringPropertyNames()).as("keys of messages_%s", language.tag()).isEqualTo(english.stringPropertyNames());
    for (String key : english.stringPropertyNames()) {
      assertThat(placeholders(translated.getProperty(key))).as("placeholders of %s in %s", key, language.tag())
          .isEqualTo(placeholders(english.getProperty(key)));
    }
  }

  @ParameterizedTest
  @EnumSource(value = SupportedLanguage.class, names = "EN", mode = EnumSource.Mode.EXCLUDE)
  void everyUserTaskOfEveryModelHasATranslatedName(SupportedLanguage language) {
    Set<String> tasks = userTaskKeys();
    Properties translated = load(TaskNameListener.TASK_NAMES + "_" + language.tag() + ".properties");

    Set<String> missing = new TreeSet<>(tasks);
    missing.removeAll(translated.stringPropertyNames());
    Set<String> stale = new TreeSet<>(translated.stringPropertyNames());
    stale.removeAll(tasks);
    assertThat(missing).as("user tasks without a %s name (they show in English)", language.tag()).isEmpty();
    assertThat(stale).as("%s names of tasks no model has", language.tag()).isEmpty();
  }

  @ParameterizedTest
  @EnumSource(value = SupportedLanguage.class, names = "EN", mode = EnumSource.Mode.EXCLUDE)
  void everyFormTextIsTranslated(SupportedLanguage language) {
    Map<String, String> english = new LocalizedForms(new Bundles(), new ObjectMapper()).englishTexts();
    Properties translated = load(LocalizedForms.FORM_BUNDLE + "_" + language.tag() + ".properties");

    assertThat(new TreeSet<>(translated.stringPropertyNames())).as("keys of forms_%s", language.tag())
        .isEqualTo(new TreeSet<>(english.keySet()));
  }

  @ParameterizedTest
  @EnumSource(value = SupportedLanguage.class, names = {"EN"}, mode = EnumSource.Mode.EXCLUDE)
  void tasklistIsTranslatedKeyForKeyWithTheShippedEnglish(SupportedLanguage language) throws IOException {
    String locales = "META-INF/resources/webjars/camunda/app/tasklist/locales/";
    Map<String, Set<String>> english = leaves(json(locales + "en.json"));
    Map<String, Set<String>> translated = leaves(json(locales + language.tag() + ".json"));

    assertThat(translated.keySet()).as("Tasklist keys in %s.json", language.tag()).isEqualTo(english.keySet());
    english.forEach((key, placeholders) ->
        assertThat(translated.get(key)).as("placeholders of %s in %s.json", key, language.tag()).isEqualTo(placeholders));
  }

  static Properties load(String resource) {
    Properties properties = new Properties();
    try (InputStream in = TranslationParityTests.class.getClassLoader().getResourceAsStream(resource)) {
      assertThat(in).as(resource).isNotNull();
      properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return properties;
  }

  private static Set<String> userTaskKeys() {
    File[] models = new File("processes").listFiles((dir, name) -> name.endsWith(".bpmn"));
    assertThat(models).isNotEmpty();
    return Arrays.stream(models)
        .map(Bpmn::readModelFromFile)
        .flatMap(model -> model.getModelElementsByType(UserTask.class).stream())
        .map(task -> processOf(task).getId() + "." + task.getId())
        .collect(Collectors.toCollection(TreeSet::new));
  }

  private static Process processOf(UserTask task) {
    org.camunda.bpm.model.xml.instance.ModelElementInstance element = task;
    while (!(element instanceof Process)) {
      element = element.getParentElement();
    }
    return (Process) element;
  }

  private static Set<String> placeholders(String text) {
    Set<String> found = new TreeSet<>();
    Matcher m = PLACEHOLDER.matcher(text);
    while (m.find()) {
      found.add(m.group());
    }
    return found;
  }

  private static JsonNode json(String resource) throws IOException {
    try (InputStream in = TranslationParityTests.class.getClassLoader().getResourceAsStream(resource)) {
      assertThat(in).as(resource).isNotNull();
      return new ObjectMapper().readTree(in);
    }
  }

  /** Leaf keys of a nested JSON object, with the {{placeholders}} of each value. */
  private static Map<String, Set<String>> leaves(JsonNode node) {
    Map<String, Set<String>> result = new TreeMap<>();
    collect("", node, result);
    return result;
  }

  private static void collect(String prefix, JsonNode node, Map<String, Set<String>> result) {
    if (node.isObject()) {
      for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> field = it.next();
        collect(prefix.isEmpty() ? field.getKey() : prefix + "." + field.getKey(), field.getValue(), result);
      }
    } else {
      Set<String> placeholders = new TreeSet<>();
      Matcher m = Pattern.compile("\\{\\{[^}]+}}").matcher(node.asText());
      while (m.find()) {
        placeholders.add(m.group().replace(" ", ""));
      }
      result.put(prefix, placeholders);
    }
  }
}
