package io.casedesk.copytrading.internal;

import com.fasterxml.jackson.annotation.JacksonAnnotationsInside;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.math.BigDecimal;

/**
 * An amount kept in a JSON variable as exact decimal text ({@code "91250.5"}): JSON numbers are read
 * as doubles on the way back, and the desk's mapper refuses text for numbers elsewhere.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT})
@JacksonAnnotationsInside
@JsonSerialize(using = ExactDecimal.Writer.class)
@JsonDeserialize(using = ExactDecimal.Reader.class)
@interface ExactDecimal {

  /** Writes the decimal as plain text ({@code "1000"}, never {@code "1E+3"}). */
  final class Writer extends StdSerializer<BigDecimal> {

    Writer() {
      super(BigDecimal.class);
    }

    @Override
    public void serialize(BigDecimal value, JsonGenerator generator, SerializerProvider provider) throws IOException {
      generator.writeString(value.toPlainString());
    }
  }

  /** Reads the decimal text as it was written. */
  final class Reader extends StdDeserializer<BigDecimal> {

    Reader() {
      super(BigDecimal.class);
    }

    @Override
    public BigDecimal deserialize(JsonParser parser, DeserializationContext context) throws IOException {
      String text = parser.getValueAsString();
      return text == null ? null : new BigDecimal(text);
    }
  }
}
