package io.primetrade.domain.user;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class UserFilterTest {
  @Test
  void all_hasNoCriteria() {
    assertThat(UserFilter.ALL.role()).isNull();
    assertThat(UserFilter.ALL.active()).isNull();
    assertThat(UserFilter.ALL).isEqualTo(new UserFilter(null, null));
  }

  @Test
  void keepsItsCriteria() {
    UserFilter deactivatedAdmins = new UserFilter(Role.ADMIN, false);

    assertThat(deactivatedAdmins.role()).isEqualTo(Role.ADMIN);
    assertThat(deactivatedAdmins.active()).isFalse();
    assertThat(deactivatedAdmins).isNotEqualTo(UserFilter.ALL);
  }
}
