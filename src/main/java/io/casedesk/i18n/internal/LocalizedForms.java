package io.casedesk.i18n.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.casedesk.i18n.SupportedLanguage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.function.BiConsumer;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * The language variants of the analysts' forms. Tasklist's forms have no translation support, so
 * each language needs a form of its own: from each source form {@code forms/<id>.form} (English) and
 * the translators' bundles {@code forms/i18n/*_<lang>.properties} this builds {@code <id>-<lang>}
 * for every supported language, English included. Models reference them as
 * {@code camunda:formRef="<id>-${locale}"}.
 *
 * <p>Bundle keys: {@code <form id>.<component id>.label}, {@code .description}, {@code .text},
 * {@code .values.<value>}, and a table's column headers {@code .columns.<key>}. A missing key keeps
 * the English text (the parity test reports it).
 */
@Component
public class LocalizedForms {

  static final String SOURCE_FORMS = "classpath*:forms/*.form";
  /** Translators' form bundles: {@code forms/i18n/<name>_<lang>.properties}, one set per case type. */
  static final String FORM_BUNDLES = "forms/i18n";
  private static final List<String> TEXT_PROPERTIES = List.of("label", "description", "text");

  private final Bundles bundles;
  private final ObjectMapper objectMapper;

  LocalizedForms(Bundles bundles, ObjectMapper objectMapper) {
    this.bundles = bundles;
    this.objectMapper = objectMapper;
  }

  /** Resource name to form JSON, for every source form in every language. */
  public Map<String, String> build() {
    Map<String, String> forms = new LinkedHashMap<>();
    for (ObjectNode source : sourceForms()) {
      for (SupportedLanguage language : SupportedLanguage.values()) {
        ObjectNode localized = translate(source, language);
        forms.put("forms/" + localized.get("id").asText() + ".form", localized.toPrettyString());
      }
    }
    return forms;
  }

  ObjectNode translate(ObjectNode source, SupportedLanguage language) {
    String id = source.get("id").asText();
    Properties bundle = bundles.loadAll(FORM_BUNDLES, language);
    ObjectNode form = source.deepCopy();
    form.put("id", id + "-" + language.tag());
    texts(form, id, (key, node) -> {
      String translated = bundle.getProperty(key.key());
      if (translated != null) {
        node.put(key.property(), translated);
      }
    });
    return form;
  }

  /** Every translatable text of the source forms, as bundle key to English text. */
  public Map<String, String> englishTexts() {
    Map<String, String> texts = new LinkedHashMap<>();
    for (ObjectNode source : sourceForms()) {
      texts(source, source.get("id").asText(), (key, node) -> texts.put(key.key(), node.get(key.property()).asText()));
    }
    return texts;
  }

  record TextKey(String key, String property) {}

  private static void texts(ObjectNode form, String formId, BiConsumer<TextKey, ObjectNode> visitor) {
    for (JsonNode component : form.path("components")) {
      visitComponent((ObjectNode) component, formId, visitor);
    }
  }

  private static void visitComponent(ObjectNode component, String formId, BiConsumer<TextKey, ObjectNode> visitor) {
    String prefix = formId + "." + component.path("id").asText();
    for (String property : TEXT_PROPERTIES) {
      if (component.hasNonNull(property) && !component.get(property).asText().isBlank()) {
        visitor.accept(new TextKey(prefix + "." + property, property), component);
      }
    }
    for (JsonNode value : component.path("values")) {
      visitor.accept(new TextKey(prefix + ".values." + value.path("value").asText(), "label"), (ObjectNode) value);
    }
    for (JsonNode column : component.path("columns")) {
      visitor.accept(new TextKey(prefix + ".columns." + column.path("key").asText(), "label"), (ObjectNode) column);
    }
    for (JsonNode child : component.path("components")) {
      visitComponent((ObjectNode) child, formId, visitor);
    }
  }

  private List<ObjectNode> sourceForms() {
    List<ObjectNode> forms = new ArrayList<>();
    try {
      for (Resource resource : new PathMatchingResourcePatternResolver().getResources(SOURCE_FORMS)) {
        try (InputStream in = resource.getInputStream()) {
          forms.add((ObjectNode) objectMapper.readTree(in));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the source forms", e);
    }
    return forms;
  }
}
