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

  /** The refused fields, in the order they were found; empty when the input as a whole is bad. */
  public List<FieldError> errors() {
    return errors;
  }

  @Override
  public ErrorKind kind() {
    return ErrorKind.INVALID_INPUT;
  }
}
