package io.casedesk.platform.internal;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.turbo.TurboFilter;
import ch.qos.logback.core.spi.FilterReply;
import org.camunda.bpm.engine.BadUserRequestException;
import org.slf4j.LoggerFactory;
import org.slf4j.Marker;
import org.springframework.stereotype.Component;

/**
 * A decision the desk refuses (a review listener's {@link BadUserRequestException}: "choose a
 * decision", "this deposit cannot be credited") is the agent's to fix, and the API answers it with a
 * 400. The engine wraps what a task listener throws and logs it at ERROR with its stack trace, as if
 * the desk had failed; this filter keeps those out of the error log. Every other engine error is
 * logged as before.
 */
@Component
class RefusedDecisionLogFilter extends TurboFilter {

  static final String ENGINE_CONTEXT = "org.camunda.bpm.engine.context";

  RefusedDecisionLogFilter() {
    if (LoggerFactory.getILoggerFactory() instanceof LoggerContext context) {
      context.addTurboFilter(this);
      start();
    }
  }

  @Override
  public FilterReply decide(Marker marker, Logger logger, Level level, String format, Object[] params, Throwable t) {
    if (level != Level.ERROR || logger == null || !ENGINE_CONTEXT.equals(logger.getName())) {
      return FilterReply.NEUTRAL;
    }
    Throwable thrown = t != null ? t : params != null && params.length > 0 && params[params.length - 1] instanceof Throwable last ? last : null;
    return refusal(thrown) ? FilterReply.DENY : FilterReply.NEUTRAL;
  }

  static boolean refusal(Throwable thrown) {
    for (Throwable cause = thrown; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
      if (cause instanceof BadUserRequestException) {
        return true;
      }
    }
    return false;
  }
}
