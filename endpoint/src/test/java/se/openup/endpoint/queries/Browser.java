package se.openup.endpoint.queries;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Chromium driven through the system's chromedriver (Debian packages chromium and chromium-driver). Both
 * paths are given explicitly, so Selenium Manager never runs and nothing is downloaded. Files the page downloads
 * land in {@link #downloads()}.
 */
final class Browser implements AutoCloseable {
    static final Path CHROMIUM = Path.of(System.getProperty("openup.chromium", "/usr/bin/chromium"));
    static final Path DRIVER = Path.of(System.getProperty("openup.chromedriver", "/usr/bin/chromedriver"));

    /** Selenium warns that it has no DevTools classes for this Chromium; the tests use WebDriver only. */
    private static final java.util.logging.Logger CDP_WARNING = java.util.logging.Logger.getLogger("org.openqa.selenium.devtools.CdpVersionFinder");

    static { CDP_WARNING.setLevel(java.util.logging.Level.SEVERE); }

    private final Path profile;
    private final Path downloads;
    final ChromeDriver driver;

    Browser() throws IOException {
        if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(DRIVER))
            fail("the browser tests need Chromium and its driver at " + CHROMIUM + " and " + DRIVER
                    + ": apt-get install -y chromium chromium-driver (.ci/run installs them), or point"
                    + " -Dopenup.chromium=… and -Dopenup.chromedriver=… at another pair");
        profile = Files.createTempDirectory("openup-chromium");
        downloads = Files.createTempDirectory("openup-downloads");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic",
                "--user-data-dir=" + profile, "--window-size=1280,1600", "--lang=sv-SE");
        options.setExperimentalOption("prefs", Map.of("download.default_directory", downloads.toString(),
                "download.prompt_for_download", false));
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile())
                .usingAnyFreePort().build();
        driver = new ChromeDriver(service, options);
    }

    Path downloads() { return downloads; }

    /** Waits up to 20 s for {@code condition} to return something other than null or false. */
    <T> T await(String what, Function<WebDriver, T> condition) {
        return new WebDriverWait(driver, Duration.ofSeconds(20)).withMessage(what).until(condition);
    }

    @SuppressWarnings("unchecked")
    <T> T script(String js, Object... args) { return (T) driver.executeScript(js, args); }

    @Override
    public void close() throws IOException {
        try {
            driver.quit();
        } finally {
            for (Path dir : new Path[] {profile, downloads}) {
                try (Stream<Path> files = Files.walk(dir)) {
                    files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
                }
            }
        }
    }
}
