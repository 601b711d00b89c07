package io.casedesk.web.internal;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.examples.Example;
import io.swagger.v3.oas.models.info.Contact;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The API document ({@code /api/openapi}) as a client reads it: a title and version, how to sign in,
 * and every answer an operation can give. Controllers declare the answers of their own logic (201,
 * 409, 422, ...); the answers every operation shares are added here from the operation's shape: 401
 * and 403 for all, 400, 413 and 415 where a body is read, 400 where parameters are checked, 404 where
 * a path names a resource. Every error answer is {@code application/problem+json} (RFC 9457).
 */
@Configuration(proxyBeanMethods = false)
class ApiDocument {

  static final String PROBLEM = "Problem";
  static final String FIELD_PROBLEM = "FieldProblem";
  private static final String PROBLEM_JSON = org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON_VALUE;
  private static final String BASIC = "basic";

  @Bean
  OpenAPI caseDeskApi(@Value("${casedesk.api.version}") String version) {
    return new OpenAPI()
        .info(new Info()
            .title("CaseDesk API")
            .version(version)
            .description("Support cases of the exchange: the back end opens cases and relays the customer's replies and"
                + " confirmations; supervisors and compliance read cases and their deliveries. Every refusal is"
                + " application/problem+json (RFC 9457) and lists every broken rule of the request in `errors`; nothing"
                + " is stored when a request is refused.")
            .contact(new Contact().name("CaseDesk support desk team")))
        .components(new Components()
            .addSecuritySchemes(BASIC, new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic")
                .description("A desk account: the exchange's back end uses a service account of the group intake;"
                    + " people use their desk account.")))
        .addSecurityItem(new SecurityRequirement().addList(BASIC));
  }

  @Bean
  OpenApiCustomizer problemAnswers() {
    return openApi -> {
      openApi.getComponents().addSchemas(FIELD_PROBLEM, fieldProblemSchema());
      openApi.getComponents().addSchemas(PROBLEM, problemSchema());
      // springdoc describes Spring's ProblemDetail class where a controller names it; the document has one Problem.
      if (openApi.getComponents().getSchemas() != null) {
        openApi.getComponents().getSchemas().remove("ProblemDetail");
      }
      if (openApi.getPaths() == null) {
        return;
      }
      openApi.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, operation) -> {
        addSharedAnswers(path, method, operation);
        operation.getResponses().forEach((status, response) -> {
          if (status.startsWith("4") || status.startsWith("5")) {
            describeAsProblem(status, response);
          }
        });
        operation.setResponses(inOrder(operation.getResponses()));
      }));
    };
  }

  private static void addSharedAnswers(String path, PathItem.HttpMethod method, Operation operation) {
    ApiResponses responses = operation.getResponses();
    List<Parameter> parameters = operation.getParameters() == null ? List.of() : operation.getParameters();
    if (operation.getRequestBody() != null) {
      responses.putIfAbsent("400", new ApiResponse().description("The request breaks a rule; `errors` lists every field and rule. Nothing is stored."));
      responses.putIfAbsent("413", new ApiResponse().description("The body is larger than the desk accepts"));
      responses.putIfAbsent("415", new ApiResponse().description("The body is not of the media type the operation reads"));
    } else if (parameters.stream().anyMatch(p -> !"path".equals(p.getIn()) || !isText(p))) {
      responses.putIfAbsent("400", new ApiResponse().description("A parameter breaks a rule; `errors` lists each"));
    }
    if (parameters.stream().anyMatch(p -> "path".equals(p.getIn()))) {
      responses.putIfAbsent("404", new ApiResponse().description("No such " + resource(path)));
    }
    responses.putIfAbsent("401", new ApiResponse().description("No credentials, wrong ones, or an account that is locked for a while after wrong passwords"));
    responses.putIfAbsent("403", new ApiResponse().description("The account may not do this"));
  }

  /** A parameter any text fits; a number in the path (an id) refuses other text with 400. */
  private static boolean isText(Parameter parameter) {
    return parameter.getSchema() == null || "string".equals(parameter.getSchema().getType())
        || (parameter.getSchema().getTypes() != null && parameter.getSchema().getTypes().contains("string"));
  }

  /** What a path names: the case of {@code /api/cases/{caseNumber}/replies}, the notification of {@code /api/notifications/{id}}. */
  private static String resource(String path) {
    String[] parts = path.split("/");
    for (int i = parts.length - 1; i > 0; i--) {
      if (parts[i].startsWith("{")) {
        String collection = parts[i - 1].replace('-', ' ');
        return collection.endsWith("s") ? collection.substring(0, collection.length() - 1) : collection;
      }
    }
    return "resource";
  }

  private static void describeAsProblem(String status, ApiResponse response) {
    Content content = new Content().addMediaType(PROBLEM_JSON, new MediaType()
        .schema(new Schema<>().$ref("#/components/schemas/" + PROBLEM))
        .addExamples(status, example(status, response.getDescription())));
    response.setContent(content);
  }

  private static Example example(String status, String description) {
    Map<String, Object> problem = new LinkedHashMap<>();
    problem.put("status", Integer.parseInt(status));
    switch (status) {
      case "400" -> {
        problem.put("type", "https://casedesk.io/problems/invalid-request");
        problem.put("title", "Invalid request");
        problem.put("detail", "channel must be one of [EMAIL_TICKET, WEB_FORM, VIP_CONCIERGE]; details.applicant.dateOfBirth must be a date as YYYY-MM-DD");
        problem.put("errors", List.of(
            Map.of("field", "channel", "rule", "must be one of [EMAIL_TICKET, WEB_FORM, VIP_CONCIERGE]"),
            Map.of("field", "details.applicant.dateOfBirth", "rule", "must be a date as YYYY-MM-DD")));
      }
      case "401" -> {
        problem.put("type", "https://casedesk.io/problems/unauthorized");
        problem.put("title", "Credentials needed");
        problem.put("detail", "Send a user and password (HTTP Basic).");
      }
      case "403" -> {
        problem.put("type", "https://casedesk.io/problems/forbidden");
        problem.put("title", "Not allowed");
        problem.put("detail", "Your account may not do this.");
      }
      default -> {
        problem.put("type", "https://casedesk.io/problems/…");
        problem.put("title", description == null ? "Refused" : description);
        problem.put("detail", "What happened, in words the caller can act on.");
      }
    }
    return new Example().summary(description).value(problem);
  }

  /** 2xx first, then the errors by status. */
  private static ApiResponses inOrder(ApiResponses responses) {
    ApiResponses ordered = new ApiResponses();
    new TreeMap<>(responses).forEach(ordered::addApiResponse);
    return ordered;
  }

  @SuppressWarnings({"rawtypes", "unchecked"})
  private static Schema problemSchema() {
    Schema problem = new ObjectSchema()
        .description("A refusal, as RFC 9457 problem details")
        .addProperty("type", new StringSchema().format("uri").description("What kind of problem; a stable URI per kind"))
        .addProperty("title", new StringSchema().description("The kind of problem in a few words"))
        .addProperty("status", new IntegerSchema().description("The HTTP status"))
        .addProperty("detail", new StringSchema().description("What happened in this request, in words the caller can act on"))
        .addProperty("instance", new StringSchema().description("The request's path"))
        .addProperty("errors", new ArraySchema().items(new Schema<>().$ref("#/components/schemas/" + FIELD_PROBLEM))
            .description("Every broken rule of the request, by field (400, and a 422 about one field)"));
    problem.setRequired(List.of("type", "title", "status"));
    return problem;
  }

  @SuppressWarnings({"rawtypes", "unchecked"})
  private static Schema fieldProblemSchema() {
    Schema field = new ObjectSchema()
        .description("One broken rule")
        .addProperty("field", new StringSchema().description("The JSON path of the field (details.documents[0].kind), a parameter or a header").example("details.applicant.dateOfBirth"))
        .addProperty("rule", new StringSchema().description("What the field must be").example("must be a date as YYYY-MM-DD"));
    field.setRequired(List.of("field", "rule"));
    return field;
  }
}
