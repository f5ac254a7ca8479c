package io.primetrade.application.validation;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import io.primetrade.domain.user.Username;
import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/** A {@link Username} as people type it: required, 3 to 30 characters of a plain alphabet. */
@Documented
@NotNull(message = "is required")
@Size(
    min = Username.MIN_LENGTH,
    max = Username.MAX_LENGTH,
    message = "must be {min} to {max} characters")
@Pattern(
    regexp = Username.PATTERN,
    message = "may contain only letters, digits, dots, hyphens and underscores")
@Constraint(validatedBy = {})
@Target({FIELD, PARAMETER})
@Retention(RUNTIME)
public @interface ValidUsername {
  String message() default "must be a valid username";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};
}
