package io.primetrade.domain;

import java.util.List;

/** The input breaks a rule of its fields: lengths, formats, allowed words. */
public final class InvalidInputException extends DomainException {
  private static final long serialVersionUID = 1L;

  private final transient List<FieldError> errors;

  public InvalidInputException(String message, List<FieldError> errors) {
    super("input.invalid", message);
    this.errors = List.copyOf(errors);
  }

  /** One field refused: the usual case for value objects and parsers. */
  public static InvalidInputException field(String field, String message) {
    return new InvalidInputException(
        field + " " + message, List.of(new FieldError(field, message)));
  }

  /** Several fields refused; the message lists each as {@code "field message"}, joined by "; ". */
  public static InvalidInputException fields(List<FieldError> errors) {
    if (errors.isEmpty()) {
      throw new IllegalArgumentException("no field errors");
    }
    StringBuilder message = new StringBuilder();
    for (FieldError error : errors) {
      message.append(message.isEmpty() ? "" : "; ");
      message.append(error.field()).append(' ').append(error.message());
    }
    return new InvalidInputException(message.toString(), errors);
  }

  /** The refused fields, in the order they were found; empty when the input as a whole is bad. */
  public List<FieldError> errors() {
    return errors;
  }

  @Override
  public ErrorKind kind() {
    return ErrorKind.INVALID_INPUT;
  }
}
