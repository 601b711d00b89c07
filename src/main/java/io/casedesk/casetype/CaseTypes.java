package io.casedesk.casetype;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/** The case types the desk knows: every {@link CaseTypeDefinition} bean, by key. */
@Component
public class CaseTypes {

  static final Pattern KEY = Pattern.compile("[A-Z][A-Z0-9_]{1,63}");

  private final Map<String, CaseTypeDefinition> byKey = new TreeMap<>();
  private final Map<String, CaseTypeDefinition> byProcess = new TreeMap<>();

  CaseTypes(List<CaseTypeDefinition> definitions) {
    for (CaseTypeDefinition definition : definitions) {
      if (!KEY.matcher(definition.key()).matches()) {
        throw new IllegalStateException("Case type key '" + definition.key() + "' must be capitals, digits and _");
      }
      if (byKey.put(definition.key(), definition) != null || byProcess.put(definition.processKey(), definition) != null) {
        throw new IllegalStateException("Two case types use the key " + definition.key() + " or the process " + definition.processKey());
      }
    }
  }

  public Optional<CaseTypeDefinition> find(String key) {
    return Optional.ofNullable(key == null ? null : byKey.get(key));
  }

  public CaseTypeDefinition of(String key) {
    return find(key).orElseThrow(() -> new IllegalStateException("No case type " + key));
  }

  /** The type whose process this is, if it is a case type's. */
  public Optional<CaseTypeDefinition> ofProcess(String processKey) {
    return Optional.ofNullable(byProcess.get(processKey));
  }

  public Collection<CaseTypeDefinition> all() {
    return byKey.values();
  }

  public List<String> keys() {
    return List.copyOf(byKey.keySet());
  }
}
