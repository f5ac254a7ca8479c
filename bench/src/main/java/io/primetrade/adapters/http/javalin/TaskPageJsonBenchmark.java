package io.primetrade.adapters.http.javalin;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.primetrade.adapters.http.javalin.Wire.PageMeta;
import io.primetrade.adapters.http.javalin.Wire.TaskJson;
import io.primetrade.bench.BenchData;
import io.primetrade.domain.Page;
import io.primetrade.domain.PageRequest;
import io.primetrade.domain.task.Task;
import io.primetrade.domain.user.Role;
import io.primetrade.domain.user.UserId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The JSON of a page of 20 tasks, mapped and written as {@code TaskRoutes.list} does. In the HTTP
 * adapter's package only because its wire records are package-private; the bench module is never
 * part of the product.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class TaskPageJsonBenchmark {
  private final ObjectMapper mapper =
      JsonMapper.builder()
          .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
          .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
          .build();
  private Page<Task> page;

  @Setup
  public void setUp() {
    UserId admin = BenchData.user("jmh-admin", Role.ADMIN).id();
    List<Task> tasks = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      tasks.add(BenchData.task(i, admin));
    }
    page = new Page<>(tasks, new PageRequest(1, 20), 10_000);
  }

  @Benchmark
  public String taskPage() throws JsonProcessingException {
    return mapper.writeValueAsString(
        Envelope.ok(page.items().stream().map(TaskJson::from).toList(), PageMeta.of(page)));
  }
}
