package io.casedesk.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.casedesk.casetype.CaseTypeDefinition;
import io.casedesk.casetype.CaseTypes;
import io.casedesk.support.CaseApi;
import io.casedesk.support.CaseDeskTest;
import io.casedesk.support.TestClock;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The API document is valid OpenAPI, names every answer with its problem shape, describes every case
 * type's details with an example that opens a case, and lists no value the README does not explain.
 * (That the API's real answers match it is checked on every answer a test receives: support/ApiContract.)
 */
@CaseDeskTest
@TestClock("2026-12-01T09:00:00Z")
class ApiDocumentTests {

  @Autowired CaseApi api;
  @Autowired CaseTypes types;

  @Test
  void theDocumentIsValidOpenApiWithATitleAndAVersion() {
    ParseOptions options = new ParseOptions();
    options.setResolve(true);
    SwaggerParseResult parsed = new OpenAPIV3Parser().readContents(document().toString(), null, options);

    assertThat(parsed.getMessages()).as("swagger-parser's findings").isEmpty();
    assertThat(parsed.getOpenAPI().getInfo().getTitle()).isEqualTo("CaseDesk API");
    assertThat(parsed.getOpenAPI().getInfo().getVersion()).matches("\\d+\\.\\d+\\.\\d+");
  }

  @Test
  void everyOperationNamesWhoMayCallAndEveryRefusalIsAProblem() {
    JsonNode paths = document().get("paths");
    List<String> operations = new ArrayList<>();
    paths.fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(op -> {
      String name = op.getKey().toUpperCase() + " " + path.getKey();
      operations.add(name);
      JsonNode responses = op.getValue().get("responses");
      assertThat(responses.has("401") && responses.has("403")).as(name + " documents 401 and 403").isTrue();
      responses.fields().forEachRemaining(response -> {
        if (response.getKey().startsWith("4") || response.getKey().startsWith("5")) {
          JsonNode problem = response.getValue().at("/content/application~1problem+json");
          assertThat(problem.at("/schema/$ref").asText()).as(name + " " + response.getKey()).isEqualTo("#/components/schemas/Problem");
          assertThat(problem.get("examples")).as(name + " " + response.getKey() + " has an example").isNotEmpty();
        }
      });
    }));
    assertThat(operations).contains("POST /api/cases", "GET /api/cases", "GET /api/cases/{caseNumber}", "POST /api/cases/{caseNumber}/replies");
  }

  @Test
  void openingACaseAnswers201AndEveryRefusalIsListed() {
    JsonNode responses = document().at("/paths/~1api~1cases/post/responses");

    assertThat(names(responses)).containsExactly("201", "400", "401", "403", "409", "413", "415", "422", "503");
    assertThat(responses.at("/201/content/application~1json/schema/$ref").asText()).isEqualTo("#/components/schemas/CaseView");
    assertThat(responses.at("/201/headers").has("Location")).isTrue();
  }

  @Test
  void everyCaseTypeHasADetailsSchemaAndAnExampleThatOpensACase() {
    JsonNode doc = document();
    JsonNode examples = doc.at("/paths/~1api~1cases/post/requestBody/content/application~1json/examples");
    for (CaseTypeDefinition type : types.all()) {
      assertThat(doc.at("/components/schemas").has(type.detailsType().getSimpleName())).as(type.key() + " details schema").isTrue();
      JsonNode example = examples.at("/" + type.key() + "/value");
      assertThat(example.isObject()).as(type.key() + " has an example request (" + type.exampleRequest() + ")").isTrue();

      var opened = api.open(example);

      assertThat(opened.getStatusCode().value()).as(type.key() + "'s example opens a case: " + opened.getBody()).isEqualTo(201);
    }
  }

  @Test
  void everyValueTheDocumentListsIsExplainedInTheReadme() throws IOException {
    String readme = Files.readString(Path.of("README.md"));
    Set<String> values = new TreeSet<>();
    JsonNode document = document();
    for (CaseTypeDefinition type : types.all()) {
      if (onlyInTests(type)) {
        ((com.fasterxml.jackson.databind.node.ObjectNode) document.get("components").get("schemas")).remove(type.detailsType().getSimpleName());
        values.remove(type.key());
      }
    }
    collectEnums(document, values);
    types.all().stream().filter(ApiDocumentTests::onlyInTests).forEach(type -> values.remove(type.key()));

    assertThat(values).isNotEmpty().filteredOn(value -> !readme.contains("`" + value + "`"))
        .as("values in the API document the README does not list").isEmpty();
  }

  /** A case type that exists only in the tests (proving the extension point) is not the README's to explain. */
  private static boolean onlyInTests(CaseTypeDefinition type) {
    return type.getClass().getProtectionDomain().getCodeSource().getLocation().getPath().contains("test-classes");
  }

  private JsonNode document() {
    return api.getJson("/api/openapi");
  }

  private static List<String> names(JsonNode object) {
    List<String> names = new ArrayList<>();
    object.fieldNames().forEachRemaining(names::add);
    return names;
  }

  private static void collectEnums(JsonNode node, Set<String> values) {
    if (node.isObject()) {
      JsonNode values0 = node.get("enum");
      if (values0 != null && values0.isArray()) {
        values0.forEach(v -> values.add(v.asText()));
      }
      node.elements().forEachRemaining(child -> collectEnums(child, values));
    } else if (node.isArray()) {
      node.elements().forEachRemaining(child -> collectEnums(child, values));
    }
  }
}
