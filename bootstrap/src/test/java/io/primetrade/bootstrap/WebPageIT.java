package io.primetrade.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.auth0.jwt.JWT;
import com.auth0.jwt.algorithms.Algorithm;
import com.auth0.jwt.interfaces.DecodedJWT;
import com.fasterxml.jackson.databind.JsonNode;
import io.primetrade.bootstrap.ApiClient.Response;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * The task board at {@code /} in a real headless Chromium against a real server: what a person does
 * with it, from signing up to logging out, and the session's renewal with its refresh token.
 * Screenshots of the main screens go to {@code target/web-screenshots/}.
 */
class WebPageIT {
  @RegisterExtension static final ServerExtension SERVER = ServerExtension.withDefaults();

  private static Browser browser;

  private final ApiClient api = SERVER.client();

  @BeforeAll
  static void startBrowser() throws IOException {
    browser = Browser.start();
  }

  @AfterAll
  static void stopBrowser() throws IOException {
    if (browser != null) {
      browser.close();
    }
  }

  private static String home() {
    return "http://localhost:" + SERVER.server().port() + "/";
  }

  @BeforeEach
  void freshPage() {
    browser.resize(1280, 900);
    browser.open(home());
    browser.script("localStorage.clear()");
    browser.open(home());
    browser.awaitScreen("auth");
  }

  @AfterEach
  void noPolicyViolations() {
    browser.assertNoPolicyViolations();
  }

  private void logIn(String email, String password) {
    browser.byId("tab-login").click();
    browser.type("login-email", email);
    browser.type("login-password", password);
    browser.byId("login-submit").click();
    browser.awaitScreen("board");
    browser.awaitTasksLoaded();
  }

  private void logOut() {
    browser.byId("logout").click();
    browser.awaitScreen("auth");
  }

  private WebElement card(String title) {
    return browser.await(
        ExpectedConditions.presenceOfElementLocated(
            By.xpath("//li[contains(@class,'task')][.//h3[normalize-space()='" + title + "']]")));
  }

  private JsonNode session() {
    Object stored = browser.script("return localStorage.getItem('primetrade.session')");
    if (stored == null) {
      return null;
    }
    try {
      return ApiClient.JSON.readTree((String) stored);
    } catch (IOException e) {
      throw new AssertionError("the stored session is not JSON: " + stored, e);
    }
  }

  private Response refresh(String refreshToken) {
    return api.post(
        "/api/v1/auth/refresh", null, ApiClient.json(Map.of("refreshToken", refreshToken)));
  }

  @Test
  void signUp_adminAssigns_userMovesStatus_andLogoutEndsTheSessionOnTheServer() {
    String name = SERVER.uniqueName("grace");
    String email = name + "@example.com";
    String title = "Write the quarterly report " + name;
    browser.screenshot("01-login");

    // Sign up, first with a password the API refuses: its message shows next to the field.
    browser.byId("tab-signup").click();
    browser.type("signup-username", name);
    browser.type("signup-email", email);
    browser.type("signup-password", "short");
    browser.byId("signup-submit").click();
    WebElement passwordError = browser.byId("signup-password-error");
    browser.await(d -> !passwordError.getText().isBlank());
    assertThat(passwordError.getText()).contains("8 to 72 bytes");
    assertThat(browser.byId("signup-password").getAttribute("aria-invalid")).isEqualTo("true");
    browser.screenshot("02-signup-validation-error");

    // The password toggle shows what was typed.
    WebElement reveal = browser.driver().findElement(By.cssSelector("#signup-form .reveal"));
    reveal.click();
    assertThat(browser.byId("signup-password").getAttribute("type")).isEqualTo("text");
    assertThat(reveal.getAttribute("aria-pressed")).isEqualTo("true");

    browser.type("signup-password", "password-" + name);
    browser.byId("signup-submit").click();
    browser.awaitScreen("board");
    browser.awaitTasksLoaded();
    assertThat(browser.byId("whoami").getText()).isEqualTo(name + " (user)");
    assertThat(browser.byId("new-task").isDisplayed()).as("users create no tasks").isFalse();
    logOut();

    // The admin creates a task for the new user; a title the API refuses is shown first.
    logIn(ServerExtension.ADMIN_EMAIL, ServerExtension.ADMIN_PASSWORD);
    assertThat(browser.byId("whoami").getText()).endsWith("(admin)");
    SERVER.createTask(
        Map.of(
            "title", "Renew the office lease " + name,
            "status", "in-progress",
            "priority", "medium",
            "dueDate", LocalDate.now(ZoneOffset.UTC).plusDays(30).toString(),
            "assignedTo", "ada"));
    SERVER.createTask(
        Map.of("title", "Order new laptops " + name, "status", "completed", "priority", "low"));
    browser.byId("new-task").click();
    browser.await(ExpectedConditions.visibilityOfElementLocated(By.id("task-dialog")));
    browser.type("task-title", "ab");
    browser.byId("task-save").click();
    WebElement titleError = browser.byId("task-title-error");
    browser.await(d -> !titleError.getText().isBlank());
    assertThat(titleError.getText()).contains("3 to 255");
    browser.screenshot("03-task-validation-error");

    browser.type("task-title", title);
    browser.type("task-description", "Numbers for Q4, with the charts.");
    new Select(browser.byId("task-priority")).selectByValue("high");
    // A date input's typing order depends on the locale; its value is always ISO.
    LocalDate due = LocalDate.now(ZoneOffset.UTC).minusDays(10);
    browser.script("arguments[0].value = arguments[1]", browser.byId("task-due"), due.toString());
    browser.type("task-assignee", name);
    browser.byId("task-save").click();
    browser.await(ExpectedConditions.invisibilityOfElementLocated(By.id("task-dialog")));

    WebElement created = card(title);
    assertThat(created.findElement(By.cssSelector(".badge")).getText()).isEqualTo("Pending");
    assertThat(created.findElement(By.cssSelector(".priority-mark")).getText()).isEqualTo("High");
    assertThat(created.findElement(By.cssSelector("time")).getAttribute("datetime"))
        .isEqualTo(due + "T00:00:00.000Z");
    assertThat(created.findElement(By.cssSelector("time")).getText())
        .as("in the browser's locale, en-US")
        .isEqualTo(due.format(DateTimeFormatter.ofPattern("MMM d, yyyy", Locale.US)));
    assertThat(created.findElement(By.cssSelector(".overdue")).getText()).isEqualTo("Overdue");
    assertThat(created.getText()).contains(name);
    assertThat(created.findElements(By.cssSelector("button.delete"))).hasSize(1);
    browser.awaitTasksLoaded();
    browser.screenshot("04-board-admin");
    logOut();

    // The user moves the status of the task assigned to them, and only of that one.
    logIn(email, "password-" + name);
    WebElement mine = card(title);
    assertThat(mine.findElements(By.cssSelector("button.edit, button.delete"))).isEmpty();
    assertThat(card("Renew the office lease " + name).findElements(By.tagName("select")))
        .as("a task assigned to someone else")
        .isEmpty();
    WebElement status = mine.findElement(By.cssSelector("select.status-select"));
    assertThat(status.getAccessibleName()).isEqualTo("Status of " + title);
    new Select(status).selectByVisibleText("In progress");
    browser.await(
        d -> {
          try {
            return "In progress"
                .equals(card(title).findElement(By.cssSelector(".badge")).getText());
          } catch (org.openqa.selenium.StaleElementReferenceException redrawn) {
            return false;
          }
        });
    browser.awaitTasksLoaded();
    JsonNode stored = taskByTitle(title);
    assertThat(stored.get("status").asText()).isEqualTo("in-progress");
    assertThat(stored.get("version").asLong()).isEqualTo(2);
    browser.screenshot("05-board-user");

    // Logging out ends the session on the server: the refresh token is refused from then on,
    // and a page that kept the old tokens lands on the login screen.
    JsonNode session = session();
    String refreshToken = session.get("refreshToken").asText();
    logOut();
    assertThat(session()).isNull();
    assertThat(refresh(refreshToken).status()).isEqualTo(401);
    browser.script("localStorage.setItem('primetrade.session', arguments[0])", session.toString());
    browser.open(home());
    browser.awaitScreen("auth");
    assertThat(browser.byId("notice-text").getText()).contains("session has ended");
    assertThat(session()).isNull();
  }

  private JsonNode taskByTitle(String title) {
    Response list = api.get("/api/v1/tasks?limit=100", SERVER.adminToken());
    assertThat(list.status()).isEqualTo(200);
    for (JsonNode task : list.data()) {
      if (task.get("title").asText().equals(title)) {
        return task;
      }
    }
    throw new AssertionError("no task titled " + title + " in " + list.text());
  }

  @Test
  void expiredAccessToken_isRenewedWithTheRefreshToken_andThePageKeepsWorking() {
    logIn(ServerExtension.ADMIN_EMAIL, ServerExtension.ADMIN_PASSWORD);
    JsonNode before = session();
    String token = before.get("token").asText();
    String refreshToken = before.get("refreshToken").asText();

    // The same claims, signed with the server's key, but expired an hour ago.
    Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
    String expired =
        resigned(token, now.minus(2, ChronoUnit.HOURS), now.minus(1, ChronoUnit.HOURS));
    String current = resigned(token, now, now.plus(1, ChronoUnit.HOURS));
    assertThat(api.get("/api/v1/users/me", current).status())
        .as("the re-signed token")
        .isEqualTo(200);
    assertThat(api.get("/api/v1/users/me", expired).status()).as("once expired").isEqualTo(401);

    browser.script(
        "const s = JSON.parse(localStorage.getItem('primetrade.session'));"
            + "s.token = arguments[0];"
            + "localStorage.setItem('primetrade.session', JSON.stringify(s));",
        expired);
    browser.open(home());
    browser.awaitScreen("board");
    browser.awaitTasksLoaded();

    JsonNode after = session();
    assertThat(after.get("token").asText()).isNotEqualTo(expired).isNotEqualTo(token);
    assertThat(after.get("refreshToken").asText()).isNotEqualTo(refreshToken);
    assertThat(api.get("/api/v1/users/me", after.get("token").asText()).status()).isEqualTo(200);
    assertThat(browser.byId("notice").isDisplayed()).as("no error shown").isFalse();

    // The page keeps working with the renewed session: a filter asks the API again.
    new Select(browser.byId("filter-status")).selectByValue("completed");
    browser.awaitTasksLoaded();
    assertThat(browser.driver().findElements(By.cssSelector("#tasks .badge")))
        .extracting(WebElement::getText)
        .allMatch("Completed"::equals);
    assertThat(browser.byId("board-screen").isDisplayed()).isTrue();

    // Logging out with an expired access token renews it first, then ends the renewed session.
    browser.script(
        "const s = JSON.parse(localStorage.getItem('primetrade.session'));"
            + "s.token = arguments[0];"
            + "localStorage.setItem('primetrade.session', JSON.stringify(s));"
            + "window.savedSessions = [];"
            + "const setItem = Storage.prototype.setItem;"
            + "Storage.prototype.setItem = function (key, value) {"
            + "  window.savedSessions.push(value); return setItem.call(this, key, value); };",
        expired);
    browser.byId("logout").click();
    browser.awaitScreen("auth");
    assertThat(browser.byId("notice").isDisplayed()).as("no error shown").isFalse();
    List<?> saved = (List<?>) browser.script("return window.savedSessions");
    assertThat(saved).as("the renewed session").hasSize(1);
    String renewedRefreshToken;
    try {
      renewedRefreshToken =
          ApiClient.JSON.readTree((String) saved.get(0)).get("refreshToken").asText();
    } catch (IOException e) {
      throw new AssertionError(e);
    }
    assertThat(renewedRefreshToken).isNotEqualTo(after.get("refreshToken").asText());
    assertThat(refresh(renewedRefreshToken).status()).as("ended on the server").isEqualTo(401);
    assertThat(session()).isNull();
  }

  private static String resigned(String token, Instant issuedAt, Instant expiresAt) {
    DecodedJWT claims = JWT.decode(token);
    return JWT.create()
        .withIssuer(claims.getIssuer())
        .withSubject(claims.getSubject())
        .withClaim("id", claims.getClaim("id").asString())
        .withClaim("email", claims.getClaim("email").asString())
        .withClaim("role", claims.getClaim("role").asString())
        .withIssuedAt(issuedAt)
        .withExpiresAt(expiresAt)
        .withJWTId(UUID.randomUUID().toString())
        .sign(Algorithm.HMAC256(ServerExtension.JWT_SECRET));
  }

  @Test
  void board_fitsAPhoneScreen() {
    browser.resize(390, 844);
    logIn(ServerExtension.ADMIN_EMAIL, ServerExtension.ADMIN_PASSWORD);
    SERVER.createTask(Map.of("title", SERVER.uniqueName("Phone check "), "priority", "high"));
    browser.open(home());
    browser.awaitScreen("board");
    browser.awaitTasksLoaded();

    Number overflow =
        (Number)
            browser.script(
                "return document.documentElement.scrollWidth - document.documentElement.clientWidth");
    assertThat(overflow.intValue()).as("horizontal overflow in px").isLessThanOrEqualTo(0);
    List<WebElement> cards = browser.driver().findElements(By.cssSelector("#tasks > li"));
    assertThat(cards).isNotEmpty();
    for (WebElement card : cards) {
      assertThat(card.getRect().getX() + card.getRect().getWidth()).isLessThanOrEqualTo(390);
    }
    browser.screenshot("06-board-phone");
  }
}
