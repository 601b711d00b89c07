package io.casedesk.kyc;

import io.casedesk.casetype.DocumentKind;
import io.casedesk.casetype.DocumentReference;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;

/**
 * The {@code details} of a KYC_VERIFICATION case. Level 1 needs an identity document and a selfie;
 * level 2 also a proof of address dated within the last 3 months. Missing documents are asked from
 * the customer; missing applicant data is refused at intake, since the exchange has it.
 */
public record KycDetails(
    @NotNull @Min(1) @Max(2) Integer level,
    @NotNull @Valid Applicant applicant,
    @NotNull @Valid IdentityDocument identityDocument,
    @Size(max = 20) List<@NotNull @Valid DocumentReference> documents) {

  public List<DocumentReference> documentsOrEmpty() {
    return documents == null ? List.of() : documents;
  }

  /** The person to verify. */
  public record Applicant(
      @NotBlank @Size(max = 100) String firstName,
      @NotBlank @Size(max = 100) String lastName,
      @NotNull @Past LocalDate dateOfBirth,
      @NotBlank @Pattern(regexp = "[A-Z]{2}", message = "must be an ISO 3166 country code such as DE") String nationality,
      @Pattern(regexp = "[A-Z]{2}", message = "must be an ISO 3166 country code such as DE") String countryOfResidence) {

    public String fullName() {
      return firstName + " " + lastName;
    }
  }

  /** The identity document the applicant verifies with. */
  public record IdentityDocument(
      @NotNull IdentityDocumentType type,
      @NotBlank
          @Pattern(regexp = "[A-Z0-9]{5,20}", message = "must be the document number: 5 to 20 capital letters or digits")
          String number,
      @NotBlank @Pattern(regexp = "[A-Z]{2}", message = "must be an ISO 3166 country code such as DE") String issuingCountry,
      @NotNull LocalDate expiresOn) {

    /** The photos that show this document: a passport's photo page, or both sides of any other document. */
    public List<DocumentKind> images() {
      return type == IdentityDocumentType.PASSPORT ? List.of(DocumentKind.PASSPORT) : List.of(DocumentKind.ID_FRONT, DocumentKind.ID_BACK);
    }
  }

  public enum IdentityDocumentType {
    PASSPORT,
    NATIONAL_ID,
    DRIVING_LICENCE,
    RESIDENCE_PERMIT
  }
}
