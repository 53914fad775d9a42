package org.dateline.web.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.Response;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.dateline.model.AnalyzedArticle;
import org.dateline.model.Article;
import org.dateline.store.CorpusStore;
import org.dateline.web.DeskConfig;
import org.dateline.web.DeskServer;
import org.dateline.web.PlaceLookup;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.io.TempDir;

/**
 * The desk in a real browser (Playwright for Java driving the system's Chromium) over a corpus ingested from the seed
 * report: the map's markers, the event panel, the article view's highlights, and article text that stays text. Each
 * test saves a screenshot to {@code target/screenshots/<test>.png} and fails on any console error or page error.
 *
 * <p>Run by {@code bash .ci/browser}, which ingests the seed and passes {@code -Ddateline.browser.db}; without that
 * property (a plain {@code mvn test}) the tests are skipped and say so.
 */
class DeskBrowserTest {
    static final String DB_PROPERTY = "dateline.browser.db";
    static final String CHROMIUM_PROPERTY = "dateline.browser.chromium";
    static final String DEFAULT_CHROMIUM = "/usr/bin/chromium";
    /** The page's npm packages (web/package.json); tests run in the module's folder. */
    static final Path VENDOR = Path.of("..", "web", "node_modules");
    static final Path SCREENSHOTS = Path.of("target", "screenshots");
    static final String SCRIPT = "<script>alert(1)</script>";
    static final String IMG = "<img src=x onerror=alert(1)>";

    @TempDir
    static Path dir;
    private static CorpusStore store;
    private static DeskServer server;
    private static Playwright playwright;
    private static Browser browser;
    private static String hostileId;
    /** Why the tests cannot run here, or null. */
    private static String skipped;

    private BrowserContext context;
    private Page page;
    /** Console errors and uncaught page errors: each fails the test. */
    private final List<String> problems = new ArrayList<>();
    /** Console messages about the Content-Security-Policy (Chromium logs its violations). */
    private final List<String> cspViolations = new ArrayList<>();
    /** Dialogs (alert, confirm, prompt) the page opened. */
    private final List<String> dialogs = new ArrayList<>();

    @BeforeAll
    static void start() throws IOException {
        skipped = missing();
        if (skipped != null) {
            System.err.println("DeskBrowserTest skipped: " + skipped);
            return;
        }
        Path chromium = Path.of(System.getProperty(CHROMIUM_PROPERTY, DEFAULT_CHROMIUM));
        Path corpus = Path.of(System.getProperty(DB_PROPERTY));
        store = CorpusStore.open(copy(corpus, dir));
        AnalyzedArticle hostile = hostileArticle();
        hostileId = hostile.article().id();
        store.put(List.of(hostile));
        store.refresh();
        server = DeskServer.start(DeskConfig.local(0).withVendor(VENDOR.toAbsolutePath().normalize()), store,
                () -> {
                    throw new IllegalStateException("the browser tests post no articles");
                }, PlaceLookup.corpusOnly(store));
        Files.createDirectories(SCREENSHOTS);
        playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(chromium).setHeadless(true).setArgs(List.of("--no-sandbox")));
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.close();
        }
        if (playwright != null) {
            playwright.close();
        }
        if (server != null) {
            server.close();
        }
        if (store != null) {
            store.close();
        }
    }

    /** What the tests need and this machine lacks, with how to get it; null when all is there. */
    private static String missing() {
        String db = System.getProperty(DB_PROPERTY, "");
        if (db.isBlank()) {
            return "browser tests need -D" + DB_PROPERTY + "=<a corpus ingested from the seed>;"
                    + " run them with: bash .ci/browser";
        }
        if (!Files.isRegularFile(Path.of(db))) {
            return "no corpus file " + Path.of(db).toAbsolutePath() + " (-D" + DB_PROPERTY
                    + "); run the browser tests with: bash .ci/browser";
        }
        Path chromium = Path.of(System.getProperty(CHROMIUM_PROPERTY, DEFAULT_CHROMIUM));
        if (!Files.isExecutable(chromium)) {
            return "no Chromium at " + chromium + " (-D" + CHROMIUM_PROPERTY + "); install it with:"
                    + " apt-get install chromium";
        }
        if (!Files.isDirectory(VENDOR.resolve("leaflet"))) {
            return "the page's npm packages are missing (" + VENDOR.toAbsolutePath().normalize()
                    + "); install them with: npm ci --prefix web";
        }
        return null;
    }

    @BeforeEach
    void open() {
        assumeTrue(skipped == null, () -> skipped);
        context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1400, 900));
        page = context.newPage();
        page.onConsoleMessage(m -> {
            if (m.text().contains("Content Security Policy")) {
                cspViolations.add(m.text());
            }
            if (m.type().equals("error")) {
                problems.add("console error: " + m.text() + " (" + m.location() + ")");
            }
        });
        page.onPageError(e -> problems.add("page error: " + e));
        page.onDialog(d -> {
            dialogs.add(d.type() + ": " + d.message());
            d.dismiss();
        });
    }

    /** Saves the page as it ends (passed or failed), then fails on what the page reported. */
    @AfterEach
    void close(TestInfo test) {
        if (context == null) {
            return; // skipped
        }
        try {
            page.screenshot(new Page.ScreenshotOptions().setFullPage(true)
                    .setPath(SCREENSHOTS.resolve(test.getTestMethod().orElseThrow().getName() + ".png")));
        } finally {
            context.close();
        }
        assertEquals(List.of(), problems, "the page reported errors");
    }

    @Test
    void whatWasOnlyPlannedIsListedWhenAskedForAndMarkedSo() {
        home();
        Locator planned = page.locator(".home-view .event-row .badge.modality-planned");
        assertEquals(0, planned.count(), "by default only what happened is shown");
        page.locator("#filter-planned").check();
        assertThat(planned.first()).isVisible();
        assertThat(planned.first()).hasText(java.util.regex.Pattern.compile("planned"));
        page.locator("#filter-planned").uncheck();
        assertThat(planned).hasCount(0);
    }

    @Test
    void theMapShowsMarkersAtIzyumAndBilohorivka() {
        home();
        assertThat(page.locator(".event-marker[data-place=\"Izium\"], .event-cluster[data-places*=\"|Izium|\"],"
                + " .event-marker[data-place=\"Izyum\"], .event-cluster[data-places*=\"|Izyum|\"]")
                .first()).isVisible();
        assertThat(page.locator(".event-marker[data-place=\"Bilohorivka\"],"
                + " .event-cluster[data-places*=\"|Bilohorivka|\"]").first()).isVisible();
    }

    @Test
    void clickingBilohorivkaOpensTheEventWithGaidaiAsItsAssertor() {
        home();
        String eventId = openBilohorivka();
        Locator view = page.locator("#panel .event-view");
        assertThat(view).hasAttribute("data-event-id", eventId);
        assertThat(view.locator("[data-field=\"subtype\"]")).containsText("Government regains territory");
        assertThat(view.locator("[data-field=\"assertors\"]")).containsText("Serhiy Gaidai");
        assertThat(view.locator("[data-field=\"verification\"]")).hasText("Not independently verified");
        assertThat(page.locator(".event-marker.selected[data-place=\"Bilohorivka\"]")).isVisible();
    }

    @Test
    void theArticleViewHighlightsTheEventsEvidence() {
        home();
        openBilohorivka();
        page.locator("#panel .event-view .report .article-link").first().click();
        assertThat(page.locator(".article-view[data-article-id]")).isVisible();
        Locator focused = page.locator(".article-view .article-text .hl.focused");
        assertThat(focused.first()).isVisible();
        String evidence = String.join("", focused.allTextContents());
        assertTrue(evidence.contains("Bilohorivka"), "the focused evidence is about Bilohorivka: " + evidence);
        assertTrue(page.url().contains("focus=event%3A"), "the link focused an event: " + page.url());
        for (String kind : List.of("place", "entity", "time", "quote")) {
            assertTrue(page.locator(".article-text .hl.hl-" + kind + "[data-kind=\"" + kind + "\"][data-id]").count()
                    > 0, "a highlight of kind " + kind);
        }
    }

    @Test
    void markupInAnArticleIsShownAsText() {
        page.navigate(server.uri() + "#/article/" + URLEncoder.encode(hostileId, StandardCharsets.UTF_8));
        Locator view = page.locator(".article-view[data-article-id=\"" + hostileId + "\"]");
        assertThat(view).isVisible();
        assertThat(view.locator(".article-text")).containsText(SCRIPT);
        assertThat(view.locator(".article-text")).containsText(IMG);
        assertThat(view.locator("h2")).containsText(SCRIPT);
        assertEquals(0, view.locator("script").count(), "no script element in the article view");
        assertEquals(0, page.locator("img[onerror]").count(), "no image with an onerror handler on the page");
        assertEquals(0, view.locator("img").count(), "no image made from the article's markup");
        assertEquals(List.of(), dialogs, "no alert fired");
    }

    @Test
    void thePageCarriesAContentSecurityPolicyAndBreaksNoneOfIt() {
        Response response = page.navigate(server.uri().toString());
        String csp = response.headers().getOrDefault("content-security-policy", "");
        assertTrue(csp.contains("script-src 'self'"), "the CSP allows only the server's own scripts: " + csp);
        assertTrue(csp.contains("default-src 'self'"), csp);
        assertThat(page.locator("#map-status[data-count]")).isVisible();
        assertThat(page.locator(".event-marker, .event-cluster").first()).isVisible();
        page.navigate(server.uri() + "#/article/" + URLEncoder.encode(hostileId, StandardCharsets.UTF_8));
        assertThat(page.locator(".article-view[data-article-id]")).isVisible();
        assertEquals(List.of(), cspViolations, "the page loads without breaking its Content-Security-Policy");

        // the control: the browser enforces the policy, and its refusals are seen (so none above means none)
        page.waitForConsoleMessage(new Page.WaitForConsoleMessageOptions()
                .setPredicate(m -> m.text().contains("Content Security Policy")), () -> page.evaluate(
                "() => { const s = document.createElement('script'); s.textContent = 'window.inlineRan = true';"
                        + " document.head.append(s); }"));
        assertEquals(false, page.evaluate("() => window.inlineRan === true"), "an inline script was refused");
        problems.removeIf(p -> p.contains("Content Security Policy")); // the refusal triggered on purpose
    }

    /** Opens the desk and waits for the map's events. */
    private void home() {
        page.navigate(server.uri().toString());
        assertThat(page.locator("#map-status[data-count]")).isVisible();
    }

    /**
     * Clicks Bilohorivka's cluster (its events share one point, so it spiderfies), then a marker of the territory
     * regained there; returns the marker's event id once the panel shows an event.
     */
    private String openBilohorivka() {
        Locator cluster = page.locator(".event-cluster[data-place=\"Bilohorivka\"]");
        Locator marker = page.locator(".event-marker[data-place=\"Bilohorivka\"][title*=\"Government regains"
                + " territory\"]").first(); // the seed's sentence may yield more than one such event
        assertThat(cluster.or(marker).first()).isVisible();
        if (cluster.count() > 0) {
            cluster.first().click();
        }
        assertThat(marker).isVisible();
        String id = marker.getAttribute("data-event-id");
        marker.click();
        assertThat(page.locator("#panel .event-view[data-event-id]")).isVisible();
        return id;
    }

    /** The corpus file (and its write-ahead log, if any) copied into {@code folder}. */
    private static Path copy(Path corpus, Path folder) throws IOException {
        Path copy = folder.resolve("desk.db");
        Files.copy(corpus, copy);
        Path wal = corpus.resolveSibling(corpus.getFileName() + "-wal");
        if (Files.isRegularFile(wal)) {
            Files.copy(wal, folder.resolve("desk.db-wal"));
        }
        return copy;
    }

    /** An article whose title and text carry script and event-handler markup, which must come back as text. */
    private static AnalyzedArticle hostileArticle() {
        String text = "A reader wrote " + SCRIPT + " into the comments, and then " + IMG + " as well."
                + " Neither may run on the desk.";
        Article article = Article.of(LocalDate.of(2022, 9, 21), null, "Markup test " + SCRIPT, "Test Wire",
                "https://example.org/markup", text);
        return new AnalyzedArticle(AnalyzedArticle.SCHEMA, article, List.of(), List.of(), List.of(), List.of(),
                List.of(), List.of(), List.of(), List.of());
    }
}
