package io.primetrade.adapters.cli;

import io.primetrade.domain.Page;

/** The line under a listing: where this page is among all of them. */
final class Paging {
  private Paging() {}

  static String footer(Page<?> page, String one, String many) {
    long pages = Math.max(1, (page.total() + page.request().limit() - 1) / page.request().limit());
    return "Page "
        + page.request().page()
        + " of "
        + pages
        + ", "
        + page.total()
        + " "
        + (page.total() == 1 ? one : many)
        + " in all.";
  }
}
