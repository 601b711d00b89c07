package io.casedesk.intake.internal;

import com.fasterxml.jackson.databind.JsonNode;
import io.casedesk.cases.CaseProblems;
import io.casedesk.cases.CaseRecord;
import io.casedesk.cases.CaseRegistry;
import io.casedesk.cases.CaseStarts;
import io.casedesk.cases.CaseStatus;
import io.casedesk.casetype.CaseTypeDefinition;
import io.casedesk.casetype.CaseTypes;
import io.casedesk.casetype.CaseVariables;
import io.casedesk.casetype.CustomerReply;
import io.casedesk.i18n.SupportedLanguage.LanguageChoice;
import io.casedesk.i18n.SupportedLanguage;
import io.casedesk.ledger.LedgerPort;
import io.casedesk.platform.JsonVariables;
import io.casedesk.routing.Triage;
import io.casedesk.routing.TriagePolicy;
import io.casedesk.web.InvalidRequestException.FieldProblem;
import io.casedesk.web.InvalidRequestException;
import io.casedesk.web.RequestReader;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Opens cases: checks the request by the rules of its type, triages it, and stores the case row, the
 * idempotency key and the started case lifecycle in one transaction.
 */
@Service
class CaseIntake {

  /** Every case runs in this process, which calls the type's process and keeps the SLA clocks around it. */
  static final String LIFECYCLE = "case-lifecycle";

  static final String IDEMPOTENCY_KEY = "Idempotency-Key";
  private static final int MAX_KEY_LENGTH = 255;

  /** Requests that lost the race for their Idempotency-Key to a concurrent one and got its case. */
  static final String CONCURRENT_REPLAYS = "casedesk.intake.idempotency.concurrent";

  /** Tries of a request whose key a concurrent request holds, until that one committed or gave up. */
  private static final int ATTEMPTS = 3;

  private final CaseTypes types;
  private final CaseNumbers caseNumbers;
  private final CaseRegistry registry;
  private final CaseStarts caseStarts;
  private final IdempotencyKeys idempotencyKeys;
  private final TriagePolicy triagePolicy;
  private final LedgerPort ledger;
  private final RuntimeService runtimeService;
  private final RepositoryService repositoryService;
  private final JsonVariables json;
  private final TransactionTemplate transactions;
  private final Clock clock;
  private final Counter concurrentReplays;

  CaseIntake(
      CaseTypes types,
      CaseNumbers caseNumbers,
      CaseRegistry registry,
      CaseStarts caseStarts,
      IdempotencyKeys idempotencyKeys,
      TriagePolicy triagePolicy,
      LedgerPort ledger,
      RuntimeService runtimeService,
      RepositoryService repositoryService,
      JsonVariables json,
      TransactionTemplate transactions,
      Clock clock,
      MeterRegistry meters) {
    this.types = types;
    this.caseNumbers = caseNumbers;
    this.registry = registry;
    this.caseStarts = caseStarts;
    this.idempotencyKeys = idempotencyKeys;
    this.triagePolicy = triagePolicy;
    this.ledger = ledger;
    this.runtimeService = runtimeService;
    this.repositoryService = repositoryService;
    this.json = json;
    this.transactions = transactions;
    this.clock = clock;
    this.concurrentReplays = Counter.builder(CONCURRENT_REPLAYS)
        .description("Case intake requests answered with the case of a concurrent request with the same Idempotency-Key")
        .register(meters);
  }

  /** The outcome of intake: the case, and whether an earlier request with the same key created it. */
  record Opened(String caseNumber, boolean replayed) {}

  /**
   * Opens the case for the calling account. The engine work runs as the desk itself, not as the
   * caller: the intake account has no rights in the engine, and the registry records who opened it.
   *
   * @throws InvalidRequestException listing every broken rule of the request, before anything is read or written
   */
  Opened open(RequestReader.Read<OpenCaseRequest> read, String idempotencyKey, String openedBy) {
    Checked checked = check(read, idempotencyKey);
    String requestHash = CanonicalJson.sha256(json.tree(checked.request()));
    if (idempotencyKey != null) {
      var earlier = replay(idempotencyKey, requestHash);
      if (earlier != null) {
        return earlier;
      }
    }
    Prepared prepared = prepare(checked);
    for (int attempt = 1; ; attempt++) {
      try {
        String caseNumber = transactions.execute(tx -> create(prepared, idempotencyKey, requestHash, openedBy));
        return new Opened(caseNumber, false);
      } catch (DuplicateKeyException | PessimisticLockingFailureException e) {
        // A concurrent request with the same key inserted it first. PostgreSQL lets this insert wait
        // for that transaction and then refuses the duplicate; H2 retries the insert until the other
        // commits (duplicate) or its lock timeout passes (lock failure). Answer as a retry is answered;
        // if the other request rolled back, the key is free again: try once more.
        if (idempotencyKey == null) {
          throw e;
        }
        var earlier = replay(idempotencyKey, requestHash);
        if (earlier != null) {
          concurrentReplays.increment();
          return earlier;
        }
        if (attempt == ATTEMPTS) {
          throw e;
        }
      }
    }
  }

  /**
   * Opens the follow-up of a case the customer wrote to after it was closed (or after the reopen
   * window): a new case of the same type, customer, channel, tier and language, with the old case's
   * details and the reply merged in, the reply as its description, linked to the old case.
   */
  String openFollowUp(CaseRecord previous, JsonNode previousDetails, CustomerReply reply) {
    CaseTypeDefinition type = types.of(previous.type());
    JsonNode details = type.mergeReply(previousDetails, reply);
    String message = reply.message() == null ? "" : reply.message();
    String subject = "Re: " + previous.subject();
    OpenCaseRequest request = new OpenCaseRequest(previous.type(), previous.customerUid(), previous.channel(), previous.tier(),
        previous.requestedLocale(), subject.length() > 200 ? subject.substring(0, 200) : subject,
        message.length() > 4000 ? message.substring(0, 4000) : message, details);
    Prepared prepared = prepare(check(new RequestReader.Read<>(request, List.of()), null));
    return transactions.execute(tx -> {
      String caseNumber = create(prepared, null, null, previous.openedBy());
      registry.linkToPrevious(caseNumber, previous.caseNumber());
      return caseNumber;
    });
  }

  private Opened replay(String idempotencyKey, String requestHash) {
    return idempotencyKeys
        .find(idempotencyKey)
        .map(
            stored -> {
              if (!stored.requestHash().equals(requestHash)) {
                throw new IntakeProblems.IdempotencyKeyReused(idempotencyKey);
              }
              return new Opened(stored.caseNumber(), true);
            })
        .orElse(null);
  }

  /**
   * Every rule the request itself can break, reported together: the body's fields, the key, the type,
   * the language and the type's details (checked when the type is known).
   */
  private Checked check(RequestReader.Read<OpenCaseRequest> read, String idempotencyKey) {
    List<FieldProblem> problems = new ArrayList<>(read.problems());
    if (idempotencyKey != null && (idempotencyKey.isBlank() || idempotencyKey.length() > MAX_KEY_LENGTH)) {
      problems.add(new FieldProblem(IDEMPOTENCY_KEY, "must be 1 to " + MAX_KEY_LENGTH + " characters"));
    }
    OpenCaseRequest request = read.value();
    if (request == null) {
      throw new InvalidRequestException(problems);
    }
    CaseTypeDefinition type = null;
    if (request.type() != null && !reported(problems, "type")) {
      type = types.find(request.type()).orElse(null);
      if (type == null) {
        problems.add(new FieldProblem("type", "must be one of " + types.keys()));
      }
    }
    LanguageChoice language = null;
    if (request.locale() != null && !reported(problems, "locale")) {
      try {
        language = SupportedLanguage.resolve(request.locale());
      } catch (IllegalArgumentException e) {
        problems.add(new FieldProblem("locale", e.getMessage()));
      }
    }
    JsonNode details = null;
    if (type != null && request.details() != null) {
      try {
        details = type.validateDetails(request.details());
      } catch (InvalidRequestException e) {
        problems.addAll(e.problems());
      }
    }
    if (!problems.isEmpty()) {
      throw new InvalidRequestException(problems.stream().sorted(Comparator.comparing(FieldProblem::field)).toList());
    }
    return new Checked(request, type, details, language);
  }

  private static boolean reported(List<FieldProblem> problems, String field) {
    return problems.stream().anyMatch(p -> p.field().equals(field));
  }

  /** What refuses a well-formed request (a type not deployed, an unknown customer), and the triage. */
  private Prepared prepare(Checked checked) {
    OpenCaseRequest request = checked.request();
    if (!deployed(checked.type().processKey())) {
      throw new CaseProblems.Unprocessable(
          "type", "Case type " + request.type() + " is not available yet; the desk has no flow for it deployed.");
    }
    if (ledger.findAccount(request.customerUid()).isEmpty()) {
      throw new CaseProblems.Unprocessable(
          "customerUid", "The exchange has no account with UID " + request.customerUid() + ".");
    }
    Triage triage = triagePolicy.triage(checked.type().key(), request.channel(), request.tier());
    return new Prepared(request, checked.type(), checked.details(), checked.language(), triage);
  }

  private boolean deployed(String processKey) {
    return repositoryService.createProcessDefinitionQuery().processDefinitionKey(processKey).active().count() > 0;
  }

  private String create(Prepared p, String idempotencyKey, String requestHash, String openedBy) {
    Instant now = clock.instant();
    String caseNumber = caseNumbers.next();
    OpenCaseRequest r = p.request();
    registry.insert(
        new CaseRecord(
            caseNumber, p.type().key(), r.customerUid(), r.channel(), r.tier(), p.language().language().tag(),
            r.locale(), p.language().fallback(), r.subject(), CaseStatus.OPEN, p.triage().queue(),
            p.triage().priority(), null, now, p.triage().firstResponseDue(now), p.triage().resolutionDue(now),
            null, null, null, null, openedBy, false));
    if (idempotencyKey != null) {
      idempotencyKeys.insert(idempotencyKey, requestHash, caseNumber, now);
    }
    ProcessInstance instance = caseStarts.opening(caseNumber, typeStart(p),
        () -> runtimeService.startProcessInstanceByKey(LIFECYCLE, caseNumber, startVariables(caseNumber, p, now)));
    registry.attachProcessInstance(caseNumber, instance.getProcessInstanceId());
    return caseNumber;
  }

  /**
   * The lifecycle keeps what it needs itself (due times, priority, language, type, subject); the
   * rest is for the type's process only ({@link #typeStart}) and is stored there once.
   */
  private VariableMap startVariables(String caseNumber, Prepared p, Instant now) {
    OpenCaseRequest r = p.request();
    Triage t = p.triage();
    return Variables.createVariables()
        .putValue(CaseVariables.CASE_NUMBER, caseNumber)
        .putValue(CaseVariables.CASE_TYPE, p.type().key())
        .putValue(CaseVariables.PROCESS_KEY, p.type().processKey())
        .putValue(CaseVariables.LOCALE, p.language().language().tag())
        .putValue(CaseVariables.SUBJECT, r.subject())
        .putValue(CaseVariables.PRIORITY, t.priority())
        .putValue(CaseVariables.FIRST_RESPONSE_DUE, Date.from(t.firstResponseDue(now)))
        .putValue(CaseVariables.FIRST_RESPONSE_AT_RISK, Date.from(t.firstResponseAtRisk(now)))
        .putValue(CaseVariables.RESOLUTION_DUE, Date.from(t.resolutionDue(now)))
        .putValue(CaseVariables.RESOLUTION_AT_RISK, Date.from(t.resolutionAtRisk(now)));
  }

  /** What only the type's process needs: the case's details, the customer, the queue, the type's own variables. */
  private Map<String, Object> typeStart(Prepared p) {
    OpenCaseRequest r = p.request();
    Map<String, Object> start = new HashMap<>();
    start.put(CaseVariables.CUSTOMER_UID, r.customerUid());
    start.put(CaseVariables.CHANNEL, r.channel().name());
    start.put(CaseVariables.TIER, r.tier().name());
    start.put(CaseVariables.DESCRIPTION, r.description() == null ? "" : r.description());
    start.put(CaseVariables.CASE_DETAILS, json.toValue(p.details()));
    start.put(CaseVariables.QUEUE, p.triage().queue());
    start.putAll(p.type().startVariables(p.details()));
    return start;
  }

  private record Checked(OpenCaseRequest request, CaseTypeDefinition type, JsonNode details, LanguageChoice language) {}

  private record Prepared(
      OpenCaseRequest request, CaseTypeDefinition type, JsonNode details, LanguageChoice language, Triage triage) {}
}
