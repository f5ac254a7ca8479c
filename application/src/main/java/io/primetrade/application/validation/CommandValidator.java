package io.primetrade.application.validation;

import io.primetrade.domain.FieldError;
import io.primetrade.domain.InvalidInputException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Checks a use case's command against the constraints on its fields, so that every delivery app
 * (HTTP, CLI, an embedding app) gets the same rules and the same messages.
 *
 * <p>Thread-safe: Jakarta {@link Validator}s are.
 */
public final class CommandValidator {
  private final Validator validator;

  /** Takes a validator built once, by whoever wires the application. */
  public CommandValidator(Validator validator) {
    this.validator = Objects.requireNonNull(validator, "validator");
  }

  /**
   * Returns normally when {@code command} is valid; otherwise throws one {@link
   * InvalidInputException} with a {@link FieldError} per refused field, in the order the fields are
   * declared.
   */
  public void check(Object command) {
    Objects.requireNonNull(command, "command");
    Set<ConstraintViolation<Object>> violations = validator.validate(command);
    if (violations.isEmpty()) {
      return;
    }
    List<String> order = declarationOrder(command.getClass());
    List<FieldError> errors =
        violations.stream()
            .map(v -> new FieldError(v.getPropertyPath().toString(), v.getMessage()))
            .distinct()
            .sorted(
                Comparator.comparingInt((FieldError e) -> rank(order, e.field()))
                    .thenComparing(FieldError::field)
                    .thenComparing(FieldError::message))
            .toList();
    throw InvalidInputException.fields(errors);
  }

  private static List<String> declarationOrder(Class<?> type) {
    RecordComponent[] components = type.getRecordComponents();
    return components == null
        ? List.of()
        : Arrays.stream(components).map(RecordComponent::getName).toList();
  }

  private static int rank(List<String> order, String field) {
    int index = order.indexOf(field);
    return index < 0 ? order.size() : index;
  }
}
