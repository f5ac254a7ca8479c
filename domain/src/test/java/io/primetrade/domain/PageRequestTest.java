package io.primetrade.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.junit.jupiter.api.Test;

class PageRequestTest {
  private static void assertRefused(int page, int limit, String field, String message) {
    InvalidInputException e =
        catchThrowableOfType(InvalidInputException.class, () -> new PageRequest(page, limit));
    assertThat(e).as("expected a refusal of page %s, limit %s", page, limit).isNotNull();
    assertThat(e.errors()).containsExactly(new FieldError(field, message));
  }

  @Test
  void boundsAreAllowed() {
    assertThat(new PageRequest(1, 1).limit()).isEqualTo(1);
    assertThat(new PageRequest(1, 100).limit()).isEqualTo(100);
  }

  @Test
  void pageRefused_belowOne() {
    assertRefused(0, 20, "page", "must be at least 1");
    assertRefused(-1, 20, "page", "must be at least 1");
  }

  @Test
  void limitRefused_outsideOneToHundred() {
    assertRefused(1, 0, "limit", "must be between 1 and 100");
    assertRefused(1, 101, "limit", "must be between 1 and 100");
  }

  @Test
  void offset_countsItemsOnEarlierPages() {
    assertThat(new PageRequest(1, 20).offset()).isZero();
    assertThat(new PageRequest(3, 20).offset()).isEqualTo(40);
  }

  @Test
  void offset_doesNotOverflowInt() {
    assertThat(new PageRequest(Integer.MAX_VALUE, 100).offset())
        .isEqualTo((Integer.MAX_VALUE - 1L) * 100);
  }
}
