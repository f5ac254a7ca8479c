package io.primetrade.bootstrap;

import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The metric names a PromQL expression reads, for checking alert rules and dashboards against a
 * real scrape. Not a parser: it drops strings, label matchers, ranges and grouping clauses, then
 * keeps the identifiers that are neither functions (followed by a parenthesis) nor keywords.
 */
final class PromQl {
  private static final Set<String> KEYWORDS =
      Set.of(
          "by",
          "without",
          "on",
          "ignoring",
          "group_left",
          "group_right",
          "and",
          "or",
          "unless",
          "bool",
          "offset");
  private static final Pattern IDENTIFIER = Pattern.compile("[a-zA-Z_:][a-zA-Z0-9_:]*");

  private PromQl() {}

  static Set<String> metricNames(String expression) {
    String stripped =
        expression
            .replaceAll("\"(?:[^\"\\\\]|\\\\.)*\"", "\"\"")
            .replaceAll("\\{[^}]*}", " ")
            .replaceAll("\\[[^]]*]", " ")
            .replaceAll("\\b(by|without|on|ignoring|group_left|group_right)\\s*\\([^)]*\\)", " ")
            .replaceAll("\\$\\w+", " ");
    Set<String> names = new TreeSet<>();
    Matcher m = IDENTIFIER.matcher(stripped);
    while (m.find()) {
      String word = m.group();
      int next = m.end();
      while (next < stripped.length() && Character.isWhitespace(stripped.charAt(next))) {
        next++;
      }
      boolean isFunction = next < stripped.length() && stripped.charAt(next) == '(';
      boolean afterDigit = m.start() > 0 && Character.isDigit(stripped.charAt(m.start() - 1));
      if (!isFunction && !afterDigit && !KEYWORDS.contains(word)) {
        names.add(word);
      }
    }
    return names;
  }
}
