package io.primetrade.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

/** Catches the exception a use case must throw, failing the test when it does not. */
final class Expect {
  private Expect() {}

  static <T extends Throwable> T thrown(Class<T> type, ThrowingCallable call) {
    T thrown = catchThrowableOfType(type, call);
    assertThat(thrown).as("expected %s", type.getSimpleName()).isNotNull();
    return thrown;
  }
}
