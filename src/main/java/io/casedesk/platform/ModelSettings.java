package io.casedesk.platform;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a settings bean whose properties models read in timer expressions, such as
 * {@code ${replyPolicy.reminderAfter}}. {@link #value()} is the bean's name; every public getter is a
 * property the model lint accepts. Getters return ISO 8601 texts, as the engine's timers read them.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface ModelSettings {

  /** The bean name models use. */
  String value();
}
