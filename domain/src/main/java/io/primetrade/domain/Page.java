package io.primetrade.domain;

import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/** One page of a listing, with the total number of items that match across all pages. */
public record Page<T>(List<T> items, PageRequest request, long total) {
  public Page {
    items = List.copyOf(items);
    Objects.requireNonNull(request, "request");
    if (total < 0) {
      throw new IllegalArgumentException("total must not be negative: " + total);
    }
  }

  /** The same page with each item mapped. */
  public <R> Page<R> map(Function<? super T, ? extends R> mapper) {
    return new Page<>(items.stream().<R>map(mapper).toList(), request, total);
  }
}
