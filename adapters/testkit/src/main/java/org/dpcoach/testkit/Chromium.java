package org.dpcoach.testkit;

import java.nio.file.Files;
import java.nio.file.Path;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's Chromium for real-browser tests: headless, a fresh profile, the driver and binary named
 * outright so Selenium Manager never downloads anything, and no background networking.
 */
public final class Chromium {
  /** Debian's {@code chromium} package. */
  public static final Path BINARY = Path.of("/usr/bin/chromium");

  /** Debian's {@code chromium-driver} package. */
  public static final Path DRIVER = Path.of("/usr/bin/chromedriver");

  private Chromium() {}

  /** Whether the browser is installed (tests are skipped when it is not). */
  public static boolean installed() {
    return Files.isExecutable(BINARY);
  }

  /** Starts the browser with the given profile folder and window size. */
  public static WebDriver start(Path profile, int width, int height) {
    WebDriver driver = start(profile);
    driver.manage().window().setSize(new Dimension(width, height));
    return driver;
  }

  /** Starts the browser with the given profile folder, at its default window size. */
  public static WebDriver start(Path profile) {
    ChromeOptions options = new ChromeOptions();
    options.setBinary(BINARY.toFile());
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--user-data-dir=" + profile);
    ChromeDriverService service =
        new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile()).build();
    return new ChromeDriver(service, options);
  }
}
