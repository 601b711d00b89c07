package io.casedesk.cases;

import io.casedesk.casetype.Channel;
import io.casedesk.casetype.Tier;
import java.time.Instant;

/** One row of the case registry: what compliance and reporting read without opening the engine. */
public record CaseRecord(
    String caseNumber,
    String type,
    String customerUid,
    Channel channel,
    Tier tier,
    String locale,
    String requestedLocale,
    boolean localeFallback,
    String subject,
    CaseStatus status,
    String queue,
    int priority,
    String processInstanceId,
    Instant createdAt,
    Instant firstResponseDue,
    Instant resolutionDue,
    Instant firstResponseAt,
    Instant resolvedAt,
    String outcome,
    String outcomeReason,
    String openedBy,
    boolean escalated) {}
