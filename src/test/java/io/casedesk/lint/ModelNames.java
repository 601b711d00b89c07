package io.casedesk.lint;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.casedesk.platform.ExternalCall;
import io.casedesk.platform.ModelSettings;
import io.casedesk.platform.ProcessVariables;
import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.context.annotation.AnnotationBeanNameGenerator;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;

/**
 * The names models may use, as the case types and the desk declare them in code: process variables
 * ({@link ProcessVariables}), settings beans' properties ({@link ModelSettings}) and the beans of
 * delegates that call the outside world ({@link ExternalCall}). The expression test checks the models
 * against them; the build writes them for the model lint
 * ({@code target/lint/model-names.json}, read by src/lint's rules), so a new case type extends both
 * by declaring its names in its own package.
 */
public final class ModelNames {

  static final String BASE_PACKAGE = "io.casedesk";

  private ModelNames() {}

  /** Writes the names as JSON to the file named by the first argument. */
  public static void main(String[] args) throws IOException {
    Path out = Path.of(args.length > 0 ? args[0] : "target/lint/model-names.json");
    Files.createDirectories(out.getParent());
    Map<String, Set<String>> names = new LinkedHashMap<>();
    names.put("variables", variables());
    names.put("settings", settings());
    names.put("externalCallBeans", externalCallBeans());
    new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(out.toFile(), names);
  }

  /** Every process variable name a class of the desk or a case type declares. */
  public static Set<String> variables() {
    Set<String> names = new TreeSet<>();
    for (Class<?> type : annotated(ProcessVariables.class)) {
      for (Field field : type.getDeclaredFields()) {
        if (Modifier.isStatic(field.getModifiers()) && Modifier.isPublic(field.getModifiers()) && field.getType() == String.class) {
          names.add(value(field));
        }
      }
    }
    return names;
  }

  /** {@code bean.property} for every property of every settings bean models read. */
  public static Set<String> settings() {
    Set<String> names = new TreeSet<>();
    for (Class<?> type : annotated(ModelSettings.class)) {
      String bean = type.getAnnotation(ModelSettings.class).value();
      Arrays.stream(type.getMethods())
          .filter(m -> m.getParameterCount() == 0 && m.getName().startsWith("get") && m.getDeclaringClass() == type)
          .map(Method::getName)
          .map(getter -> Character.toLowerCase(getter.charAt(3)) + getter.substring(4))
          .forEach(property -> names.add(bean + "." + property));
    }
    return names;
  }

  /** The bean names of delegates that call the ledger or a chain. */
  public static Set<String> externalCallBeans() {
    Set<String> names = new TreeSet<>();
    DefaultListableBeanFactory registry = new DefaultListableBeanFactory();
    for (BeanDefinition definition : scan(ExternalCall.class)) {
      names.add(new AnnotationBeanNameGenerator().generateBeanName(definition, registry));
    }
    return names;
  }

  private static Set<Class<?>> annotated(Class<? extends java.lang.annotation.Annotation> annotation) {
    Set<Class<?>> types = new java.util.LinkedHashSet<>();
    for (BeanDefinition definition : scan(annotation)) {
      try {
        types.add(Class.forName(definition.getBeanClassName()));
      } catch (ClassNotFoundException e) {
        throw new IllegalStateException(e);
      }
    }
    return types;
  }

  private static Set<BeanDefinition> scan(Class<? extends java.lang.annotation.Annotation> annotation) {
    ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false) {
      @Override
      protected boolean isCandidateComponent(org.springframework.beans.factory.annotation.AnnotatedBeanDefinition definition) {
        return definition.getMetadata().isIndependent(); // constant holders are final classes, not components
      }
    };
    scanner.addIncludeFilter(new AnnotationTypeFilter(annotation));
    return scanner.findCandidateComponents(BASE_PACKAGE);
  }

  private static String value(Field field) {
    try {
      return (String) field.get(null);
    } catch (IllegalAccessException e) {
      throw new IllegalStateException(e);
    }
  }
}
