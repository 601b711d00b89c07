package io.casedesk.delivery.internal;

import io.casedesk.delivery.DeliveryChannel;

/** Tests change the shared context's delivery settings for their own cases and put them back after. */
final class DeliverySettings {

  static final String TEST_WEBHOOK_SECRET = "test-webhook-secret";

  private DeliverySettings() {}

  /** As application-test.yaml has them. */
  static void restore(DeliveryProperties properties) {
    properties.getNotifications().setChannel(DeliveryChannel.EMAIL);
    properties.getNotifications().getTemplates().clear();
    properties.getWebhook().setUrl("");
    properties.getWebhook().setSecret(TEST_WEBHOOK_SECRET);
    properties.getWebhook().setPreviousSecret("");
    properties.getEvents().setUrl("");
    properties.getEvents().setTypes(new java.util.ArrayList<>(io.casedesk.cases.CaseEvent.TYPES));
  }
}
