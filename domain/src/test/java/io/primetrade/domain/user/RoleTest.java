package io.primetrade.domain.user;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.primetrade.domain.FieldError;
import io.primetrade.domain.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class RoleTest {
  @Test
  void codesAreTheApiWords() {
    assertThat(Role.USER.code()).isEqualTo("user");
    assertThat(Role.ADMIN.code()).isEqualTo("admin");
  }

  @ParameterizedTest
  @EnumSource(Role.class)
  void fromCodeRoundTrips(Role role) {
    assertThat(Role.fromCode(role.code())).isEqualTo(role);
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(strings = {"ADMIN", "Admin", "root", " user"})
  void fromCodeRefuses_onFieldRole(String code) {
    InvalidInputException e =
        catchThrowableOfType(InvalidInputException.class, () -> Role.fromCode(code));

    assertThat(e).as("expected a refusal of %s", code).isNotNull();
    assertThat(e.errors()).containsExactly(new FieldError("role", "must be one of: user, admin"));
  }
}
