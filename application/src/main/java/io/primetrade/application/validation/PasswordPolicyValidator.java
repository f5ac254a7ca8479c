package io.primetrade.application.validation;

import io.primetrade.domain.user.PasswordPolicy;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/**
 * Applies the domain's {@link PasswordPolicy}; a missing password is {@code @NotNull}'s to report.
 */
public final class PasswordPolicyValidator implements ConstraintValidator<ValidPassword, String> {
  @Override
  public boolean isValid(String password, ConstraintValidatorContext context) {
    return password == null || PasswordPolicy.allows(password);
  }
}
