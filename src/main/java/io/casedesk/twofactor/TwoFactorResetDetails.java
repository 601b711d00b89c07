package io.casedesk.twofactor;

import io.casedesk.casetype.DocumentReference;
import io.casedesk.kyc.KycDetails.IdentityDocument;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;

/**
 * The {@code details} of a TWO_FACTOR_RESET case: which second factor the customer lost and when,
 * the identity document (as for KYC), the documents (the document's photos, a selfie for the liveness
 * check, and a session log unless {@code recentIps} lists the addresses the customer used), and where
 * the request comes from. Missing documents are asked from the customer; malformed values are refused.
 */
public record TwoFactorResetDetails(
    @NotNull LostFactor lostFactor,
    @NotNull @Schema(description = "The day the second factor was lost (UTC), not in the future", example = "2026-11-27") LocalDate lostOn,
    @NotNull @Valid IdentityDocument identityDocument,
    @Size(max = 20) List<@NotNull @Valid DocumentReference> documents,
    @Schema(description = "IP addresses the customer used recently (IPv4 or IPv6); without them, a SESSION_LOG document")
        @Size(max = 20) List<@NotBlank @Size(max = 45) String> recentIps,
    @NotBlank @Size(max = 45) @Schema(description = "The IP address the request comes from", example = "203.0.113.24") String requestIp,
    @NotBlank @Size(max = 200) @Schema(description = "The device the request comes from, as the exchange's app names it",
        example = "Safari 18 on macOS 15") String requestDevice) {

  public List<DocumentReference> documentsOrEmpty() {
    return documents == null ? List.of() : documents;
  }

  public List<String> recentIpsOrEmpty() {
    return recentIps == null ? List.of() : recentIps;
  }

  /** The second factor the customer can no longer use. */
  public enum LostFactor {
    AUTHENTICATOR_APP,
    SMS,
    EMAIL,
    SECURITY_KEY
  }
}
