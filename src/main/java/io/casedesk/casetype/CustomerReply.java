package io.casedesk.casetype;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * Body of {@code POST /api/cases/{caseNumber}/replies}: the customer's answer, with new documents
 * and corrected details (only the fields that change).
 */
public record CustomerReply(
    @Size(max = 10000) String message,
    @Valid @Size(max = 20) List<@NotNull @Valid DocumentReference> documents,
    JsonNode details) {

  public List<DocumentReference> documentsOrEmpty() {
    return documents == null ? List.of() : documents;
  }
}
