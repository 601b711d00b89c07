package io.casedesk.platform;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a delegate that calls a system outside the desk (the exchange's ledger, a blockchain node).
 * The model lint requires each service task bound to it to be asynchronous with a retry cycle, so an
 * outage gives retries and then an incident, never a lost step.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface ExternalCall {}
