package io.casedesk.audit.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code casedesk.audit.*}: the key that signs audit exports and the limits of an export.
 *
 * <ul>
 *   <li>{@code export-key}: the Ed25519 private key as PKCS#8 PEM (in production from the environment,
 *       {@code CASEDESK_AUDIT_EXPORT_KEY}); or
 *   <li>{@code export-key-file}: a file holding it;
 *   <li>{@code generate-export-key}: without either, make one at start-up (the demo keeps it in its
 *       key file so that exports stay verifiable across restarts; tests keep it in memory). Off
 *       outside the demo: the desk then refuses to start without a key.
 *   <li>{@code export-max-cases}: the most cases one search export may hold.
 * </ul>
 */
@ConfigurationProperties("casedesk.audit")
public class AuditSettings {

  private String exportKey = "";
  private String exportKeyFile = "";
  private boolean generateExportKey;
  private int exportMaxCases = 500;

  public String getExportKey() {
    return exportKey;
  }

  public void setExportKey(String exportKey) {
    this.exportKey = exportKey == null ? "" : exportKey;
  }

  public String getExportKeyFile() {
    return exportKeyFile;
  }

  public void setExportKeyFile(String exportKeyFile) {
    this.exportKeyFile = exportKeyFile == null ? "" : exportKeyFile;
  }

  public boolean isGenerateExportKey() {
    return generateExportKey;
  }

  public void setGenerateExportKey(boolean generateExportKey) {
    this.generateExportKey = generateExportKey;
  }

  public int getExportMaxCases() {
    return exportMaxCases;
  }

  public void setExportMaxCases(int exportMaxCases) {
    this.exportMaxCases = exportMaxCases;
  }
}
