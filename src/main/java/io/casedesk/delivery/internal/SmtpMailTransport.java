package io.casedesk.delivery.internal;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/** E-mail over SMTP with Spring's mail support ({@code spring.mail.host}, {@code .port}, {@code .username}, ...). */
@Component
@ConditionalOnProperty(name = "casedesk.delivery.email.transport", havingValue = "smtp", matchIfMissing = true)
class SmtpMailTransport implements MailTransport {

  private final ObjectProvider<JavaMailSender> sender;

  SmtpMailTransport(ObjectProvider<JavaMailSender> sender) {
    this.sender = sender;
  }

  @Override
  public String send(MimeMessage message, String caseNumber) throws MessagingException {
    JavaMailSender smtp = sender.getIfAvailable();
    if (smtp == null) {
      throw new IllegalStateException("No SMTP server is configured (spring.mail.host)");
    }
    smtp.send(message);
    return message.getMessageID();
  }
}
