package io.primetrade.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.WebElement;

/** The web page against a server that limits logins: a 429 is shown with when to retry. */
class WebPageRateLimitIT {
  @RegisterExtension
  static final ServerExtension SERVER =
      ServerExtension.withEnv(
          Map.of("RATE_LIMIT_ENABLED", "true", "RATE_LIMIT_LOGIN_EMAIL", "2/10m"));

  private static Browser browser;

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

  @Test
  void tooManyLogins_sayWhenToTryAgain() {
    browser.open("http://localhost:" + SERVER.server().port() + "/");
    browser.awaitScreen("auth");
    WebElement error =
        browser.driver().findElement(org.openqa.selenium.By.cssSelector("#login-form .form-error"));

    for (int attempt = 1; attempt <= 2; attempt++) {
      browser.type("login-email", "nobody@example.com");
      browser.type("login-password", "not-the-password-" + attempt);
      browser.byId("login-submit").click();
      browser.await(d -> error.getText().contains("Invalid credentials"));
      browser.script("arguments[0].textContent = ''", error);
    }
    browser.type("login-password", "not-the-password-3");
    browser.byId("login-submit").click();
    browser.await(d -> !error.getText().isBlank());

    assertThat(error.getText())
        .matches("Too many requests\\. Please try again in \\d+ seconds \\(at .+\\)\\.");
    assertThat(browser.byId("login-submit").isEnabled()).isTrue();
    browser.screenshot("07-login-rate-limited");
    // The console is read (so the policy check below can fail): the refusal is in it.
    assertThat(browser.console()).anyMatch(line -> line.contains("429"));
    browser.assertNoPolicyViolations();
  }
}
