package io.casedesk.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

/** Bundles and other files as the classpath has them, for tests that compare what the desk shows with its sources. */
public final class Resources {

  private Resources() {}

  /** A properties file in UTF-8; empty when there is none. */
  public static Properties properties(String resource) {
    Properties properties = new Properties();
    try (InputStream in = Resources.class.getClassLoader().getResourceAsStream(resource)) {
      if (in != null) {
        properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return properties;
  }
}
