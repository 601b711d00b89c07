package io.casedesk.casetype;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/**
 * A document the exchange stores on the customer's behalf. The desk keeps the reference and its
 * SHA-256, never the file, so the audit trail proves which exact file was reviewed.
 */
public record DocumentReference(
    @NotNull DocumentKind kind,
    @NotBlank
        @Size(max = 1000)
        @Pattern(regexp = "(https|s3)://\\S+", message = "must be an https:// or s3:// address")
        String uri,
    @NotBlank
        @Pattern(regexp = "[0-9a-f]{64}", message = "must be the SHA-256 of the file as 64 lowercase hex digits")
        String sha256,
    @PastOrPresent(message = "must not lie in the future") LocalDate issuedOn) {}
