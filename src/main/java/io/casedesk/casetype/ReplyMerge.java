package io.casedesk.casetype;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.casedesk.web.InvalidRequestException;
import java.util.Arrays;

/** How a customer's reply changes a case's details, as most case types want it. */
public final class ReplyMerge {

  static final String DOCUMENTS = "documents";

  private ReplyMerge() {}

  /**
   * The details with the reply's corrections: objects are merged field by field, anything else is
   * replaced. With {@code documents}, the reply's documents replace earlier ones of the same kind.
   */
  public static JsonNode merge(JsonNode details, CustomerReply reply, boolean documents) {
    ObjectNode merged = details.deepCopy();
    if (reply.details() != null) {
      if (!reply.details().isObject()) {
        throw new InvalidRequestException("details", "must be a JSON object");
      }
      mergeObjects(merged, reply.details());
    }
    if (documents && !reply.documentsOrEmpty().isEmpty()) {
      ArrayNode list = merged.has(DOCUMENTS) && merged.get(DOCUMENTS).isArray()
          ? (ArrayNode) merged.get(DOCUMENTS) : merged.putArray(DOCUMENTS);
      for (DocumentReference added : reply.documentsOrEmpty()) {
        for (int i = list.size() - 1; i >= 0; i--) {
          if (added.kind().name().equals(list.get(i).path("kind").asText())) {
            list.remove(i);
          }
        }
        list.add(node(merged, added));
      }
    }
    return merged;
  }

  private static ObjectNode node(ObjectNode factory, DocumentReference document) {
    ObjectNode node = factory.objectNode()
        .put("kind", document.kind().name()).put("uri", document.uri()).put("sha256", document.sha256());
    if (document.issuedOn() != null) {
      node.put("issuedOn", document.issuedOn().toString());
    }
    return node;
  }

  /** Whether a details record keeps a list of documents the customer can add to. */
  public static boolean hasDocuments(Class<?> detailsType) {
    return detailsType.isRecord()
        && Arrays.stream(detailsType.getRecordComponents()).anyMatch(c -> c.getName().equals(DOCUMENTS));
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
}
