package io.casedesk.intake.internal;

import io.casedesk.casetype.CaseTypeDefinition;
import io.casedesk.casetype.CaseTypes;
import io.swagger.v3.core.converter.AnnotatedType;
import io.swagger.v3.core.converter.ModelConverters;
import io.swagger.v3.core.converter.ResolvedSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.stereotype.Component;

/**
 * The API document describes every case type's {@code details}: the record each type declares
 * ({@link CaseTypeDefinition#detailsType()}) becomes a schema, {@code type} lists the types' keys,
 * and {@code details} is one of the types' schemas, the one the request's {@code type} names.
 */
@Component
class CaseTypesOpenApi implements OpenApiCustomizer {

  static final String REQUEST_SCHEMA = "OpenCaseRequest";

  private final CaseTypes types;

  CaseTypesOpenApi(CaseTypes types) {
    this.types = types;
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
  }
}
