package io.casedesk.audit.internal;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/**
 * The audit trail of one case: a summary (who opened it, how triage decided, who decided what and
 * when, the automated checks' results, four eyes, SLA) and every entry in time order. Each entry
 * is a JSON object: {@code at}, {@code caseNumber}, {@code kind}, {@code actorType} (PERSON, DESK,
 * BACK_END), {@code actor}, {@code process}, {@code processVersion}, {@code processInstanceId},
 * {@code step}, {@code stepName}, {@code source} and {@code data}.
 */
record Trail(String caseNumber, ObjectNode summary, List<ObjectNode> entries) {}
