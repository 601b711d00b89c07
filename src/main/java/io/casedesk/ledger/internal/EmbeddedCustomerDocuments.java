package io.casedesk.ledger.internal;

import io.casedesk.ledger.CustomerDocuments;
import io.casedesk.ledger.EmbeddedBackOffice;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Locale;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The embedded back office's documents: it keeps no customer files, so it serves a SPECIMEN image
 * of the document's kind (a sample passport, a sample selfie, ...) through a link signed as a real
 * object store signs them: path, expiry and an HMAC with a key made at start-up, valid for
 * {@code casedesk.ledger.document-link-ttl}. {@link EmbeddedDocumentServer} serves the link.
 */
@Component
@ConditionalOnProperty(name = "casedesk.ledger.adapter", havingValue = "embedded", matchIfMissing = true)
class EmbeddedCustomerDocuments implements CustomerDocuments {

  static final String PATH = "/demo-back-office/documents/";

  private final JdbcClient jdbc;
  private final Clock clock;
  private final EmbeddedBackOffice backOffice;
  private final Duration ttl;
  private final byte[] key = new byte[32];

  EmbeddedCustomerDocuments(
      JdbcClient jdbc, Clock clock, EmbeddedBackOffice backOffice, @Value("${casedesk.ledger.document-link-ttl:PT5M}") Duration ttl) {
    this.jdbc = jdbc;
    this.clock = clock;
    this.backOffice = backOffice;
    this.ttl = ttl;
    new SecureRandom().nextBytes(key);
  }

  @Override
  public SignedLink signedLink(DocumentRequest request) {
    backOffice.requireAvailable();
    boolean account = jdbc.sql("select count(*) from ledger_account where uid = :uid").param("uid", request.customerUid())
        .query(Integer.class).single() > 0;
    if (!account) {
      throw new DocumentNotFoundException(request.customerUid(), request.uri());
    }
    String specimen = Specimen.of(request.kind()).file();
    Instant expires = clock.instant().plus(ttl);
    return new SignedLink(URI.create(PATH + specimen + "?expires=" + expires.getEpochSecond() + "&signature=" + sign(specimen, expires.getEpochSecond())),
        expires);
  }

  /** Whether a link's signature is this back office's and the link has not expired. */
  boolean valid(String specimen, long expires, String signature) {
    byte[] expected = sign(specimen, expires).getBytes(StandardCharsets.US_ASCII);
    return signature != null && MessageDigest.isEqual(expected, signature.getBytes(StandardCharsets.US_ASCII))
        && clock.instant().getEpochSecond() <= expires;
  }

  private String sign(String specimen, long expires) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(key, "HmacSHA256"));
      return Base64.getUrlEncoder().withoutPadding().encodeToString(mac.doFinal((specimen + "\n" + expires).getBytes(StandardCharsets.UTF_8)));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is not available", e);
    }
  }

  /** The sample images, one per kind of document (src/main/resources/ledger/specimens), each marked SPECIMEN. */
  enum Specimen {
    PASSPORT,
    ID_FRONT,
    ID_BACK,
    SELFIE,
    PROOF_OF_ADDRESS,
    OTHER;

    static Specimen of(String kind) {
      for (Specimen s : values()) {
        if (s.name().equals(kind)) {
          return s;
        }
      }
      return OTHER;
    }

    static Specimen ofFile(String file) {
      for (Specimen s : values()) {
        if (s.file().equals(file)) {
          return s;
        }
      }
      return null;
    }

    String file() {
      return name().toLowerCase(Locale.ROOT).replace('_', '-') + ".png";
    }

    String resource() {
      return "ledger/specimens/" + file();
    }
  }
}
