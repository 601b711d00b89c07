package io.casedesk.intake.internal;

import com.fasterxml.jackson.databind.JsonNode;
import io.casedesk.casetype.Channel;
import io.casedesk.casetype.Tier;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** Body of {@code POST /api/cases}: what the exchange's back end knows when a customer asks for help. */
public record OpenCaseRequest(
    @NotBlank @Schema(description = "The case type; its details follow the type's schema", example = "KYC_VERIFICATION") String type,
    @NotBlank
        @Pattern(regexp = "[A-Za-z0-9]{1,64}", message = "must be the exchange UID: 1 to 64 letters or digits")
        String customerUid,
    @NotNull Channel channel,
    @NotNull Tier tier,
    @NotBlank @Size(max = 35) @Schema(example = "zh-CN") String locale,
    @NotBlank @Size(max = 200) String subject,
    @Size(max = 4000) String description,
    @NotNull @Schema(description = "The case type's own fields, as the schema of the type describes them") JsonNode details) {}
