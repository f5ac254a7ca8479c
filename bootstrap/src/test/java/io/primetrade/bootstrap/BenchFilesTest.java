package io.primetrade.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The load benchmark is never run by the build (it takes minutes), but its files are checked: the
 * script parses, the wrk scripts it names exist, and the server settings it passes are ones the
 * server reads, with the effect the benchmark relies on.
 */
class BenchFilesTest {
  private static final Path REPO = Path.of("..").toAbsolutePath().normalize();
  private static final Path SCRIPT = REPO.resolve("bench/run.sh");

  @Test
  void script_parses() throws Exception {
    Process bash =
        new ProcessBuilder("bash", "-n", SCRIPT.toString()).redirectErrorStream(true).start();
    assertThat(bash.waitFor(30, TimeUnit.SECONDS)).isTrue();
    String output = new String(bash.getInputStream().readAllBytes());
    assertThat(bash.exitValue()).as(output).isZero();
    assertThat(Files.isExecutable(SCRIPT)).isTrue();
  }

  @Test
  void everyWrkScriptItNames_exists() throws Exception {
    Set<String> named = new TreeSet<>();
    Matcher m = Pattern.compile("([a-z-]+\\.lua)").matcher(Files.readString(SCRIPT));
    while (m.find()) {
      named.add(m.group(1));
    }
    assertThat(named).contains("get.lua", "create-task.lua", "mixed.lua", "login.lua");
    for (String lua : named) {
      assertThat(REPO.resolve("bench/lua").resolve(lua)).isRegularFile();
    }
  }

  @Test
  void theSettingsItPasses_turnOffRateLimitsAndTheCache() throws Exception {
    String script = Files.readString(SCRIPT);
    assertThat(script).contains("RATE_LIMIT_ENABLED=false", "CACHE_TTL_SECONDS=0", "REDIS_URL=");
    Map<String, String> env = new LinkedHashMap<>();
    env.put("RATE_LIMIT_ENABLED", "false");
    env.put("CACHE_TTL_SECONDS", "0");
    AppConfig config = AppConfig.fromEnv(env);
    assertThat(config.rateLimits().enabled()).isFalse();
    assertThat(config.cacheTtl()).isZero();
  }
}
