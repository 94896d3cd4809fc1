package dev.sipdiag.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.sipdiag.analysis.Outcome;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.logging.Level;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The HTML report in a real browser: Debian's headless Chromium driven by Selenium through
 * {@code /usr/bin/chromedriver}. Skipped, saying why, only when those are not installed ({@code .ci/run}
 * installs them: {@code apt-get install -y chromium chromium-driver}).
 */
class HtmlReportBrowserTest {
    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    /** Longest wait for the page's script to react. */
    static final Duration WAIT = Duration.ofSeconds(10);

    @TempDir
    static Path dir;
    static ChromeDriver browser;

    @BeforeAll
    static void startBrowser() {
        assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                "chromium and chromium-driver are not installed (apt-get install -y chromium chromium-driver): "
                        + "the HTML report's browser test is skipped");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        // the flags that work on this machine kind: no sandbox as root, no background network calls
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--window-size=1200,900", "--user-data-dir=" + dir.resolve("profile"));
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @AfterEach
    void noConsoleErrors() {
        List<LogEntry> errors = browser.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(e -> e.getLevel().intValue() >= Level.WARNING.intValue()).toList();
        assertThat(errors).as("console errors and warnings (a CSP violation shows here)").isEmpty();
    }

    private static void open(ReportData d, String name, Locale lang) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, HtmlReportTest.render(d, lang), StandardCharsets.UTF_8);
        browser.get(file.toUri().toString());
    }

    private static WebDriverWait waiting() {
        return new WebDriverWait(browser, WAIT);
    }

    private static List<WebElement> rows() {
        return browser.findElements(By.cssSelector("#calls-table tbody tr"));
    }

    @Test
    void hostileHeadersStayTextAndTheirMessageOpensAsRawText() throws IOException {
        ReportData d = HtmlReportTest.hostile(dir);
        open(d, "hostile.html", Locale.ENGLISH);
        JavascriptExecutor js = browser;
        // nothing from the wire became an element or a handler, and no alert() ran (an open alert would make
        // every later driver call throw)
        assertThat(js.executeScript("return document.querySelectorAll('img, iframe, object, embed, b').length"))
                .isEqualTo(0L);
        assertThat(js.executeScript("return document.querySelectorAll('script').length")).isEqualTo(2L);
        assertThat(js.executeScript("return document.querySelectorAll('[onerror], [onload], [onclick]').length"))
                .isEqualTo(0L);
        String text = browser.findElement(By.tagName("body")).getText();
        assertThat(text).contains("\"><svg onload=alert(5)>", "<img src=x onerror=alert(4)>");
        // the table shows the hostile Call-ID as text, linking to the call's ladder
        WebElement link = waiting().until(b -> b.findElement(By.cssSelector("#calls-table tbody a")));
        assertThat(link.getText()).isEqualTo("</script><script>alert(3)</script>@evil");
        assertThat(link.getAttribute("href")).endsWith("#call-1");
        // the ladder: the column of the caller is labelled with its (hostile) User-Agent, as text
        WebElement ladder = browser.findElement(By.cssSelector("#call-1 svg.ladder-svg"));
        assertThat(ladder.findElements(By.cssSelector("text.agent")).get(0).getText())
                .isEqualTo("<script>alert(1)</script>");
        WebElement box = browser.findElement(By.cssSelector("#call-1 .raw-box"));
        assertThat(box.isDisplayed()).isFalse();
        link.click();
        browser.findElement(By.cssSelector("#call-1 .msg[data-msg='0']")).click();
        waiting().until(b -> box.isDisplayed());
        String raw = box.findElement(By.tagName("pre")).getText();
        assertThat(raw).startsWith("INVITE sip:bob@example.com SIP/2.0")
                .contains("User-Agent: <script>alert(1)</script>", "Subject: \"><img src=x onerror=alert(6)>");
        assertThat(box.findElement(By.cssSelector(".raw-title")).getText()).isEqualTo("Raw message #0");
        // the retransmitted 503 is marked
        assertThat(browser.findElement(By.cssSelector("#call-1 .msg[data-msg='3']")).getAttribute("class"))
                .contains("retx");
    }

    @Test
    void callsTableFiltersSortsAndPages() throws IOException {
        ReportData d = Captures.analyse(List.of(Captures.capture("captures/mixed-udp-100calls.pcap"),
                Captures.capture("captures/uas486-udp-20calls.pcap")), Locale.ENGLISH, HtmlReport::callsToDetail);
        int all = d.result().calls().size();
        long busy = d.result().calls().stream().filter(c -> c.outcome() == Outcome.BUSY).count();
        assertThat(all).isGreaterThan(HtmlReport.PAGE_SIZE);
        open(d, "calls.html", Locale.ENGLISH);
        WebElement count = browser.findElement(By.id("count"));
        waiting().until(b -> count.getText().equals(all + " of " + all + " calls"));
        assertThat(rows()).hasSize(HtmlReport.PAGE_SIZE);
        assertThat(browser.findElement(By.id("page")).getText()).isEqualTo("Page 1 of 2");
        browser.findElement(By.id("next")).click();
        assertThat(rows()).hasSize(all - HtmlReport.PAGE_SIZE);
        assertThat(browser.findElement(By.id("page")).getText()).isEqualTo("Page 2 of 2");

        new Select(browser.findElement(By.id("outcome"))).selectByValue("busy");
        waiting().until(b -> count.getText().equals(busy + " of " + all + " calls"));
        assertThat(rows()).hasSize((int) Math.min(busy, HtmlReport.PAGE_SIZE))
                .allSatisfy(r -> assertThat(r.getText()).contains("486 Busy Here"));

        new Select(browser.findElement(By.id("outcome"))).selectByValue("");
        String callId = d.result().calls().get(7).callId();
        // the filter matches substrings: "8-4938@..." also finds "18-4938@..."
        long matching = d.result().calls().stream().filter(c -> c.callId().contains(callId)).count();
        browser.findElement(By.id("filter")).sendKeys(callId);
        waiting().until(b -> count.getText().equals(matching + " of " + all + " calls"));
        assertThat(rows()).hasSize((int) matching).allSatisfy(r -> assertThat(r.getText()).contains(callId));

        browser.findElement(By.id("filter")).clear();
        browser.findElement(By.id("filter")).sendKeys("no call is called this");
        waiting().until(b -> count.getText().startsWith("0 of "));
        assertThat(rows()).singleElement().satisfies(r -> assertThat(r.getText()).isEqualTo("No call matches the filter."));

        browser.findElement(By.id("filter")).clear();
        browser.findElement(By.id("filter")).sendKeys(" ");
        WebElement finalHeader = browser.findElement(By.cssSelector("th[data-col='4']"));
        finalHeader.click();
        assertThat(finalHeader.getAttribute("aria-sort")).isEqualTo("ascending");
        assertThat(rows().get(0).getText()).contains("200 OK");
        finalHeader.click();
        assertThat(finalHeader.getAttribute("aria-sort")).isEqualTo("descending");
        assertThat(rows().get(0).getText()).contains("486 Busy Here");
    }

    @Test
    void dutchPageLabelsTheTableInDutch() throws IOException {
        ReportData d = Captures.analyse(Captures.capture("corpus/pcap/pkts__cancel.pcap"), Locale.forLanguageTag("nl"),
                HtmlReport::callsToDetail);
        open(d, "nl.html", Locale.forLanguageTag("nl"));
        WebElement count = browser.findElement(By.id("count"));
        waiting().until(b -> count.getText().equals("1 van 1 gesprekken"));
        assertThat(rows().get(0).getText()).contains("afgebroken door de beller");
        browser.findElement(By.cssSelector("#call-1 .msg[data-msg='3']")).click();
        WebElement box = browser.findElement(By.cssSelector("#call-1 .raw-box"));
        waiting().until(b -> box.isDisplayed());
        assertThat(box.findElement(By.tagName("pre")).getText()).startsWith("CANCEL ");
        assertThat(box.findElement(By.cssSelector(".raw-title")).getText()).isEqualTo("Ruw bericht #3");
    }
}
