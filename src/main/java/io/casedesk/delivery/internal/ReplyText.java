package io.casedesk.delivery.internal;

import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.springframework.web.util.HtmlUtils;

/**
 * What the customer wrote in a reply e-mail: the plain text part (or the HTML one as text), without
 * the quoted message it answers, and how many attachments it had.
 */
record ReplyText(String text, int attachments) {

  /** The line mail programs put above the quoted message ("On ... wrote:", in the desk's languages too). */
  private static final Pattern QUOTE_HEADER = Pattern.compile(
      "^\\s*(On .+ wrote:|Am .+ schrieb .+:|El .+ escribió:|.+ написал.*:|.+ yazdı:|Vào .+ đã viết:|在.+写道[:：]|-{2,}\\s*Original Message\\s*-{2,}|-{2,}\\s*Исходное сообщение\\s*-{2,})\\s*$",
      Pattern.CASE_INSENSITIVE);

  static ReplyText of(Part message) throws MessagingException, IOException {
    List<String> plain = new ArrayList<>();
    List<String> html = new ArrayList<>();
    int[] attachments = {0};
    collect(message, plain, html, attachments);
    String text = !plain.isEmpty() ? String.join("\n", plain) : asText(String.join("\n", html));
    return new ReplyText(withoutQuote(text), attachments[0]);
  }

  private static void collect(Part part, List<String> plain, List<String> html, int[] attachments) throws MessagingException, IOException {
    if (Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition()) || part.getFileName() != null) {
      attachments[0]++;
    } else if (part.isMimeType("text/plain")) {
      plain.add(part.getContent().toString());
    } else if (part.isMimeType("text/html")) {
      html.add(part.getContent().toString());
    } else if (part.isMimeType("multipart/*")) {
      Multipart multipart = (Multipart) part.getContent();
      for (int i = 0; i < multipart.getCount(); i++) {
        BodyPart child = multipart.getBodyPart(i);
        collect(child, plain, html, attachments);
      }
    } else {
      attachments[0]++;
    }
  }

  /** HTML as the text a reader sees: line breaks at breaks and paragraphs, no tags, no quoted block. */
  static String asText(String html) {
    String text = html.replaceAll("(?is)<(head|style|script|blockquote)[^>]*>.*?</\\1>", "")
        .replaceAll("(?i)<br\\s*/?>", "\n")
        .replaceAll("(?i)</(p|div|li|h\\d)>", "\n")
        .replaceAll("(?s)<[^>]*>", "");
    return HtmlUtils.htmlUnescape(text);
  }

  static String withoutQuote(String text) {
    StringBuilder kept = new StringBuilder();
    for (String line : text.replace("\r\n", "\n").split("\n", -1)) {
      if (QUOTE_HEADER.matcher(line).matches()) {
        break;
      }
      if (!line.startsWith(">")) {
        kept.append(line).append('\n');
      }
    }
    return kept.toString().strip();
  }
}
