package io.casedesk.cases;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/** The case types the desk has a {@link CaseTypeDefinition} for. */
@Component
class CaseTypes {

  private final Map<CaseType, CaseTypeDefinition> definitions;

  CaseTypes(List<CaseTypeDefinition> definitions) {
    this.definitions = definitions.stream().collect(Collectors.toMap(CaseTypeDefinition::type, Function.identity()));
  }

  Optional<CaseTypeDefinition> find(CaseType type) {
    return Optional.ofNullable(definitions.get(type));
  }

  CaseTypeDefinition of(CaseType type) {
    return find(type).orElseThrow(() -> new IllegalStateException("No definition for case type " + type));
  }
}
