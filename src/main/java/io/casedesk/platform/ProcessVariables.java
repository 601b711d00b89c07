package io.casedesk.platform;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks the class whose {@code public static final String} constants are the names of process
 * variables a model may use in its expressions. The build's checks (the expression test and the
 * model lint's timer rule) collect them from every class so marked.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface ProcessVariables {}
