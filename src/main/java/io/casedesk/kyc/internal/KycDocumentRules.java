package io.casedesk.kyc.internal;

import io.casedesk.casetype.DocumentKind;
import io.casedesk.casetype.DocumentReference;
import io.casedesk.kyc.KycDetails;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Which documents a KYC level needs: the identity document (passport photo page, or front and back
 * of a card), a selfie, and for level 2 a proof of address dated within the last 3 months.
 */
final class KycDocumentRules {

  static final int PROOF_OF_ADDRESS_MAX_AGE_MONTHS = 3;

  private KycDocumentRules() {}

  /** The document codes still missing, in the order a customer would gather them. */
  static List<String> missing(KycDetails details, LocalDate today) {
    Set<DocumentKind> present =
        details.documentsOrEmpty().stream().map(DocumentReference::kind).collect(Collectors.toSet());
    List<String> missing = new ArrayList<>();
    details.identityDocument().images().forEach(image -> addIfAbsent(missing, present, image));
    addIfAbsent(missing, present, DocumentKind.SELFIE);
    if (details.level() >= 2 && !hasRecentProofOfAddress(details, today)) {
      missing.add(DocumentKind.PROOF_OF_ADDRESS.name());
    }
    return missing;
  }

  private static boolean hasRecentProofOfAddress(KycDetails details, LocalDate today) {
    LocalDate oldestAccepted = today.minusMonths(PROOF_OF_ADDRESS_MAX_AGE_MONTHS);
    return details.documentsOrEmpty().stream()
        .anyMatch(d -> d.kind() == DocumentKind.PROOF_OF_ADDRESS && d.issuedOn() != null && !d.issuedOn().isBefore(oldestAccepted));
  }

  private static void addIfAbsent(List<String> missing, Set<DocumentKind> present, DocumentKind kind) {
    if (!present.contains(kind)) {
      missing.add(kind.name());
    }
  }
}
