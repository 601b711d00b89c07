package io.casedesk.platform.internal;

import io.casedesk.platform.CandidateGroupRouter;
import java.util.Collection;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.camunda.bpm.engine.delegate.Expression;
import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * A model's candidate-group expression, passed through the {@link CandidateGroupRouter} when the task
 * is created: the engine adds the routed groups instead of the modelled ones.
 */
record RoutedCandidateGroups(Expression modelled, Supplier<CandidateGroupRouter> router) implements Expression {

  @Override
  public Object getValue(VariableScope scope) {
    Object value = modelled.getValue(scope);
    Stream<String> groups =
        value instanceof Collection<?> collection
            ? collection.stream().map(String::valueOf)
            : Stream.of(String.valueOf(value).split(","));
    return groups.map(String::trim).filter(g -> !g.isEmpty()).flatMap(g -> router.get().route(g, scope).stream()).distinct().toList();
  }

  @Override
  public void setValue(Object value, VariableScope scope) {
    modelled.setValue(value, scope);
  }

  @Override
  public String getExpressionText() {
    return modelled.getExpressionText();
  }

  @Override
  public boolean isLiteralText() {
    return false;
  }

  static List<Expression> wrap(Collection<Expression> expressions, Supplier<CandidateGroupRouter> router) {
    return expressions.stream().<Expression>map(e -> new RoutedCandidateGroups(e, router)).toList();
  }
}
