package io.primetrade.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A real headless Chromium (Debian's {@code chromium} and {@code chromium-driver}) for the web
 * page's tests. Without it the tests fail when {@code CI=true}, so that CI cannot pass by skipping
 * them, and are skipped elsewhere.
 */
final class Browser implements AutoCloseable {
  /** Screenshots for people to look at, under the module's {@code target/}. */
  static final Path SCREENSHOTS = Path.of("target", "web-screenshots");

  /** Generous: waits end as soon as the page is ready, and a loaded CI machine is slow. */
  private static final Duration PATIENCE = Duration.ofSeconds(30);

  private final ChromeDriver driver;
  private final Path profile;
  private final List<String> console = new ArrayList<>();

  private Browser(ChromeDriver driver, Path profile) {
    this.driver = driver;
    this.profile = profile;
  }

  /** Starts Chromium, or skips (outside CI) or fails (in CI) the calling tests without it. */
  static Browser start() throws IOException {
    Optional<Path> chromium =
        find("CHROMIUM_BIN", "/usr/bin/chromium", "/usr/bin/chromium-browser");
    Optional<Path> chromedriver =
        find("CHROMEDRIVER_BIN", "/usr/bin/chromedriver", "/usr/lib/chromium/chromedriver");
    if (chromium.isEmpty() || chromedriver.isEmpty()) {
      String message =
          "The web page's browser tests need Chromium and chromedriver: on Debian, apt-get install"
              + " chromium chromium-driver (.ci/run does), or point CHROMIUM_BIN and"
              + " CHROMEDRIVER_BIN at them. Found chromium: "
              + chromium.map(Path::toString).orElse("no")
              + ", chromedriver: "
              + chromedriver.map(Path::toString).orElse("no");
      if ("true".equalsIgnoreCase(System.getenv("CI"))) {
        Assertions.fail(message);
      }
      Assumptions.abort(message);
    }
    Path profile = Files.createTempDirectory("primetrade-chromium");
    ChromeOptions options = new ChromeOptions();
    options.setBinary(chromium.get().toFile());
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--disable-quic",
        "--lang=en-US",
        "--window-size=1280,900",
        "--user-data-dir=" + profile);
    options.setCapability("goog:loggingPrefs", Map.of(LogType.BROWSER, "ALL"));
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(chromedriver.get().toFile())
            .usingAnyFreePort()
            .build();
    ChromeDriver driver = new ChromeDriver(service, options);
    driver.manage().timeouts().pageLoadTimeout(PATIENCE).scriptTimeout(PATIENCE);
    return new Browser(driver, profile);
  }

  private static Optional<Path> find(String variable, String... candidates) {
    String configured = System.getenv(variable);
    Stream<String> paths =
        configured == null || configured.isBlank() ? Stream.of(candidates) : Stream.of(configured);
    return paths.map(Path::of).filter(Files::isExecutable).findFirst();
  }

  ChromeDriver driver() {
    return driver;
  }

  void open(String url) {
    driver.get(url);
  }

  void resize(int width, int height) {
    driver.manage().window().setSize(new Dimension(width, height));
  }

  <T> T await(ExpectedCondition<T> condition) {
    return new WebDriverWait(driver, PATIENCE).until(condition);
  }

  /** Waits for the page to show a screen: {@code auth} or {@code board}. */
  void awaitScreen(String screen) {
    await(d -> screen.equals(d.findElement(By.tagName("body")).getAttribute("data-screen")));
  }

  /** Waits until the board's list has been drawn: {@code ready} or {@code empty}. */
  void awaitTasksLoaded() {
    await(
        d -> {
          String state = d.findElement(By.id("tasks")).getAttribute("data-state");
          return "ready".equals(state) || "empty".equals(state);
        });
  }

  WebElement byId(String id) {
    return driver.findElement(By.id(id));
  }

  void type(String id, String text) {
    WebElement input = byId(id);
    input.clear();
    input.sendKeys(text);
  }

  Object script(String script, Object... arguments) {
    return ((JavascriptExecutor) driver).executeScript(script, arguments);
  }

  void screenshot(String name) {
    try {
      Files.createDirectories(SCREENSHOTS);
      Files.write(SCREENSHOTS.resolve(name + ".png"), driver.getScreenshotAs(OutputType.BYTES));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Everything the page's console has said so far. */
  List<String> console() {
    for (LogEntry entry : driver.manage().logs().get(LogType.BROWSER)) {
      console.add(entry.getMessage());
    }
    return List.copyOf(console);
  }

  /** Asserts that the console has reported no Content-Security-Policy violation so far. */
  void assertNoPolicyViolations() {
    assertThat(console())
        .as("browser console")
        .noneMatch(line -> line.contains("Content Security Policy") || line.contains("Refused to"));
  }

  @Override
  public void close() throws IOException {
    driver.quit();
    try (Stream<Path> files = Files.walk(profile)) {
      files.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
    }
  }
}
