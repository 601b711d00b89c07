package io.casedesk.delivery.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.casedesk.cases.CaseEvent;
import io.casedesk.cases.CaseStatus;
import java.io.InputStream;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/** The webhooks' written contract (delivery/casedesk-webhooks.yaml) names what the code sends. */
class WebhookContractTests {

  @Test
  @SuppressWarnings("unchecked")
  void theContractListsEveryEventTypeAndStatusAndTheSignatureHeader() throws Exception {
    Map<String, Object> contract;
    try (InputStream in = getClass().getClassLoader().getResourceAsStream("delivery/casedesk-webhooks.yaml")) {
      contract = new Yaml().load(in);
    }
    Map<String, Object> components = (Map<String, Object>) contract.get("components");
    Map<String, Object> event = (Map<String, Object>) ((Map<String, Object>) components.get("schemas")).get("CaseEvent");
    Map<String, Object> properties = (Map<String, Object>) event.get("properties");
    assertThat((List<String>) ((Map<String, Object>) properties.get("type")).get("enum")).containsExactlyElementsOf(CaseEvent.TYPES);
    assertThat((List<String>) ((Map<String, Object>) properties.get("status")).get("enum"))
        .containsExactlyElementsOf(Arrays.stream(CaseStatus.values()).map(Enum::name).toList());
    Map<String, Object> signature = (Map<String, Object>) ((Map<String, Object>) components.get("parameters")).get("Signature");
    assertThat(signature.get("name")).isEqualTo(WebhookSigner.HEADER);
    assertThat((Map<String, Object>) contract.get("webhooks")).containsKeys("notification", "caseEvent");
  }
}
