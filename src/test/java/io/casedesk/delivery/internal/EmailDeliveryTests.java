package io.casedesk.delivery.internal;

import static io.casedesk.support.CaseApi.UID_LI_WEI;
import static io.casedesk.support.CaseApi.UID_MARIA;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import com.fasterxml.jackson.databind.JsonNode;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import io.casedesk.casetype.CaseVariables;
import io.casedesk.casetype.CustomerReply;
import io.casedesk.platform.JsonVariables;
import io.casedesk.support.CaseApi;
import io.casedesk.support.CaseDeskTest;
import io.casedesk.support.EngineDriver;
import io.casedesk.support.TestCases;
import io.casedesk.support.TestClock;
import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.Multipart;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayOutputStream;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * Notifications by e-mail against a real SMTP server (GreenMail) in the customer's language, a mail
 * server that is down and then back, and the customer's answer by e-mail reaching the case.
 */
@CaseDeskTest
@TestClock("2026-09-07T08:00:00Z")
class EmailDeliveryTests {

  @RegisterExtension static GreenMailExtension greenMail = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

  @Autowired OutboxRelay relay;
  @Autowired JavaMailSenderImpl mailSender;
  @Autowired ReplyAddresses replyAddresses;
  @Autowired CaseApi api;
  @Autowired EngineDriver engine;
  @Autowired TaskService taskService;
  @Autowired RuntimeService runtimeService;
  @Autowired JsonVariables json;
  @Autowired TestRestTemplate rest;
  @Autowired io.casedesk.ledger.EmbeddedBackOffice backOffice;
  @Autowired TestCases testCases;

  int configuredPort;

  @BeforeEach
  void sendToGreenMail() {
    configuredPort = mailSender.getPort();
    mailSender.setPort(greenMail.getSmtp().getPort());
  }

  @AfterEach
  void putBackThePort() {
    mailSender.setPort(configuredPort);
  }

  @Test
  void aNotificationReachesTheCustomerByEmailInTheirLanguageWithTextAndHtml() throws Exception {
    String caseNumber = api.openCase(incompleteKyc(UID_MARIA, "es-ES"));
    JsonNode pending = api.view(caseNumber).at("/notifications/0");
    assertThat(pending.get("status").asText()).isEqualTo("PENDING");

    relay.relayDue();

    MimeMessage mail = single(mailsOf(caseNumber));
    assertThat(((InternetAddress) mail.getRecipients(Message.RecipientType.TO)[0]).getAddress()).isEqualTo("maria.garcia@example.com");
    assertThat(mail.getSubject()).isEqualTo(pending.get("subject").asText()).contains(caseNumber);
    assertThat(mail.getHeader("Content-Language", null)).isEqualTo("es");
    assertThat(((InternetAddress) mail.getReplyTo()[0]).getAddress()).isEqualTo(replyAddresses.addressOf(caseNumber))
        .startsWith("reply+" + caseNumber + ".");
    long id = pending.get("id").asLong();
    assertThat(mail.getMessageID()).isEqualTo("<notification-" + id + "." + caseNumber + "@reply.casedesk.example>");
    assertThat(part(mail, "text/plain")).contains(pending.get("body").asText().split("\n")[0], "responde a este correo");
    assertThat(part(mail, "text/html")).startsWith("<!DOCTYPE html><html lang=\"es\">").contains("<p>");

    JsonNode sent = api.view(caseNumber).at("/notifications/0");
    assertThat(sent.get("status").asText()).isEqualTo("SENT");
    assertThat(sent.get("channel").asText()).isEqualTo("EMAIL");
    assertThat(sent.get("providerId").asText()).isEqualTo(mail.getMessageID());
    assertThat(sent.get("sentAt").asText()).isEqualTo("2026-09-07T08:00:00Z");
    assertThat(sent.get("attempts").asInt()).isEqualTo(1);

    relay.relayDue();
    assertThat(mailsOf(caseNumber)).as("sent once").hasSize(1);
  }

  @Test
  void aMailServerThatIsDownGivesRetriesWithBackoffAndTheMailGoesOutOnceItIsBack() throws Exception {
    String caseNumber = api.openCase(incompleteKyc(UID_LI_WEI, "en"));
    mailSender.setPort(closedPort());
    relay.relayDue();

    JsonNode waiting = api.view(caseNumber).at("/notifications/0");
    assertThat(waiting.get("status").asText()).isEqualTo("PENDING");
    assertThat(waiting.get("attempts").asInt()).isEqualTo(1);
    assertThat(waiting.get("failureReason").asText()).startsWith("The mail server did not take the message");
    assertThat(waiting.get("nextAttemptAt").asText()).isEqualTo("2026-09-07T08:01:00Z");

    engine.moveClock(Duration.ofSeconds(30));
    relay.relayDue();
    assertThat(api.view(caseNumber).at("/notifications/0/attempts").asInt()).as("not due before its backoff").isEqualTo(1);

    mailSender.setPort(greenMail.getSmtp().getPort());
    engine.moveClock(Duration.ofSeconds(30));
    relay.relayDue();

    assertThat(mailsOf(caseNumber)).hasSize(1);
    JsonNode sent = api.view(caseNumber).at("/notifications/0");
    assertThat(sent.get("status").asText()).isEqualTo("SENT");
    assertThat(sent.get("attempts").asInt()).isEqualTo(2);
    assertThat(sent.has("failureReason")).isFalse();
  }

  @Test
  void aBackOfficeThatIsDownGivesRetriesAndTheMailGoesOutOnceItIsBack() throws Exception {
    String caseNumber = api.openCase(incompleteKyc(UID_LI_WEI, "en"));
    backOffice.goDown();
    try {
      relay.relayDue();
    } finally {
      backOffice.comeBack();
    }
    JsonNode waiting = api.view(caseNumber).at("/notifications/0");
    assertThat(waiting.get("status").asText()).isEqualTo("PENDING");
    assertThat(waiting.get("failureReason").asText()).isEqualTo("The back office is down for maintenance");
    assertThat(mailsOf(caseNumber)).isEmpty();

    engine.moveClock(Duration.ofMinutes(1));
    relay.relayDue();
    assertThat(mailsOf(caseNumber)).hasSize(1);
    assertThat(api.view(caseNumber).at("/notifications/0/status").asText()).isEqualTo("SENT");
  }

  @Test
  void aMailAfterTheCaseEndedCarriesTheReplyAddressButDoesNotInviteAReply() throws Exception {
    Approved approved = approvedKyc();
    assertThat(((InternetAddress) approved.mail().getReplyTo()[0]).getAddress()).isEqualTo(replyAddresses.addressOf(approved.caseNumber()));
    assertThat(part(approved.mail(), "text/plain")).doesNotContain("reply to this e-mail");
  }

  /** A KYC case an agent approved, and the e-mail that told the customer. */
  private record Approved(String caseNumber, MimeMessage mail) {}

  private Approved approvedKyc() throws Exception {
    String caseNumber = api.openCase(api.kycCase(UID_LI_WEI, "en"));
    String review = taskService.createTaskQuery().processInstanceBusinessKey(caseNumber).singleResult().getId();
    engine.as("kyc1", () -> taskService.complete(review, withVariables("decision", "APPROVE")));
    engine.runDueJobs();
    relay.relayDue();
    return new Approved(caseNumber, single(mailsOf(caseNumber)));
  }

  @Test
  void theCustomersEmailReplyContinuesTheCase() throws Exception {
    String caseNumber = api.openCase(api.kycCase(UID_LI_WEI, "en"));
    ProcessInstance kyc = engine.process(caseNumber, "kyc-verification");
    String review = taskService.createTaskQuery().processInstanceId(kyc.getId()).singleResult().getId();
    engine.as("kyc1", () -> taskService.complete(review, withVariables("decision", "REQUEST_INFO", "reasonCode", "DOCUMENT_UNREADABLE")));
    assertThat(kyc).isWaitingAt("CallActivity_WaitForCustomerReply");
    relay.relayDue();
    MimeMessage asked = single(mailsOf(caseNumber));

    MimeMessage answer = replyTo(asked, "li.wei@example.com", "I uploaded a sharper photo of my passport in the app.\n\n"
        + "On Mon, 7 Sep 2026 at 08:00, Support <support@casedesk.example> wrote:\n> Hello,\n> a document is unreadable");
    ResponseEntity<JsonNode> accepted = postMail(answer);

    assertThat(accepted.getStatusCode().value()).isEqualTo(202);
    assertThat(accepted.getBody().get("caseNumber").asText()).isEqualTo(caseNumber);
    assertThat(kyc).isWaitingAt("Task_ReviewApplication");
    CustomerReply reply = json.convert(json.readTyped(runtimeService.getVariableTyped(kyc.getId(), CaseVariables.CUSTOMER_REPLY, false)), CustomerReply.class);
    assertThat(reply.message()).isEqualTo("I uploaded a sharper photo of my passport in the app.");
    assertThat(api.view(caseNumber).get("status").asText()).isNotEqualTo("WAITING_FOR_CUSTOMER");

    ResponseEntity<JsonNode> again = postMail(answer);
    assertThat(again.getStatusCode().value()).as("the gateway posted it twice: one reply").isEqualTo(200);
    assertThat(again.getBody().get("replayed").asBoolean()).isTrue();
  }

  @Test
  void anEmailReplyToAResolvedCaseAfterTheReopenWindowOpensALinkedCaseAndNamesIt() throws Exception {
    Approved approved = approvedKyc();
    String caseNumber = approved.caseNumber();
    engine.advance(Duration.ofDays(8));

    MimeMessage later = replyTo(approved.mail(), "li.wei@example.com", "Thanks. Now my withdrawal limit did not change, can you check?");
    ResponseEntity<JsonNode> accepted = postMail(later);

    assertThat(accepted.getStatusCode().value()).isEqualTo(202);
    String followUp = accepted.getBody().get("caseNumber").asText();
    assertThat(followUp).isNotEqualTo(caseNumber);
    testCases.own(followUp);
    assertThat(api.view(followUp).get("previousCase").asText()).isEqualTo(caseNumber);
    assertThat(api.view(caseNumber).get("status").asText()).isEqualTo("RESOLVED");
    ResponseEntity<JsonNode> again = postMail(later);
    assertThat(again.getStatusCode().value()).isEqualTo(200);
    assertThat(again.getBody().get("caseNumber").asText()).as("the same message again names the linked case").isEqualTo(followUp);
  }

  @Test
  void anEmailWithAWrongTokenAnUnknownCaseOrAnotherSenderIsRefusedAndTheCaseStillWaits() throws Exception {
    String caseNumber = api.openCase(incompleteKyc(UID_LI_WEI, "en"));
    relay.relayDue();
    MimeMessage asked = single(mailsOf(caseNumber));
    String address = ((InternetAddress) asked.getReplyTo()[0]).getAddress();

    MimeMessage forged = replyTo(asked, "li.wei@example.com", "Here you go");
    forged.setRecipients(Message.RecipientType.TO, address.replaceFirst("\\.[0-9a-f]{24}@", ".0123456789abcdef01234567@"));
    ResponseEntity<JsonNode> wrongToken = postMail(forged);
    assertThat(wrongToken.getStatusCode().value()).isEqualTo(422);
    assertThat(wrongToken.getBody().get("type").asText()).endsWith("invalid-reply-address");

    MimeMessage unknown = replyTo(asked, "li.wei@example.com", "Here you go");
    unknown.setRecipients(Message.RecipientType.TO, replyAddresses.addressOf("CD-2026-999999"));
    assertThat(postMail(unknown).getStatusCode().value()).isEqualTo(404);

    MimeMessage stranger = replyTo(asked, "someone.else@example.org", "Here you go");
    ResponseEntity<JsonNode> notTheCustomer = postMail(stranger);
    assertThat(notTheCustomer.getStatusCode().value()).isEqualTo(422);
    assertThat(notTheCustomer.getBody().get("type").asText()).endsWith("sender-not-customer");

    MimeMessage elsewhere = replyTo(asked, "li.wei@example.com", "Here you go");
    elsewhere.setRecipients(Message.RecipientType.TO, "support@casedesk.example");
    assertThat(postMail(elsewhere).getStatusCode().value()).isEqualTo(422);

    assertThat(api.view(caseNumber).get("status").asText()).isEqualTo("WAITING_FOR_CUSTOMER");
  }

  // ---- helpers ----------------------------------------------------------------------------

  private com.fasterxml.jackson.databind.node.ObjectNode incompleteKyc(String uid, String locale) {
    var request = api.kycCase(uid, locale);
    CaseApi.details(request).putArray("documents").add(api.document("PASSPORT", null));
    return request;
  }

  private List<MimeMessage> mailsOf(String caseNumber) {
    return Arrays.stream(greenMail.getReceivedMessages()).filter(m -> {
      try {
        return caseNumber.equals(m.getHeader("X-CaseDesk-Case", null));
      } catch (jakarta.mail.MessagingException e) {
        throw new IllegalStateException(e);
      }
    }).toList();
  }

  private static MimeMessage single(List<MimeMessage> mails) {
    assertThat(mails).hasSize(1);
    return mails.get(0);
  }

  private static String part(MimeMessage mail, String type) throws Exception {
    String found = find(mail.getContent(), type);
    assertThat(found).as(type + " part").isNotNull();
    return found;
  }

  private static String find(Object content, String type) throws Exception {
    if (content instanceof Multipart multipart) {
      for (int i = 0; i < multipart.getCount(); i++) {
        BodyPart part = multipart.getBodyPart(i);
        String found = part.isMimeType(type) ? part.getContent().toString() : find(part.getContent(), type);
        if (found != null) {
          return found;
        }
      }
    }
    return null;
  }

  /** The customer's mail program answering: to the Reply-To, "Re:" subject, In-Reply-To the desk's Message-ID. */
  private static MimeMessage replyTo(MimeMessage original, String from, String text) throws Exception {
    MimeMessage reply = new MimeMessage(Session.getInstance(new Properties()));
    reply.setFrom(new InternetAddress(from));
    reply.setRecipients(Message.RecipientType.TO, original.getReplyTo());
    reply.setSubject("Re: " + original.getSubject(), "UTF-8");
    reply.setHeader("In-Reply-To", original.getMessageID());
    reply.setText(text, "UTF-8");
    reply.saveChanges();
    return reply;
  }

  private ResponseEntity<JsonNode> postMail(MimeMessage message) throws Exception {
    ByteArrayOutputStream raw = new ByteArrayOutputStream();
    message.writeTo(raw);
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.parseMediaType("message/rfc822"));
    headers.setAccept(List.of(MediaType.APPLICATION_JSON, MediaType.APPLICATION_PROBLEM_JSON));
    return CaseApi.asIntake(rest)
        .exchange("/api/inbound-mail", HttpMethod.POST, new HttpEntity<>(raw.toByteArray(), headers), JsonNode.class);
  }

  private static int closedPort() throws Exception {
    try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    }
  }
}
