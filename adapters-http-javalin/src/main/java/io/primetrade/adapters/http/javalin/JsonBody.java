package io.primetrade.adapters.http.javalin;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import io.primetrade.domain.FieldError;
import io.primetrade.domain.InvalidInputException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;

/**
 * A request's JSON object, read strictly: a field of the wrong type is an error, never coerced
 * ({@code "title": 123} is not a title), and a field the endpoint does not know is an error too.
 * Problems are collected per field and thrown together by {@link #requireValid}.
 */
final class JsonBody {
  private final ObjectNode json;
  private final List<FieldError> errors = new ArrayList<>();

  private JsonBody(ObjectNode json, Set<String> known) {
    this.json = json;
    Iterator<String> names = json.fieldNames();
    while (names.hasNext()) {
      String name = names.next();
      if (!known.contains(name)) {
        errors.add(new FieldError(name, "is not a known field"));
      }
    }
  }

  /**
   * Reads the body as a JSON object with only the {@code known} fields.
   *
   * @throws UnsupportedMediaTypeException when the body is not declared as JSON
   * @throws InvalidInputException when it is missing, malformed or not an object
   */
  static JsonBody read(Context ctx, ObjectMapper mapper, Set<String> known) {
    String contentType = ctx.contentType();
    byte[] body = ctx.bodyAsBytes();
    if (body.length == 0 && contentType == null) {
      throw new InvalidInputException("The request body must be a JSON object", List.of());
    }
    if (!isJson(contentType)) {
      throw new UnsupportedMediaTypeException();
    }
    JsonNode node;
    try {
      node = mapper.readTree(body);
    } catch (IOException e) {
      throw new InvalidInputException("The request body is not valid JSON", List.of());
    }
    if (node == null || !node.isObject()) {
      throw new InvalidInputException("The request body must be a JSON object", List.of());
    }
    return new JsonBody((ObjectNode) node, known);
  }

  private static boolean isJson(String contentType) {
    if (contentType == null) {
      return false;
    }
    String mediaType = contentType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
    return mediaType.equals("application/json");
  }

  /** Whether the field is present, as a value or as null. */
  boolean has(String field) {
    return json.has(field);
  }

  /** Whether the field is present as an explicit null. */
  boolean isNull(String field) {
    return json.has(field) && json.get(field).isNull();
  }

  /** The field's text; null when absent or null; an error when not a string. */
  String string(String field) {
    JsonNode value = json.get(field);
    if (value == null || value.isNull()) {
      return null;
    }
    if (!value.isTextual()) {
      errors.add(new FieldError(field, "must be a string"));
      return null;
    }
    return value.textValue();
  }

  /** The field's boolean; null when absent or null; an error when not true or false. */
  Boolean bool(String field) {
    JsonNode value = json.get(field);
    if (value == null || value.isNull()) {
      return null;
    }
    if (!value.isBoolean()) {
      errors.add(new FieldError(field, "must be true or false"));
      return null;
    }
    return value.booleanValue();
  }

  /**
   * The field's text read by a domain parser such as {@code TaskStatus::fromCode}; null when absent
   * or null; the parser's complaint is recorded against the field.
   */
  <T> T parsed(String field, Function<String, T> parser) {
    String text = string(field);
    if (text == null) {
      return null;
    }
    return FieldParsing.parse(field, text, parser, errors);
  }

  /**
   * Returns if every field read so far was well-formed.
   *
   * @throws InvalidInputException listing every problem found
   */
  void requireValid() {
    if (!errors.isEmpty()) {
      throw InvalidInputException.fields(errors);
    }
  }
}
