package io.casedesk.whitelist;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * Body of {@code POST /api/cases/{caseNumber}/confirmation} (optional): where the customer confirmed
 * the whitelist change from, as the exchange saw it, for the security team and the audit trail.
 */
public record WhitelistConfirmation(
    @Schema(description = "IP address the customer confirmed from", example = "203.0.113.7")
        @Pattern(regexp = "[0-9A-Fa-f:.]{3,45}", message = "must be the IPv4 or IPv6 address the customer confirmed from")
        String ipAddress,
    @Schema(description = "the device or browser the customer confirmed on", example = "Safari 18 on iPhone")
        @Size(max = 100)
        String device) {}
