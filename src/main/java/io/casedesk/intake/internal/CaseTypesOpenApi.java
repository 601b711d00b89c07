package io.casedesk.intake.internal;

import io.casedesk.casetype.CaseTypeDefinition;
import io.casedesk.casetype.CaseTypes;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.swagger.v3.core.converter.AnnotatedType;
import io.swagger.v3.core.converter.ModelConverters;
import io.swagger.v3.core.converter.ResolvedSchema;
import io.swagger.v3.oas.models.examples.Example;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * The API document describes every case type's {@code details}: the record each type declares
 * ({@link CaseTypeDefinition#detailsType()}) becomes a schema, {@code type} lists the types' keys,
 * and {@code details} is one of the types' schemas, the one the request's {@code type} names. Each
 * type's example request ({@link CaseTypeDefinition#exampleRequest()}) is an example of the body of
 * {@code POST /api/cases}.
 */
@Component
class CaseTypesOpenApi implements OpenApiCustomizer {

  static final String REQUEST_SCHEMA = "OpenCaseRequest";

  private final CaseTypes types;
  private final ObjectMapper objectMapper;

  CaseTypesOpenApi(CaseTypes types, ObjectMapper objectMapper) {
    this.types = types;
    this.objectMapper = objectMapper;
  }

  @Override
  @SuppressWarnings({"rawtypes", "unchecked"})
  public void customise(io.swagger.v3.oas.models.OpenAPI openApi) {
    Schema request = openApi.getComponents().getSchemas() == null ? null : openApi.getComponents().getSchemas().get(REQUEST_SCHEMA);
    if (request == null || request.getProperties() == null) {
      return;
    }
    List<Schema> details = new ArrayList<>();
    for (CaseTypeDefinition type : types.all()) {
      ResolvedSchema resolved = ModelConverters.getInstance()
          .resolveAsResolvedSchema(new AnnotatedType(type.detailsType()).resolveAsRef(false));
      resolved.referencedSchemas.forEach(openApi.getComponents()::addSchemas);
      String name = type.detailsType().getSimpleName();
      openApi.getComponents().addSchemas(name, resolved.schema.description(
          "The details of a " + type.key() + " case."));
      details.add(new Schema<>().$ref("#/components/schemas/" + name));
    }
    StringSchema typeSchema = new StringSchema();
    typeSchema.setEnum(types.keys());
    typeSchema.description("The case type; details follow that type's schema");
    request.getProperties().put("type", typeSchema);
    Schema oneOf = new Schema<>().oneOf(details).description("The case type's own fields: "
        + types.all().stream().map(t -> t.key() + " → " + t.detailsType().getSimpleName()).collect(Collectors.joining(", ")));
    request.getProperties().put("details", oneOf);
    addExamples(openApi);
  }

  private void addExamples(io.swagger.v3.oas.models.OpenAPI openApi) {
    var intake = openApi.getPaths() == null ? null : openApi.getPaths().get("/api/cases");
    if (intake == null || intake.getPost() == null || intake.getPost().getRequestBody() == null) {
      return;
    }
    MediaType json = intake.getPost().getRequestBody().getContent().get(org.springframework.http.MediaType.APPLICATION_JSON_VALUE);
    for (CaseTypeDefinition type : types.all()) {
      ClassPathResource example = new ClassPathResource(type.exampleRequest());
      if (!example.exists()) {
        continue;
      }
      try (var in = example.getInputStream()) {
        json.addExamples(type.key(), new Example().summary("A " + type.key() + " case").value(objectMapper.readTree(in)));
      } catch (IOException e) {
        throw new UncheckedIOException("The example request " + type.exampleRequest() + " is not JSON", e);
      }
    }
  }
}
