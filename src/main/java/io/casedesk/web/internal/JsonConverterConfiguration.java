package io.casedesk.web.internal;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.casedesk.web.RequestReader;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.converter.json.MappingJackson2HttpMessageConverter;

/** Replaces Boot's JSON converter (Boot backs off when one is defined) with one that reports every field error. */
@Configuration(proxyBeanMethods = false)
class JsonConverterConfiguration {

  @Bean
  MappingJackson2HttpMessageConverter collectingJsonConverter(ObjectMapper objectMapper, RequestReader requests) {
    return new CollectingJsonConverter(objectMapper, requests);
  }
}
