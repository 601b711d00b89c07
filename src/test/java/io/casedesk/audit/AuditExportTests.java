package io.casedesk.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.casedesk.CaseDeskApplication;
import io.casedesk.audit.internal.Ed25519Keys;
import io.casedesk.ledger.EmbeddedBackOffice;
import io.casedesk.support.CaseApi;
import io.casedesk.support.CaseDeskTest;
import io.casedesk.support.EngineDriver;
import io.casedesk.support.TestClock;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PublicKey;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.ResponseEntity;

/**
 * Exports of an ended KYC case's trail and of a search: a hash chain over RFC 8785 canonical JSON and
 * an Ed25519-signed manifest, verified by the desk's command and by the dependency-free script, and
 * refused after any changed byte, a removed line or lines in another order. Every export is recorded.
 */
@CaseDeskTest
@TestClock("2027-02-08T08:00:00Z")
class AuditExportTests {

  static final Path SCRIPT = Path.of("src/main/scripts/verify-export.py");

  @Autowired CaseApi api;
  @Autowired EngineDriver engine;
  @Autowired TaskService taskService;
  @Autowired EmbeddedBackOffice backOffice;
  @Autowired TestRestTemplate rest;
  @Autowired ObjectMapper json;

  @TempDir Path files;

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"jsonl", "csv"})
  void anExportVerifiesAndFailsAfterAChangedByteARemovedLineOrReorderedLines(String format) throws IOException {
    String caseNumber = EndedKycCase.run(api, engine, taskService, backOffice);
    Compliance compliance = new Compliance(rest);
    ResponseEntity<byte[]> response = compliance.download("/api/audit/cases/" + caseNumber + "/export?format=" + format);
    assertThat(response.getStatusCode().value()).isEqualTo(200);
    assertThat(response.getHeaders().getContentDisposition().getFilename()).startsWith(caseNumber + "-audit-").endsWith("." + format);
    byte[] export = response.getBody();
    PublicKey key = Ed25519Keys.fromPublicPem(compliance.exportKey());

    ExportVerification.Result result = ExportVerification.verify(export, key);
    assertThat(result.valid()).as(result.message()).isTrue();
    int entries = new Compliance(rest).trail(caseNumber).get("entries").size();
    assertThat(result.count()).as("the trail, which now records this export too").isEqualTo(entries - 1);
    assertThat(result.manifest().get("exportedBy").asText()).isEqualTo(Compliance.OFFICER);
    assertThat(result.manifest().at("/query/caseNumber").asText()).isEqualTo(caseNumber);
    assertThat(result.lastHash()).isEqualTo(response.getHeaders().getFirst("X-Export-Last-Hash"));

    // Any byte changed: every byte of the manifest and a spread of the rest (each a different value).
    Random random = new Random(42);
    List<Integer> positions = new ArrayList<>();
    int manifestStart = lastLineStart(export);
    for (int i = manifestStart; i < export.length; i++) {
      positions.add(i);
    }
    for (int i = 0; i < manifestStart; i += 1 + random.nextInt(Math.max(1, manifestStart / 400))) {
      positions.add(i);
    }
    for (int position : positions) {
      byte[] changed = export.clone();
      changed[position] = (byte) (changed[position] == 'a' ? 'b' : changed[position] ^ 0x01);
      assertThat(ExportVerification.verify(changed, key).valid()).as("byte %d changed", position).isFalse();
    }

    List<byte[]> lines = lines(export);
    for (int removed = 0; removed < lines.size(); removed++) {
      List<byte[]> fewer = new ArrayList<>(lines);
      fewer.remove(removed);
      assertThat(ExportVerification.verify(join(fewer), key).valid()).as("line %d removed", removed + 1).isFalse();
    }
    for (int swapped = 0; swapped + 1 < lines.size(); swapped++) {
      List<byte[]> reordered = new ArrayList<>(lines);
      reordered.set(swapped, lines.get(swapped + 1));
      reordered.set(swapped + 1, lines.get(swapped));
      ExportVerification.Result verdict = ExportVerification.verify(join(reordered), key);
      assertThat(verdict.valid()).as("lines %d and %d swapped", swapped + 1, swapped + 2).isFalse();
    }
    assertThat(ExportVerification.verify(Arrays.copyOf(export, export.length - 1), key).valid()).as("cut off").isFalse();
    assertThat(ExportVerification.verify(join(List.of(lines.get(0), lines.get(lines.size() - 1))), key).valid()).isFalse();
    assertThat(ExportVerification.verify(export, Ed25519Keys.generate().getPublic()).valid()).as("another key").isFalse();
  }

  @Test
  void everyExportIsRecordedWithWhoExportedWhatWhen() {
    String caseNumber = EndedKycCase.run(api, engine, taskService, backOffice);
    Compliance compliance = new Compliance(rest);
    ResponseEntity<byte[]> response = compliance.download("/api/audit/cases/" + caseNumber + "/export?format=jsonl");
    String lastHash = response.getHeaders().getFirst("X-Export-Last-Hash");

    JsonNode exports = compliance.get("/api/audit/exports?size=100");
    JsonNode recorded = AuditTrailTests.list(exports.get("items")).stream()
        .filter(e -> lastHash.equals(e.at("/detail/lastHash").asText())).findFirst().orElseThrow();
    assertThat(recorded.get("exportedBy").asText()).isEqualTo(Compliance.OFFICER);
    assertThat(recorded.get("caseNumber").asText()).isEqualTo(caseNumber);
    assertThat(recorded.get("exportedAt").asText()).isEqualTo(engine.now().toString());
    assertThat(recorded.at("/detail/format").asText()).isEqualTo("jsonl");

    JsonNode export = AuditTrailTests.one(AuditTrailTests.list(compliance.trail(caseNumber).get("entries")), AuditTrailTests.kind("EXPORT"));
    AuditTrailTests.by(export, "PERSON", Compliance.OFFICER);
    assertThat(export.at("/data/detail/lastHash").asText()).isEqualTo(lastHash);
  }

  @Test
  void aSearchIsExportedWithItsQueryAndTheTrailsOfItsCases() {
    String caseNumber = EndedKycCase.run(api, engine, taskService, backOffice);
    Compliance compliance = new Compliance(rest);
    String day = engine.now().toString().substring(0, 10);
    ResponseEntity<byte[]> response = compliance.download(
        "/api/audit/cases/export?format=csv&customerUid=" + EndedKycCase.UID + "&from=2027-02-08&to=" + day + "&outcome=APPROVED");
    assertThat(response.getStatusCode().value()).isEqualTo(200);
    ExportVerification.Result result = ExportVerification.verify(response.getBody(), Ed25519Keys.fromPublicPem(compliance.exportKey()));
    assertThat(result.valid()).as(result.message()).isTrue();
    assertThat(result.manifest().at("/query/search/customerUid").asText()).isEqualTo(EndedKycCase.UID);
    assertThat(result.manifest().at("/query/cases").asInt()).isGreaterThanOrEqualTo(1);
    assertThat(new String(response.getBody(), StandardCharsets.UTF_8)).contains("\"" + caseNumber + "\"");

    // Other tests' exports may bear later clock times: this one is found by its last hash.
    String lastHash = response.getHeaders().getFirst("X-Export-Last-Hash");
    JsonNode recorded = AuditTrailTests.list(compliance.get("/api/audit/exports?size=100").get("items")).stream()
        .filter(e -> lastHash.equals(e.at("/detail/lastHash").asText())).findFirst().orElseThrow();
    assertThat(recorded.get("operation").asText()).isEqualTo("export csv search");
    assertThat(recorded.get("exportedBy").asText()).isEqualTo(Compliance.OFFICER);
    assertThat(recorded.at("/detail/query/search/outcome").asText()).isEqualTo("APPROVED");
  }

  @Test
  void theDocumentedCommandAndTheScriptVerifyAnExportAndRefuseAChangedByte() throws Exception {
    String caseNumber = EndedKycCase.run(api, engine, taskService, backOffice);
    Compliance compliance = new Compliance(rest);
    Path export = files.resolve(caseNumber + ".jsonl");
    Files.write(export, compliance.download("/api/audit/cases/" + caseNumber + "/export?format=jsonl").getBody());
    Path csv = files.resolve(caseNumber + ".csv");
    Files.write(csv, compliance.download("/api/audit/cases/" + caseNumber + "/export?format=csv").getBody());
    Path key = files.resolve("export-key.pem");
    Files.writeString(key, compliance.exportKey());
    Path tampered = files.resolve("tampered.jsonl");
    Files.writeString(tampered, Files.readString(export).replaceFirst("\"actor\":\"kyc1\"", "\"actor\":\"kyc2\""));

    // java -jar casedesk.jar verify-export FILE --key KEY: the application's main, before any Spring context starts.
    assertThat(javaMain(export, key)).startsWith("0\n").contains("OK: ").contains("Exported by " + Compliance.OFFICER);
    assertThat(javaMain(csv, key)).startsWith("0\n");
    assertThat(javaMain(tampered, key)).startsWith("1\n").contains("FAILED: line");

    ByteArrayOutputStream out = new ByteArrayOutputStream();
    int status = ExportVerification.run(new String[] {tampered.toString(), "--key", key.toString()}, new PrintStream(out), new PrintStream(out));
    assertThat(status).isEqualTo(1);
    assertThat(ExportVerification.run(new String[] {export.toString()}, new PrintStream(out), new PrintStream(out))).as("no key").isEqualTo(2);

    assumeTrue(python() != null, "python3 is not installed");
    assertThat(script(export, key)).startsWith("0\n").contains("OK: ");
    assertThat(script(csv, key)).startsWith("0\n").contains("OK: ");
    assertThat(script(tampered, key)).startsWith("1\n").contains("FAILED: line");
    Path swapped = files.resolve("swapped.csv");
    List<String> rows = new ArrayList<>(Arrays.asList(Files.readString(csv).split("\r\n", -1)));
    String second = rows.get(2);
    rows.set(2, rows.get(3));
    rows.set(3, second);
    Files.writeString(swapped, String.join("\r\n", rows));
    assertThat(script(swapped, key)).startsWith("1\n");
  }

  private static String javaMain(Path export, Path key) throws Exception {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    return run(List.of(java, "-cp", System.getProperty("java.class.path"), CaseDeskApplication.class.getName(),
        "verify-export", export.toString(), "--key", key.toString()));
  }

  private static String script(Path export, Path key) throws Exception {
    return run(List.of(python(), SCRIPT.toString(), export.toString(), "--key", key.toString()));
  }

  /** The exit status on the first line, then what it printed. */
  private static String run(List<String> command) throws Exception {
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(120, TimeUnit.SECONDS)).as("%s finished", command.get(0)).isTrue();
    return process.exitValue() + "\n" + output;
  }

  private static String python() {
    for (String candidate : List.of("python3", "/usr/bin/python3")) {
      try {
        Process p = new ProcessBuilder(candidate, "--version").redirectErrorStream(true).start();
        p.getInputStream().readAllBytes();
        if (p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0) {
          return candidate;
        }
      } catch (IOException | InterruptedException e) {
        // try the next
      }
    }
    return null;
  }

  private static int lastLineStart(byte[] export) {
    int end = export.length - 2;
    while (end > 0 && export[end] != '\n') {
      end--;
    }
    return end + 1;
  }

  /** Lines with their line ends (LF, or CRLF for CSV). */
  private static List<byte[]> lines(byte[] export) {
    List<byte[]> lines = new ArrayList<>();
    int start = 0;
    for (int i = 0; i < export.length; i++) {
      if (export[i] == '\n') {
        lines.add(Arrays.copyOfRange(export, start, i + 1));
        start = i + 1;
      }
    }
    return lines;
  }

  private static byte[] join(List<byte[]> lines) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    lines.forEach(out::writeBytes);
    return out.toByteArray();
  }
}
