package io.casedesk.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The instant the engine's clock shows when each test of the class starts (ISO 8601, UTC). Tests
 * move it forward themselves; after each test it runs on real time again.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface TestClock {

  String value();
}
