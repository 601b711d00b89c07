package io.casedesk.audit.internal;

import java.util.Objects;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Applies the configured history time to live ({@link RetentionSettings}) at start-up to every
 * deployed process and decision definition, every version, whatever its model says, so that a
 * changed retention period holds for every case type without touching a model. The engine's history
 * cleanup then removes a case's history in the nightly window once that time has passed since the
 * case ended (removal-time strategy {@code end}, see README "Retention").
 */
@Component
@Order(5)
class HistoryRetention implements ApplicationRunner {

  private static final Logger log = LoggerFactory.getLogger(HistoryRetention.class);

  private final RepositoryService repository;
  private final RetentionSettings settings;

  HistoryRetention(RepositoryService repository, RetentionSettings settings) {
    this.repository = repository;
    this.settings = settings;
  }

  @Override
  public void run(ApplicationArguments args) {
    apply();
  }

  /** Returns how many definitions it changed. */
  int apply() {
    int changed = 0;
    for (ProcessDefinition definition : repository.createProcessDefinitionQuery().list()) {
      int days = settings.days(definition.getKey());
      if (!Objects.equals(definition.getHistoryTimeToLive(), days)) {
        changed += update(() -> repository.updateProcessDefinitionHistoryTimeToLive(definition.getId(), days));
      }
    }
    for (DecisionDefinition definition : repository.createDecisionDefinitionQuery().list()) {
      int days = settings.days(definition.getKey());
      if (!Objects.equals(definition.getHistoryTimeToLive(), days)) {
        changed += update(() -> repository.updateDecisionDefinitionHistoryTimeToLive(definition.getId(), days));
      }
    }
    if (changed > 0) {
      log.info("History time to live applied to {} process and decision definitions", changed);
    }
    return changed;
  }

  /** Another node of the cluster applying the same setting at the same moment is fine. */
  private static int update(Runnable change) {
    try {
      change.run();
      return 1;
    } catch (OptimisticLockingException e) {
      return 0;
    }
  }
}
