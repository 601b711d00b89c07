package io.casedesk.i18n.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.casedesk.i18n.DeskMessages;
import io.casedesk.i18n.SupportedLanguage;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Every translation has exactly the keys of its English source, so a text added in English and not
 * yet translated, or a stale translation, fails the build with the list of gaps.
 */
class TranslationParityTests {

  /** Named placeholders of the notification templates and numbered ones of the pages' texts. */
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{[a-zA-Z0-9]+}");

  /** The desk's shared bundles, the audit page's and every case type's, on the classpath (the test-only case type's too). */
  static List<String> messageBundles() {
    List<String> bundles = new ArrayList<>(List.of(DeskMessages.SHARED, DeskMessages.DESK, "audit/messages"));
    for (Resource english : resources("classpath*:casetypes/*/messages.properties")) {
      bundles.add("casetypes/" + folder(english) + "/messages");
    }
    assertThat(bundles).as("message bundles").hasSizeGreaterThan(2);
    return bundles;
  }

  @ParameterizedTest
  @EnumSource(value = SupportedLanguage.class, names = "EN", mode = EnumSource.Mode.EXCLUDE)
  void notificationTemplatesAreTranslatedWithTheirPlaceholders(SupportedLanguage language) {
    for (String bundle : messageBundles()) {
      Properties english = load(bundle + ".properties");
      Properties translated = load(bundle + "_" + language.tag() + ".properties");

      assertThat(new TreeSet<>(translated.stringPropertyNames())).as("keys of %s_%s", bundle, language.tag())
          .isEqualTo(new TreeSet<>(english.stringPropertyNames()));
      for (String key : english.stringPropertyNames()) {
        assertThat(placeholders(translated.getProperty(key))).as("placeholders of %s in %s_%s", key, bundle, language.tag())
            .isEqualTo(placeholders(english.getProperty(key)));
      }
    }
  }

  @ParameterizedTest
  @EnumSource(value = SupportedLanguage.class, names = "EN", mode = EnumSource.Mode.EXCLUDE)
  void everyUserTaskOfEveryModelAndItsProcessHaveATranslatedName(SupportedLanguage language) {
    Map<String, Set<String>> tasksByProcess = userTaskKeys();
    for (Map.Entry<String, Set<String>> process : tasksByProcess.entrySet()) {
      Properties translated = load("casetypes/" + process.getKey() + "/" + TaskNameListener.TASK_NAMES + "_" + language.tag() + ".properties");
      Set<String> missing = new TreeSet<>(process.getValue());
      missing.removeAll(translated.stringPropertyNames());
      Set<String> stale = new TreeSet<>(translated.stringPropertyNames());
      stale.removeAll(process.getValue());
      assertThat(missing).as("user tasks (and the process name) of %s without a %s name (they show in English)", process.getKey(), language.tag()).isEmpty();
      assertThat(stale).as("%s names of tasks %s does not have", language.tag(), process.getKey()).isEmpty();
    }
  }

  @ParameterizedTest
  @EnumSource(value = SupportedLanguage.class, names = "EN", mode = EnumSource.Mode.EXCLUDE)
  void everyFormTextIsTranslated(SupportedLanguage language) {
    Map<String, String> english = new LocalizedForms(new Bundles(), new ObjectMapper()).englishTexts();
    Properties translated = new Bundles().loadAll(LocalizedForms.FORM_BUNDLES, language);

    assertThat(new TreeSet<>(translated.stringPropertyNames())).as("keys of forms/i18n/*_%s", language.tag())
        .isEqualTo(new TreeSet<>(english.keySet()));
    english.forEach((key, text) -> assertThat(templates(translated.getProperty(key))).as("{{placeholders}} of %s in %s", key, language.tag())
        .isEqualTo(templates(text)));
  }

  /** The {@code {{placeholders}}} of a form text or a Tasklist text, which a translation must keep. */
  private static Set<String> templates(String text) {
    Set<String> found = new TreeSet<>();
    Matcher m = Pattern.compile("\\{\\{[^}]+}}").matcher(text == null ? "" : text);
    while (m.find()) {
      found.add(m.group().replace(" ", ""));
    }
    return found;
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

  /** The user tasks of every model on the classpath with user tasks, by process id, with the process id itself (its name). */
  private static Map<String, Set<String>> userTaskKeys() {
    Map<String, Set<String>> keys = new TreeMap<>();
    for (Resource model : resources("classpath*:processes/*.bpmn")) {
      try (InputStream in = model.getInputStream()) {
        for (UserTask task : Bpmn.readModelFromStream(in).getModelElementsByType(UserTask.class)) {
          String process = processOf(task).getId();
          keys.computeIfAbsent(process, p -> new TreeSet<>(Set.of(p))).add(process + "." + task.getId());
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    assertThat(keys).isNotEmpty();
    return keys;
  }

  private static List<Resource> resources(String pattern) {
    try {
      return List.of(new PathMatchingResourcePatternResolver().getResources(pattern));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String folder(Resource resource) {
    try {
      String[] parts = resource.getURL().getPath().split("/");
      return parts[parts.length - 2];
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
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
      result.put(prefix, templates(node.asText()));
    }
  }
}
