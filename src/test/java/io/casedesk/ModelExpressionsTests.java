package io.casedesk;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.casedesk.lint.ModelNames;
import io.casedesk.support.CaseDeskTest;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * Every expression in every model and element template names a Spring bean that exists or a process
 * variable the desk defines, so a renamed bean or variable fails the build, not a running case.
 */
@CaseDeskTest
class ModelExpressionsTests {

  /** Names the engine provides to expressions itself. */
  static final Set<String> ENGINE_NAMES = Set.of("execution", "task", "true", "false", "null", "empty", "not", "and", "or", "eq", "ne");

  private static final Pattern EXPRESSION = Pattern.compile("[$#]\\{([^}]*)}");
  private static final Pattern IDENTIFIER = Pattern.compile("(?<![.\\w'\"])([a-zA-Z_]\\w*)(?![\\w'\"])");

  @Autowired ApplicationContext context;

  @Test
  void everyExpressionInTheModelsResolves() throws IOException {
    Set<String> unresolved = new TreeSet<>();
    File[] models = Stream.concat(Arrays.stream(files("processes", ".bpmn")), Arrays.stream(files("src/test/resources/processes", ".bpmn")))
        .toArray(File[]::new);
    assertThat(models).as("the models under processes/").hasSizeGreaterThanOrEqualTo(5);
    for (File model : models) {
      String xml = Files.readString(model.toPath())
          .replace("&#39;", "'").replace("&quot;", "\"").replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&");
      Matcher expressions = EXPRESSION.matcher(xml);
      while (expressions.find()) {
        for (String name : identifiers(expressions.group(1))) {
          if (!resolves(name)) {
            unresolved.add(model.getName() + ": " + name + " in ${" + expressions.group(1) + "}");
          }
        }
      }
    }
    assertThat(unresolved).as("expressions naming neither a bean nor a known variable").isEmpty();
  }

  @Test
  void everyElementTemplateNamesABeanThatExists() throws IOException {
    ObjectMapper json = new ObjectMapper();
    Set<String> missing = new TreeSet<>();
    File[] templates = files("processes/.camunda/element-templates", ".json");
    assertThat(templates).isNotEmpty();
    for (File file : templates) {
      JsonNode root = json.readTree(file);
      for (JsonNode template : root.isArray() ? root : json.createArrayNode().add(root)) {
        for (JsonNode property : template.path("properties")) {
          if ("camunda:delegateExpression".equals(property.path("binding").path("name").asText())) {
            Matcher bean = EXPRESSION.matcher(property.path("value").asText());
            if (!bean.matches() || !context.containsBean(bean.group(1).trim())) {
              missing.add(file.getName() + ": " + property.path("value").asText());
            }
          }
        }
      }
    }
    assertThat(missing).isEmpty();
  }

  private boolean resolves(String name) {
    return ENGINE_NAMES.contains(name) || context.containsBean(name) || knownVariables().contains(name);
  }

  private static Set<String> identifiers(String expression) {
    String withoutStrings = expression.replaceAll("'[^']*'|\"[^\"]*\"", "''");
    Set<String> names = new TreeSet<>();
    Matcher m = IDENTIFIER.matcher(withoutStrings);
    while (m.find()) {
      // Only the first name of a chain (bean.method) and names that are not method calls on it.
      int start = m.start();
      if (start > 0 && withoutStrings.charAt(start - 1) == '.') {
        continue;
      }
      names.add(m.group(1));
    }
    return names;
  }

  /** What the desk and the case types declare as process variables (the model lint reads the same list). */
  private static Set<String> knownVariables() {
    return KNOWN_VARIABLES;
  }

  private static final Set<String> KNOWN_VARIABLES = ModelNames.variables();

  private static File[] files(String folder, String suffix) {
    File[] files = new File(folder).listFiles((dir, name) -> name.endsWith(suffix));
    return files == null ? new File[0] : files;
  }
}
