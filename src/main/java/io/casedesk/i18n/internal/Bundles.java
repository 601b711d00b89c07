package io.casedesk.i18n.internal;

import io.casedesk.i18n.SupportedLanguage;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * Translators' bundles on the classpath, one per language: {@code <path>_<lang>.properties} in
 * UTF-8. English texts live in the models and forms themselves, so English has no bundle.
 */
@Component
public class Bundles {

  private final Map<String, Properties> cache = new ConcurrentHashMap<>();

  /** The bundle of one language; empty when there is none. */
  public Properties load(String path, SupportedLanguage language) {
    return cache.computeIfAbsent(path + "_" + language.tag() + ".properties", Bundles::read);
  }

  /** Every bundle of one language in a folder ({@code <folder>/*_<lang>.properties}), merged. */
  public Properties loadAll(String folder, SupportedLanguage language) {
    return cache.computeIfAbsent(folder + "/*_" + language.tag() + ".properties", pattern -> {
      Properties merged = new Properties();
      try {
        for (Resource resource : new PathMatchingResourcePatternResolver().getResources("classpath*:" + pattern)) {
          try (InputStream in = resource.getInputStream()) {
            merged.load(new InputStreamReader(in, StandardCharsets.UTF_8));
          }
        }
      } catch (IOException e) {
        throw new UncheckedIOException("Cannot read " + pattern, e);
      }
      return merged;
    });
  }

  private static Properties read(String resource) {
    Properties properties = new Properties();
    try (InputStream in = Bundles.class.getClassLoader().getResourceAsStream(resource)) {
      if (in != null) {
        properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + resource, e);
    }
    return properties;
  }
}
