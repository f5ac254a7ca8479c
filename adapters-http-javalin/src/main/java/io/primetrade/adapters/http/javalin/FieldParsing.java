package io.primetrade.adapters.http.javalin;

import io.primetrade.domain.FieldError;
import io.primetrade.domain.InvalidInputException;
import java.util.List;
import java.util.function.Function;

/** Reads a client's text with a domain parser, filing the parser's complaint under the field. */
final class FieldParsing {
  private FieldParsing() {}

  /** The parsed value, or null with the problem added to {@code errors}. */
  static <T> T parse(
      String field, String text, Function<String, T> parser, List<FieldError> errors) {
    try {
      return parser.apply(text);
    } catch (InvalidInputException e) {
      if (e.errors().isEmpty()) {
        errors.add(new FieldError(field, e.getMessage()));
      }
      e.errors().forEach(error -> errors.add(new FieldError(field, error.message())));
      return null;
    }
  }
}
