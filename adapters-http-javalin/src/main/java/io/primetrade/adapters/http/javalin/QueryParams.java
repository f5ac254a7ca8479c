package io.primetrade.adapters.http.javalin;

import io.primetrade.domain.FieldError;
import io.primetrade.domain.InvalidInputException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * A query string read strictly: unknown parameters, repeated parameters and malformed values are
 * errors, collected per parameter.
 */
final class QueryParams {
  private final Map<String, List<String>> params;
  private final List<FieldError> errors = new ArrayList<>();

  QueryParams(Map<String, List<String>> params, Set<String> known) {
    this.params = params;
    params.keySet().stream()
        .filter(name -> !known.contains(name))
        .sorted()
        .forEach(name -> errors.add(new FieldError(name, "is not a known parameter")));
  }

  /** The parameter's value; null when absent; an error when repeated or empty. */
  String text(String name) {
    List<String> values = params.get(name);
    if (values == null) {
      return null;
    }
    if (values.size() != 1) {
      errors.add(new FieldError(name, "must be given once"));
      return null;
    }
    String value = values.get(0);
    if (value.isEmpty()) {
      errors.add(new FieldError(name, "must not be empty"));
      return null;
    }
    return value;
  }

  /** The parameter as a whole number; null when absent. */
  Integer integer(String name) {
    String text = text(name);
    if (text == null) {
      return null;
    }
    if (!text.matches("-?\\d{1,9}")) {
      errors.add(new FieldError(name, "must be a whole number"));
      return null;
    }
    return Integer.valueOf(text);
  }

  /** The parameter as {@code true} or {@code false}; null when absent. */
  Boolean bool(String name) {
    String text = text(name);
    if (text == null) {
      return null;
    }
    return switch (text) {
      case "true" -> true;
      case "false" -> false;
      default -> {
        errors.add(new FieldError(name, "must be true or false"));
        yield null;
      }
    };
  }

  /** The parameter read by a domain parser; its complaint is recorded against the parameter. */
  <T> T parsed(String name, Function<String, T> parser) {
    String text = text(name);
    if (text == null) {
      return null;
    }
    return FieldParsing.parse(name, text, parser, errors);
  }

  /**
   * Returns if every parameter read so far was well-formed and known.
   *
   * @throws InvalidInputException listing every problem found
   */
  void requireValid() {
    if (!errors.isEmpty()) {
      throw InvalidInputException.fields(errors);
    }
  }
}
