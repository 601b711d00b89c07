package io.casedesk.kyc;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.casedesk.cases.CaseType;
import io.casedesk.cases.CaseTypeDefinition;
import io.casedesk.cases.CustomerReplyRequest;
import io.casedesk.cases.DetailsReader;
import io.casedesk.cases.DocumentReference;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/** KYC_VERIFICATION at intake and on replies. */
@Component
class KycCaseDefinition implements CaseTypeDefinition {

  private final DetailsReader reader;

  KycCaseDefinition(DetailsReader reader) {
    this.reader = reader;
  }

  @Override
  public CaseType type() {
    return CaseType.KYC_VERIFICATION;
  }

  @Override
  public JsonNode validateDetails(JsonNode details) {
    return reader.tree(reader.read(details, KycDetails.class, "details"));
  }

  /**
   * New documents replace earlier ones of the same kind; corrected details overwrite the fields
   * they name (the level, applicant or identity document fields).
   */
  @Override
  public JsonNode mergeReply(JsonNode details, CustomerReplyRequest reply) {
    ObjectNode merged = details.deepCopy();
    if (reply.details() != null) {
      if (!reply.details().isObject()) {
        throw new io.casedesk.cases.InvalidRequestException("details", "must be a JSON object");
      }
      mergeObjects(merged, reply.details());
    }
    KycDetails current = reader.read(merged, KycDetails.class, "details");
    List<DocumentReference> documents = new ArrayList<>(current.documentsOrEmpty());
    for (DocumentReference added : reply.documentsOrEmpty()) {
      documents.removeIf(d -> d.kind() == added.kind());
      documents.add(added);
    }
    KycDetails result = new KycDetails(current.level(), current.applicant(), current.identityDocument(), documents);
    return reader.tree(reader.read(reader.tree(result), KycDetails.class, "details"));
  }

  private static void mergeObjects(ObjectNode target, JsonNode changes) {
    changes.fields().forEachRemaining(field -> {
      JsonNode existing = target.get(field.getKey());
      if (existing instanceof ObjectNode existingObject && field.getValue().isObject()) {
        mergeObjects(existingObject, field.getValue());
      } else {
        target.set(field.getKey(), field.getValue());
      }
    });
  }

  @Override
  public Map<String, Object> startVariables(JsonNode details) {
    return Map.of(KycVariables.KYC_LEVEL, details.get("level").asInt());
  }
}
