package io.casedesk.routing;

import io.casedesk.i18n.SupportedLanguage;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Queue names per language. A queue (candidate group) {@code kyc} has a language variant per
 * supported language: {@code kycEn}, {@code kycZh}, ... (the engine's id pattern allows no
 * separator). Language-bound queues ({@code casedesk.routing.language-bound-queues}) are worked by
 * agents of the case's language; every other queue is a specialist queue, which uses a language
 * variant only where one is staffed.
 */
@Component
public class LanguageQueues {

  /** Task-local variable that explains a routing to another language's queue. */
  public static final String ROUTING_NOTE = "routingNote";

  private final List<String> languageBound;

  LanguageQueues(@Value("${casedesk.routing.language-bound-queues:support,kyc}") List<String> languageBound) {
    this.languageBound = List.copyOf(languageBound);
  }

  public List<String> languageBound() {
    return languageBound;
  }

  public boolean isLanguageBound(String queue) {
    return languageBound.contains(queue);
  }

  public static String variant(String queue, SupportedLanguage language) {
    return queue + language.variantSuffix();
  }
}
