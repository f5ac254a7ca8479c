package io.primetrade.application.port.in;

import io.primetrade.application.port.out.RateLimiter.Decision;

/**
 * Takes a permit under one of the rate-limit policies, for one subject (a client address, an e-mail
 * address, a user id). The delivery apps decide what the subject is; the policies and their limits
 * are the operator's.
 */
public interface CheckRateLimitUseCase {
  /** Whether this request may go on; always allowed when limiting is turned off. */
  Decision check(Policy policy, String subject);

  /** Whether limiting is on at all. */
  boolean enabled();

  /** What is limited. */
  enum Policy {
    /** Every API request, per client address. */
    API("api"),
    /** Login attempts, per client address. */
    LOGIN_PER_ADDRESS("login-ip"),
    /** Login attempts, per e-mail address: slows guessing one account's password. */
    LOGIN_PER_EMAIL("login-email"),
    /** Registrations, per client address. */
    REGISTER("register"),
    /** Tasks created, per user. */
    TASK_CREATE("task-create");

    private final String code;

    Policy(String code) {
      this.code = code;
    }

    /** The policy's name in keys, metrics and configuration. */
    public String code() {
      return code;
    }
  }
}
