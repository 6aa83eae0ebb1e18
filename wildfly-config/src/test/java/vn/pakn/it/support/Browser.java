package vn.pakn.it.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A real headless Chromium (Debian's, through its chromedriver) on the pages of the server under test. One per
 * test: a fresh profile, so no session or language choice leaks between tests. Screenshots of every page a test
 * looks at are kept under target/screenshots as test artefacts.
 */
public final class Browser implements AutoCloseable {

    private static final Duration WAIT = Duration.ofSeconds(15);

    private final ChromeDriver driver;
    private final URL base;
    private final Path userData;

    private Browser(URL base) throws IOException {
        this.base = base;
        this.userData = Files.createTempDirectory("pakn-chromium-");
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        // Without the background-networking flags Chromium keeps dialling Google on a closed network.
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-quic",
                "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--window-size=1280,1000", "--lang=vi-VN",
                // Bootstrap scrolls smoothly unless motion is reduced; a click during the scroll misses its target.
                "--force-prefers-reduced-motion", "--user-data-dir=" + userData);
        // Keep the page's console, so a failed wait can say which script error left the page empty.
        options.setCapability("goog:loggingPrefs", java.util.Map.of("browser", "ALL"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new java.io.File("/usr/bin/chromedriver")).build();
        this.driver = new ChromeDriver(service, options);
        driver.manage().timeouts().scriptTimeout(WAIT);
    }

    public static Browser at(URL base) {
        try {
            return new Browser(base);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public ChromeDriver driver() {
        return driver;
    }

    public Browser open(String path) {
        driver.get(base.toString().replaceAll("/$", "") + "/" + path.replaceFirst("^/", ""));
        return this;
    }

    public WebElement waitFor(By by) {
        return explained(() -> new WebDriverWait(driver, WAIT).until(ExpectedConditions.visibilityOfElementLocated(by)));
    }

    public void waitForText(By by, String text) {
        explained(() -> new WebDriverWait(driver, WAIT).until(ExpectedConditions.textToBePresentInElementLocated(by, text)));
    }

    /** A wait that times out leaves a screenshot and says what the page showed, so the failure explains itself. */
    private <T> T explained(java.util.function.Supplier<T> wait) {
        try {
            return wait.get();
        } catch (org.openqa.selenium.TimeoutException e) {
            String name = "timeout-" + System.currentTimeMillis();
            screenshot(name);
            String text = driver.findElement(By.tagName("body")).getText();
            String console = driver.manage().logs().get(org.openqa.selenium.logging.LogType.BROWSER).getAll().stream()
                    .map(entry -> entry.getLevel() + " " + entry.getMessage()).collect(java.util.stream.Collectors.joining("\n"));
            throw new AssertionError(e.getMessage().lines().findFirst().orElse("timeout") + "\nat " + driver.getCurrentUrl()
                    + " (screenshot " + name + ".png), the page said:\n" + text.substring(0, Math.min(1500, text.length()))
                    + "\nbrowser console:\n" + console, e);
        }
    }

    /** Waits until a condition on the page holds (e.g. a shown value changed). */
    public void waitUntil(java.util.function.BooleanSupplier condition) {
        explained(() -> new WebDriverWait(driver, WAIT).until(d -> condition.getAsBoolean()));
    }

    public void waitUntilGone(By by) {
        new WebDriverWait(driver, WAIT).until(ExpectedConditions.invisibilityOfElementLocated(by));
    }

    public WebElement find(By by) {
        return driver.findElement(by);
    }

    public List<WebElement> findAll(By by) {
        return driver.findElements(by);
    }

    public void type(String id, String text) {
        WebElement e = waitFor(By.id(id));
        e.clear();
        e.sendKeys(text);
    }

    public void click(By by) {
        WebElement e = new WebDriverWait(driver, WAIT).until(ExpectedConditions.elementToBeClickable(by));
        script("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'})", e);
        e.click();
    }

    public Object script(String js, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(js, args);
    }

    /** Saves a PNG of the page as it is now, under target/screenshots/{name}.png. */
    public void screenshot(String name) {
        Path dir = Path.of(System.getProperty("pakn.it.screenshots", "target/screenshots"));
        try {
            Files.createDirectories(dir);
            Files.write(dir.resolve(name + ".png"), driver.getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        driver.quit();
        try (var files = Files.walk(userData)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // A temp profile left behind is harmless.
        }
    }
}
