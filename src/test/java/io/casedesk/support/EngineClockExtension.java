package io.casedesk.support;

import java.time.Instant;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * Before each test: the engine's clock at the class's {@link TestClock}, nobody signed in, and no
 * cases of the test's own yet. After it: real time again. Every test class gets this from
 * {@link CaseDeskTest}, so no test inherits another's clock or drives another's cases.
 */
public class EngineClockExtension implements BeforeEachCallback, AfterEachCallback {

  /** Where a class without {@link TestClock} starts. */
  static final String DEFAULT_START = "2026-03-02T09:00:00Z";

  @Override
  public void beforeEach(ExtensionContext context) {
    TestClock clock = context.getRequiredTestClass().getAnnotation(TestClock.class);
    driver(context).resetClock(Instant.parse(clock == null ? DEFAULT_START : clock.value()));
  }

  @Override
  public void afterEach(ExtensionContext context) {
    driver(context).reset();
  }

  private static EngineDriver driver(ExtensionContext context) {
    return SpringExtension.getApplicationContext(context).getBean(EngineDriver.class);
  }
}
