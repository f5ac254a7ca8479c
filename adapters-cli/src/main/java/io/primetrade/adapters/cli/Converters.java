package io.primetrade.adapters.cli;

import io.primetrade.domain.InvalidInputException;
import io.primetrade.domain.task.Priority;
import io.primetrade.domain.task.TaskSort;
import io.primetrade.domain.task.TaskStatus;
import io.primetrade.domain.user.Role;
import java.time.Duration;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Reads the words of the API from the command line, so that a bad value is a usage error (exit code
 * 2) naming the allowed words, and offers them to shell completion.
 */
final class Converters {
  private Converters() {}

  static final class RoleConverter implements ITypeConverter<Role> {
    @Override
    public Role convert(String value) {
      return domain(Role::fromCode, value);
    }
  }

  static final class StatusConverter implements ITypeConverter<TaskStatus> {
    @Override
    public TaskStatus convert(String value) {
      return domain(TaskStatus::fromCode, value);
    }
  }

  static final class PriorityConverter implements ITypeConverter<Priority> {
    @Override
    public Priority convert(String value) {
      return domain(Priority::fromCode, value);
    }
  }

  static final class SortConverter implements ITypeConverter<TaskSort> {
    @Override
    public TaskSort convert(String value) {
      return domain(TaskSort::parse, value);
    }
  }

  static final class FormatConverter implements ITypeConverter<Format> {
    @Override
    public Format convert(String value) {
      return Format.fromCode(value)
          .orElseThrow(() -> new TypeConversionException("must be one of: jsonl, csv"));
    }
  }

  /** {@code 900s}, {@code 15m}, {@code 1h}, {@code 7d}; a plain number is seconds. */
  static final class DurationConverter implements ITypeConverter<Duration> {
    private static final Pattern DURATION = Pattern.compile("(\\d{1,9})([smhd]?)");

    @Override
    public Duration convert(String value) {
      Matcher m = DURATION.matcher(value.strip().toLowerCase(Locale.ROOT));
      if (!m.matches()) {
        throw new TypeConversionException("must be a duration such as 900s, 15m, 1h or 7d");
      }
      long amount = Long.parseLong(m.group(1));
      return switch (m.group(2)) {
        case "m" -> Duration.ofMinutes(amount);
        case "h" -> Duration.ofHours(amount);
        case "d" -> Duration.ofDays(amount);
        default -> Duration.ofSeconds(amount);
      };
    }
  }

  static final class RoleCodes extends Codes {
    RoleCodes() {
      super(Arrays.stream(Role.values()).map(Role::code).toList());
    }
  }

  static final class StatusCodes extends Codes {
    StatusCodes() {
      super(Arrays.stream(TaskStatus.values()).map(TaskStatus::code).toList());
    }
  }

  static final class PriorityCodes extends Codes {
    PriorityCodes() {
      super(Arrays.stream(Priority.values()).map(Priority::code).toList());
    }
  }

  static final class SortCodes extends Codes {
    SortCodes() {
      super(
          Arrays.stream(TaskSort.Key.values())
              .flatMap(key -> List.of(key.code(), "-" + key.code()).stream())
              .toList());
    }
  }

  static final class FormatCodes extends Codes {
    FormatCodes() {
      super(Arrays.stream(Format.values()).map(Format::code).toList());
    }
  }

  /** The words shell completion offers. */
  abstract static class Codes implements Iterable<String> {
    private final List<String> codes;

    Codes(List<String> codes) {
      this.codes = codes;
    }

    @Override
    public Iterator<String> iterator() {
      return codes.iterator();
    }
  }

  private static <T> T domain(Function<String, T> parse, String value) {
    try {
      return parse.apply(value);
    } catch (InvalidInputException e) {
      throw new TypeConversionException(e.getMessage());
    }
  }
}
