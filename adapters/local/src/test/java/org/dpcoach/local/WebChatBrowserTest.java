package org.dpcoach.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.javalin.Javalin;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.dpcoach.testkit.Chromium;
import org.dpcoach.testkit.LoopbackJavalin;
import org.dpcoach.testkit.TestReplies;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The web chat in a real browser (Debian's chromium and chromium-driver, never a download): ask a
 * question, open the full guidance from the keyboard, follow a choice, with screenshots under
 * {@code target/screenshots} for a person to look at. Skipped only when chromium is not installed.
 */
@Tag("browser")
class WebChatBrowserTest {
  static final Path CHROMIUM = Chromium.BINARY;
  static final Path SHOTS = Path.of("target", "screenshots");
  static final Duration WAIT = Duration.ofSeconds(30);
  static Javalin server;
  static WebDriver browser;

  @BeforeAll
  static void start() throws IOException {
    assumeTrue(Files.isExecutable(CHROMIUM), "chromium is not installed at " + CHROMIUM);
    server = LoopbackJavalin.start(new WebChat(Replies.coach())::routes);
    browser = chromium(Files.createTempDirectory(Path.of("target").toAbsolutePath(), "chromium-"));
    Files.createDirectories(SHOTS);
  }

  @AfterAll
  static void stop() {
    if (browser != null) {
      browser.quit();
    }
    if (server != null) {
      server.stop();
    }
  }

  /** Chromium from Debian, headless, with a fresh profile; Selenium Manager has nothing to find. */
  static WebDriver chromium(Path profile) {
    return Chromium.start(profile, 430, 932);
  }

  @Test
  void webChat_askOpenFullGuidanceAndFollowAChoice_inChromium() throws Exception {
    String base = "http://127.0.0.1:" + server.port() + "/";
    browser.get(base);
    shot("01-start");
    WebElement input = browser.findElement(By.id("q"));
    assertThat(browser.findElement(By.cssSelector("label[for=q]")).getAttribute("textContent"))
        .isEqualTo("Your question");
    assertThat(browser.findElement(By.id("log")).getAttribute("aria-live")).isEqualTo("polite");

    input.sendKeys(TestReplies.LOST_LAPTOP, Keys.ENTER);
    WebElement answer = reply(1);
    WebElement details = answer.findElement(By.cssSelector("details.guidance"));
    assertThat(answer.findElement(By.cssSelector(".short-answer")).isDisplayed()).isTrue();
    assertThat(answer.findElement(By.cssSelector(".source")).getText()).startsWith("Source: ");
    assertThat(answer.findElement(By.cssSelector(".guidance-body")).isDisplayed()).isFalse();
    shot("02-short-answer");

    WebElement fullGuidance = details.findElement(By.tagName("summary"));
    assertThat(fullGuidance.getText()).isEqualTo(HtmlRenderer.FULL_GUIDANCE);
    ((JavascriptExecutor) browser).executeScript("arguments[0].focus()", fullGuidance);
    fullGuidance.sendKeys(Keys.ENTER);
    new WebDriverWait(browser, WAIT).until(d -> details.getAttribute("open") != null);
    assertThat(answer.findElement(By.tagName("h2")).isDisplayed()).isTrue();
    assertThat(answer.findElements(By.cssSelector("ul.do li"))).isNotEmpty();
    assertThat(answer.findElements(By.cssSelector("details.sources"))).hasSize(1);
    shot("03-full-guidance");
    wholePage("03-full-guidance-whole-page");

    input.sendKeys("topics", Keys.ENTER);
    WebElement topics = reply(2);
    List<WebElement> choices = topics.findElements(By.cssSelector("ul.choices button"));
    assertThat(choices).hasSizeGreaterThan(10);
    WebElement choice = choices.get(1);
    String chosen = choice.getText();
    shot("04-choices");
    ((JavascriptExecutor) browser).executeScript("arguments[0].focus()", choice);
    choice.sendKeys(Keys.ENTER);
    WebElement followed = reply(3);
    assertThat(browser.findElements(By.cssSelector("p.you")).get(2).getText()).endsWith(chosen);
    assertThat(followed.findElement(By.cssSelector(".short-answer")).isDisplayed()).isTrue();
    followed.findElement(By.cssSelector("details.guidance summary")).click();
    assertThat(followed.findElement(By.cssSelector(".guidance-body")).isDisplayed()).isTrue();
    shot("05-followed-choice");

    Object external =
        ((JavascriptExecutor) browser)
            .executeScript(
                "return performance.getEntriesByType('resource').map(e => e.name)"
                    + ".filter(n => !n.startsWith(arguments[0]));",
                base);
    assertThat((List<?>) external).isEmpty();
  }

  /** The n-th coach reply, once it has arrived. */
  static WebElement reply(int n) {
    By replies = By.cssSelector("#log article.coach");
    new WebDriverWait(browser, WAIT)
        .until(
            d ->
                d.findElements(replies).size() >= n
                    && !d.findElements(replies).get(n - 1).getText().isBlank());
    return browser.findElements(replies).get(n - 1);
  }

  /** A screenshot of the whole page: the window made as tall as the page, then put back. */
  static void wholePage(String name) throws IOException {
    Dimension size = browser.manage().window().getSize();
    long height =
        (Long)
            ((JavascriptExecutor) browser)
                .executeScript("return document.documentElement.scrollHeight;");
    browser.manage().window().setSize(new Dimension(size.getWidth(), (int) height + 200));
    shot(name);
    browser.manage().window().setSize(size);
  }

  static void shot(String name) throws IOException {
    byte[] png = ((org.openqa.selenium.TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES);
    Files.write(SHOTS.resolve(name + ".png"), png);
  }
}
