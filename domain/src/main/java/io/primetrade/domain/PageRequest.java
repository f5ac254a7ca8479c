package io.primetrade.domain;

/** Which page of a listing to read: pages count from 1. */
public record PageRequest(int page, int limit) {
  public static final int DEFAULT_LIMIT = 20;
  public static final int MAX_LIMIT = 100;

  public PageRequest {
    if (page < 1) {
      throw InvalidInputException.field("page", "must be at least 1");
    }
    if (limit < 1 || limit > MAX_LIMIT) {
      throw InvalidInputException.field("limit", "must be between 1 and " + MAX_LIMIT);
    }
  }

  /** How many items come before this page. */
  public long offset() {
    return (long) (page - 1) * limit;
  }
}
