package io.casedesk.rehearsal.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.casedesk.casetype.CaseTypeDefinition;
import io.casedesk.casetype.CaseTypes;
import io.casedesk.casetype.CustomerReply;
import io.casedesk.casetype.DocumentKind;
import io.casedesk.casetype.DocumentReference;
import io.casedesk.intake.CaseOpener.NewCase;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * What the simulated customers send: each type's example request (the one the API document shows),
 * made the planned customer's, in their language and channel, with a document number of their own,
 * and without the selfie when the request arrives without adequate documentation. Their answers
 * bring the selfie.
 */
@Component
class RehearsalRequests {

  private static final String SELFIE = "SELFIE";

  private final CaseTypes types;
  private final ObjectMapper json;
  private final Map<String, JsonNode> examples = new HashMap<>();

  RehearsalRequests(CaseTypes types, ObjectMapper json) {
    this.types = types;
    this.json = json;
  }

  /**
   * Demo accounts whose data make a typical request of the type where its example shows a special one:
   * the withdrawal-limit example's account has 2FA off (declined at once); 10000052 is a verified,
   * active account whose request within its level's ceiling the limit policy approves.
   */
  private static final Map<String, String> TYPICAL_ACCOUNT = Map.of("WITHDRAWAL_LIMIT_INCREASE", "10000052");

  /** The account each type's example names (or a typical one): the synthetic customers are copies of it. */
  String templateAccount(String caseType) {
    return TYPICAL_ACCOUNT.getOrDefault(caseType, example(caseType).path("customerUid").asText());
  }

  NewCase request(PlannedCase plan) {
    JsonNode example = example(plan.caseType());
    ObjectNode details = example.path("details").deepCopy();
    String uid = plan.customerUid();
    if (details.has("identityDocument")) {
      ((ObjectNode) details.get("identityDocument")).put("number", "R" + uid);
    }
    if (details.has("documents")) {
      ArrayNode documents = json.createArrayNode();
      for (JsonNode document : details.get("documents")) {
        if (plan.documentsComplete() || !SELFIE.equals(document.path("kind").asText())) {
          documents.add(((ObjectNode) document.deepCopy()).put("uri", document.path("uri").asText().replaceAll("/\\d+/", "/" + uid + "/")));
        }
      }
      details.set("documents", documents);
    }
    if (details.has("requestedDailyLimitUsd")) {
      // What the account's KYC level allows, decided by the limit policy alone. (A request above it would
      // open a KYC case on the customer's behalf, whose questions no simulated customer answers.)
      details.put("requestedDailyLimitUsd", 20_000);
    }
    if (details.has("lostOn")) {
      details.put("lostOn", LocalDate.ofInstant(plan.arrivesAt(), ZoneOffset.UTC).minusDays(1).toString());
    }
    if (details.has("from") && details.has("to")) {
      LocalDate day = LocalDate.ofInstant(plan.arrivesAt(), ZoneOffset.UTC);
      details.put("from", day.minusDays(7) + "T00:00:00Z");
      details.put("to", day + "T00:00:00Z");
    }
    return new NewCase(plan.caseType(), uid, plan.channel(), plan.tier(), plan.locale(),
        example.path("subject").asText(), example.path("description").asText(null), details);
  }

  /** The customer's answer to the desk's question: a note, and the selfie where the type takes documents. */
  CustomerReply answer(PlannedCase plan) {
    JsonNode example = example(plan.caseType());
    List<DocumentReference> documents = List.of();
    if (example.path("details").has("documents")) {
      documents = List.of(new DocumentReference(DocumentKind.SELFIE, "s3://kyc-docs/" + plan.customerUid() + "/selfie-2.jpg",
          "60303ae22b998861bce3b28f33eec1be758a213c86c93c076dbe9f558c11c752", null));
    }
    return new CustomerReply("Here is what you asked for.", documents, null);
  }

  /** A customer writing again about a resolved case. */
  CustomerReply writeAgain() {
    return new CustomerReply("It happened again, can you look once more?", List.of(), null);
  }

  private JsonNode example(String caseType) {
    return examples.computeIfAbsent(caseType, key -> {
      CaseTypeDefinition type = types.of(key);
      try (InputStream in = new ClassPathResource(type.exampleRequest()).getInputStream()) {
        return json.readTree(in);
      } catch (IOException e) {
        throw new UncheckedIOException("Cannot read " + type.exampleRequest(), e);
      }
    });
  }
}
