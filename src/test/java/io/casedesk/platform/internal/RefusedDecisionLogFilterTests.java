package io.casedesk.platform.internal;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.core.spi.FilterReply;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.junit.jupiter.api.Test;

/** Refused decisions leave the error log; the engine's other errors stay in it. */
class RefusedDecisionLogFilterTests {

  final RefusedDecisionLogFilter filter = new RefusedDecisionLogFilter();
  final LoggerContext context = new LoggerContext();

  @Test
  void aRefusedDecisionWrappedByTheEngineIsNotLoggedAsAnError() {
    var refused = new ProcessEngineException("ENGINE-03051 exception while invoking TaskListener",
        new ProcessEngineException("Exception while invoking TaskListener", new BadUserRequestException("Choose a decision.")));
    assertThat(decide(RefusedDecisionLogFilter.ENGINE_CONTEXT, Level.ERROR, refused)).isEqualTo(FilterReply.DENY);
  }

  @Test
  void otherErrorsAndOtherLoggersAreLoggedAsBefore() {
    var failure = new ProcessEngineException("ENGINE-03051", new IllegalStateException("the back office is down"));
    assertThat(decide(RefusedDecisionLogFilter.ENGINE_CONTEXT, Level.ERROR, failure)).isEqualTo(FilterReply.NEUTRAL);
    assertThat(decide("io.casedesk.review", Level.ERROR, new BadUserRequestException("x"))).isEqualTo(FilterReply.NEUTRAL);
    assertThat(decide(RefusedDecisionLogFilter.ENGINE_CONTEXT, Level.WARN, new BadUserRequestException("x"))).isEqualTo(FilterReply.NEUTRAL);
  }

  private FilterReply decide(String logger, Level level, Throwable thrown) {
    // As the engine logs it: the exception as the last of the message's arguments.
    return filter.decide(null, context.getLogger(logger), level, "Exception while closing command context: {}",
        new Object[] {thrown.getMessage(), thrown}, null);
  }
}
