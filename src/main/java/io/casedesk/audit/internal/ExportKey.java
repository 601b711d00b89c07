package io.casedesk.audit.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.KeyPair;
import java.security.PublicKey;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/**
 * The desk's Ed25519 key that signs audit exports: from {@code casedesk.audit.export-key} (PKCS#8 PEM,
 * from the environment in production), else from {@code casedesk.audit.export-key-file}, else, where
 * {@code casedesk.audit.generate-export-key} allows it (demo and tests), made at start-up and kept in
 * the key file if one is named. Without a key the desk refuses to start: an unsigned export proves
 * nothing. The public key is served at {@code GET /api/audit/export-key}.
 */
@Component
class ExportKey implements ApplicationRunner {

  private static final Logger log = LoggerFactory.getLogger(ExportKey.class);

  private final AuditSettings settings;
  private volatile KeyPair keys;

  ExportKey(AuditSettings settings) {
    this.settings = settings;
  }

  /** Fails the start-up now rather than the first export. */
  @Override
  public void run(ApplicationArguments args) {
    keys();
  }

  String sign(String text) {
    return Ed25519Keys.sign(keys().getPrivate(), text);
  }

  PublicKey publicKey() {
    return keys().getPublic();
  }

  String publicKeyPem() {
    return Ed25519Keys.publicPem(publicKey());
  }

  String fingerprint() {
    return Ed25519Keys.fingerprint(publicKey());
  }

  private KeyPair keys() {
    KeyPair loaded = keys;
    if (loaded == null) {
      synchronized (this) {
        if (keys == null) {
          keys = load();
        }
        loaded = keys;
      }
    }
    return loaded;
  }

  private KeyPair load() {
    if (!settings.getExportKey().isBlank()) {
      return Ed25519Keys.fromPrivatePem(settings.getExportKey());
    }
    Path file = settings.getExportKeyFile().isBlank() ? null : Path.of(settings.getExportKeyFile());
    try {
      if (file != null && Files.exists(file)) {
        return Ed25519Keys.fromPrivatePem(Files.readString(file));
      }
      if (!settings.isGenerateExportKey()) {
        throw new IllegalStateException(
            "Set CASEDESK_AUDIT_EXPORT_KEY (casedesk.audit.export-key) to the Ed25519 private key that signs audit exports,"
                + " as PKCS#8 PEM (openssl genpkey -algorithm ed25519), or casedesk.audit.export-key-file to a file holding it.");
      }
      KeyPair generated = Ed25519Keys.generate();
      if (file != null) {
        write(file, Ed25519Keys.privatePem(generated.getPrivate()));
        log.warn("Generated an audit export key for this installation in {}; production takes it from CASEDESK_AUDIT_EXPORT_KEY", file);
      } else {
        log.warn("Generated an audit export key for this run only; exports signed with it verify only against its public key");
      }
      return generated;
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read or write the audit export key file " + file, e);
    }
  }

  private static void write(Path file, String pem) throws IOException {
    if (file.getParent() != null) {
      Files.createDirectories(file.getParent());
    }
    Files.writeString(file, pem);
    if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
      Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
    }
  }
}
