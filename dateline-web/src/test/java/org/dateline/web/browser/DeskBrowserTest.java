package org.dateline.web.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.TimeoutError;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.BoundingBox;
import com.microsoft.playwright.options.WaitForSelectorState;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Pattern;
import org.dateline.analysis.Analysis;
import org.dateline.analysis.Analyzer;
import org.dateline.analysis.Stage;
import org.dateline.feeds.FetchPolicy;
import org.dateline.feeds.Fetcher;
import org.dateline.feeds.Source;
import org.dateline.feeds.Sources;
import org.dateline.feeds.WatchListener;
import org.dateline.feeds.Watcher;
import org.dateline.model.AnalyzedArticle;
import org.dateline.model.Article;
import org.dateline.model.Assertion;
import org.dateline.model.Event;
import org.dateline.model.EventActor;
import org.dateline.model.EventDate;
import org.dateline.model.EventPlace;
import org.dateline.model.Geo;
import org.dateline.model.Place;
import org.dateline.model.parse.ParsedText;
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
    /** The base map's place names (GeoNames' points and populations): a capital, cities and towns of the seed. */
    static final List<DeskServer.PlaceName> PLACE_NAMES = List.of(
            new DeskServer.PlaceName("Kyiv", 50.4547, 30.5238, "PPLC", 2_797_553, "UA"),
            new DeskServer.PlaceName("Kharkiv", 49.9808, 36.2527, "PPLA", 1_430_885, "UA"),
            new DeskServer.PlaceName("Luhansk", 48.5671, 39.3171, "PPLA", 452_000, "UA"),
            new DeskServer.PlaceName("Sievierodonetsk", 48.9482, 38.4917, "PPL", 130_000, "UA"),
            new DeskServer.PlaceName("Lysychansk", 48.9169, 38.4337, "PPL", 97_000, "UA"),
            new DeskServer.PlaceName("Kreminna", 49.0457, 38.2175, "PPL", 18_000, "UA"),
            new DeskServer.PlaceName("Izium", 49.2128, 37.2569, "PPL", 45_000, "UA"),
            new DeskServer.PlaceName("Bilohorivka", 48.9258, 38.2467, "PPL", 900, "UA"));
    /** The place of the article the tests post, and what its (fake) analysis finds there. */
    static final String POSTED_PLACE = "Chuhuiv";
    /** Where the tests post two articles of one place, months apart (two events at one point). */
    static final String TWICE_PLACE = "Balakliia";
    /** The place of the article a watched feed brings while the page is open. */
    static final String FED_PLACE = "Vovchansk";
    /** The places the fake analysis knows: name, lat, lon. */
    static final Map<String, double[]> POSTED_PLACES = Map.of(POSTED_PLACE, new double[] {49.8353, 36.6861},
            TWICE_PLACE, new double[] {49.4627, 36.8586}, FED_PLACE, new double[] {50.2911, 36.9411});

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
                DeskBrowserTest::fakeAnalyzer,
                PlaceLookup.corpusOnly(store), () -> PLACE_NAMES);
        Files.createDirectories(SCREENSHOTS);
        PlaywrightAssertions.setDefaultAssertionTimeout(15_000); // a busy CI machine answers slowly, not wrongly
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
            try { // the outlines drawn before the picture, when they come in time
                page.locator(".leaflet-land-pane path").first().waitFor(new Locator.WaitForOptions()
                        .setState(WaitForSelectorState.ATTACHED).setTimeout(5_000));
            } catch (TimeoutError e) {
                System.err.println("no outlines on the map after 5 s: " + test.getDisplayName());
            }
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
        assertThat(planned.first()).hasText(Pattern.compile("planned"));
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

    @Test
    void aViewIsRestoredFromItsUrlAndByBackAndForward() {
        home();
        int all = Integer.parseInt(page.locator("#corpus-stats").getAttribute("data-events"));
        page.locator("#types-none").click();
        assertThat(page.locator("#map-status")).hasText("No event type is ticked."); // each change its own entry
        page.locator("input[data-type-group=\"Battles\"]").check();
        assertThat(page.locator(".list-summary")).hasText(Pattern.compile("^1 event matches the filters\\b"));
        page.locator("#feed-sort").selectOption("oldest");
        assertTrue(page.url().contains("type=") && page.url().contains("sort=oldest"), page.url());
        String battles = page.locator(".home-view .event-row").first().getAttribute("data-event-id");
        page.locator(".home-view .event-row a").first().click();
        assertThat(page.locator("#panel .event-view[data-event-id]")).isVisible();
        String url = page.url();

        // the address alone brings the view back: in a new tab, then after a reload
        Page other = context.newPage();
        other.navigate(url);
        assertThat(other.locator("#panel .event-view")).hasAttribute("data-event-id", battles);
        assertThat(other.locator("#corpus-stats")).hasAttribute("data-events", "1");
        assertEquals(List.of(true), other.locator("input[data-type-group=\"Battles\"]")
                .evaluateAll("boxes => boxes.map(b => b.checked)"));
        other.locator("#panel-nav a").click();
        assertThat(other.locator("#feed-sort")).hasValue("oldest");
        assertThat(other.locator(".home-view .event-row")).hasCount(1);
        other.reload();
        assertThat(other.locator(".home-view .event-row")).hasCount(1);
        assertThat(other.locator("#feed-sort")).hasValue("oldest");
        other.close();

        // back goes through the panel, then the order, then the types; forward returns
        page.goBack();
        assertThat(page.locator(".home-view")).isVisible();
        page.goBack();
        assertThat(page.locator("#feed-sort")).hasValue("newest");
        assertThat(page.locator(".home-view .event-row")).hasCount(1);
        page.goForward();
        assertThat(page.locator("#feed-sort")).hasValue("oldest");
        page.goBack();
        assertThat(page).hasURL(Pattern.compile(".*type=Battles(&map=[^&]*)?$"));
        page.goBack();
        assertThat(page.locator("#map-status")).hasText("No event type is ticked.");
        page.goBack();
        assertThat(page).hasURL(Pattern.compile("^[^?]*/(\\?map=[^&]*)?$"));
        assertThat(page.locator("#corpus-stats")).hasAttribute("data-events", String.valueOf(all));
    }

    @Test
    void theExportsAreTheViewsEventsAsFiles() throws IOException {
        page.navigate(server.uri() + "?type=Strategic+developments");
        assertThat(page.locator(".list-summary[data-count]")).isVisible();
        int shown = Integer.parseInt(page.locator(".list-summary").getAttribute("data-count"));
        assertTrue(shown > 1, "the seed has several strategic developments");

        Download csv = page.waitForDownload(() -> page.locator("#export-csv").click());
        List<String> lines = Files.readAllLines(csv.path(), StandardCharsets.UTF_8);
        assertTrue(csv.suggestedFilename().endsWith(".csv"), csv.suggestedFilename());
        assertTrue(lines.get(0).startsWith("event_id_cnty,event_date,year,time_precision,disorder_type,event_type,"),
                lines.get(0));
        assertEquals(31, lines.get(0).split(",").length, "ACLED's 31 columns");
        List<String> rows = lines.subList(1, lines.size()).stream().filter(l -> l.contains("Strategic developments"))
                .toList();
        assertEquals(shown, rows.size(), "one row per event of the view: " + lines);

        Download geojson = page.waitForDownload(() -> page.locator("#export-geojson").click());
        JsonNode collection = new ObjectMapper().readTree(geojson.path().toFile());
        assertEquals("FeatureCollection", collection.get("type").asText());
        int located = Integer.parseInt(page.locator("#map-status").getAttribute("data-count"));
        assertEquals(located, collection.get("features").size(), "one point per event on the map");
        collection.get("features").forEach(f -> assertEquals("Point", f.get("geometry").get("type").asText()));

        Download jsonl = page.waitForDownload(() -> page.locator("#export-jsonl").click());
        List<String> records = Files.readAllLines(jsonl.path(), StandardCharsets.UTF_8).stream()
                .filter(l -> !l.isBlank()).toList();
        assertEquals(shown, records.size());
        for (String record : records) {
            assertEquals("Strategic developments", new ObjectMapper().readTree(record).path("event").path("type").asText(), record);
        }
    }

    @Test
    void anArticlePostedWhileThePageIsOpenAppearsInIt() {
        home();
        int before = Integer.parseInt(page.locator("#corpus-stats").getAttribute("data-events"));
        assertThat(page.locator("#new-events")).isHidden();
        post("2022-09-22", POSTED_PLACE);
        assertThat(page.locator("#new-events")).hasAttribute("data-count", "1");
        assertThat(page.locator("#new-events")).hasText("1 new event");
        Locator fresh = page.locator(".home-view .event-row.fresh");
        assertThat(fresh).hasCount(1);
        assertThat(fresh).containsText(POSTED_PLACE);
        assertEquals(fresh.getAttribute("data-event-id"),
                page.locator(".home-view .event-row").first().getAttribute("data-event-id"), "newest first");
        assertThat(page.locator("#corpus-stats")).hasAttribute("data-events", String.valueOf(before + 1));
        assertThat(page.locator(".event-marker[data-place=\"" + POSTED_PLACE + "\"], .event-cluster[data-places*=\"|"
                + POSTED_PLACE + "|\"]").first()).isAttached();
    }

    @Test
    void eventsAtOnePointOpenAsAList() {
        home();
        post("2022-07-04", TWICE_PLACE);
        post("2022-08-15", TWICE_PLACE);
        home();
        Locator cluster = page.locator(".event-cluster[data-place=\"" + TWICE_PLACE + "\"]");
        assertThat(cluster).hasAttribute("data-count", "2");
        cluster.click();
        Locator list = page.locator(".leaflet-popup .point-list");
        assertThat(list.locator(".point-list-head")).hasText("2 events at " + TWICE_PLACE);
        assertThat(list.locator(".event-row")).hasCount(2);
        String first = list.locator(".event-row").first().getAttribute("data-event-id");
        list.locator(".event-row a").first().click();
        assertThat(page.locator("#panel .event-view")).hasAttribute("data-event-id", first);
    }

    @Test
    void aPickedEventIsShownAtAReadableZoomWithThePlacesAroundNamed() {
        home();
        openBilohorivka();
        page.waitForURL(Pattern.compile(".*[?&]map=.*"));
        double zoom = mapZoom();
        assertTrue(zoom >= 9 && zoom <= 12, "a town's names show, its streets are not needed: zoom " + zoom);
        for (String town : List.of("Kreminna", "Sievierodonetsk")) {
            Locator label = page.locator(".place-label[data-name=\"" + town + "\"]");
            assertThat(label).isVisible();
            assertTrue(inside(label, page.locator("#map")), town + " is named inside the map");
        }
        assertEquals(0, page.locator(".place-label[data-name=\"Kyiv\"]").count(), "Kyiv is far out of view");
        assertThat(page.locator(".event-marker.selected[data-place=\"Bilohorivka\"]")).isVisible();
        assertThat(page.locator(".leaflet-tooltip.selected-place")).hasText("Bilohorivka"); // too small for the names
        assertTrue(inside(page.locator(".event-marker.selected"), page.locator("#map")));
        assertThat(page.locator(".leaflet-land-pane path").first()).isAttached(); // the outlines under the names
    }

    @Test
    void theHeaderTheListTheMapTheLegendAndTheTimelineCountTheSameEvents() {
        page.navigate(server.uri() + "?modality=PLANNED");
        assertThat(page.locator(".list-summary[data-count]")).isVisible();
        assertThat(page.locator(".timeline-svg .bar").first()).isAttached();
        assertThat(page.locator("#corpus-stats[data-events]")).isVisible();
        int header = Integer.parseInt(page.locator("#corpus-stats").getAttribute("data-events"));
        assertThat(page.locator(".list-summary")).hasAttribute("data-count", String.valueOf(header));
        assertEquals(header, page.locator(".home-view .event-row").count());
        Locator status = page.locator("#map-status");
        assertEquals(header, Integer.parseInt(status.getAttribute("data-count"))
                + Integer.parseInt(status.getAttribute("data-unplaced")));
        assertEquals(header, sum(page.locator(".map-legend .legend-list li .count")));
        assertEquals(header, sum(page.locator(".timeline-svg .bar"), "data-count"));
        for (Locator row : page.locator(".map-legend li[data-type]").all()) {
            String type = row.getAttribute("data-type");
            assertThat(page.locator("[data-type-count=\"" + type + "\"]")).hasText(row.locator(".count").innerText());
            assertEquals(Integer.parseInt(row.locator(".count").innerText()),
                    sum(page.locator(".timeline-svg .seg[data-type=\"" + type + "\"]"), "data-count"), type);
        }
    }

    @Test
    void atFourHundredPixelsNothingScrollsSidewaysAndTheSearchBoxIsWhole() {
        page.setViewportSize(400, 800);
        home();
        assertEquals(400L, ((Number) page.evaluate("() => document.documentElement.clientWidth")).longValue());
        assertEquals(Boolean.TRUE, page.evaluate("() => document.documentElement.scrollWidth"
                + " <= document.documentElement.clientWidth"), "no horizontal scroll");
        Object wide = page.evaluate("""
                () => [...document.querySelectorAll('body *')]
                  .filter(e => !e.closest('.leaflet-pane, .leaflet-control-container, .skip-link'))
                  .filter(e => { const r = e.getBoundingClientRect(); return r.width > 0 && r.height > 0
                    && getComputedStyle(e).visibility !== 'hidden' && (r.left < -1 || r.right > 401); })
                  .map(e => e.tagName + (e.id ? '#' + e.id : '') + '.' + e.className)""");
        assertEquals(List.of(), wide, "elements reaching past the screen's edges");
        BoundingBox search = page.locator("#search-input").boundingBox();
        assertTrue(search.x >= 0 && search.x + search.width <= 400 && search.width >= 150,
                "the search box is whole: " + search.x + " + " + search.width);
        page.locator("#filters-toggle").click();
        assertThat(page.locator("#filter-country")).isVisible();
        assertEquals(Boolean.TRUE, page.evaluate("() => document.documentElement.scrollWidth"
                + " <= document.documentElement.clientWidth"), "no horizontal scroll with the filters open");
    }

    /** Opens the desk and waits for the map's events and the header's count. */
    private void home() {
        page.navigate(server.uri().toString());
        assertThat(page.locator("#map-status[data-count]")).isVisible();
        assertThat(page.locator("#corpus-stats[data-events]")).isVisible();
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

    /** Posts an article from the open page (same origin, as JSON) about a protest at {@code place}. */
    private void post(String date, String place) {
        Object status = page.evaluate("""
                async ([date, place]) => (await fetch('/api/articles', {method: 'POST', headers: {'Content-Type':
                  'application/json'}, body: JSON.stringify({date, title: 'Rally in ' + place, source: 'Test Wire',
                  text: 'Hundreds of people rallied in ' + place + ' on ' + date + '.'})})).status""",
                List.of(date, place));
        assertEquals(201, ((Number) status).intValue());
    }

    /** The map's zoom, as the address says it. */
    private double mapZoom() {
        String map = URI.create(page.url()).getQuery().replaceAll(".*(^|&)map=([^&#]*).*", "$2");
        String[] parts = URLDecoder.decode(map, StandardCharsets.UTF_8).split(",");
        return Double.parseDouble(parts[2]);
    }

    /** Whether {@code inner}'s centre lies inside {@code outer}'s box. */
    private static boolean inside(Locator inner, Locator outer) {
        BoundingBox a = inner.boundingBox();
        BoundingBox b = outer.boundingBox();
        double x = a.x + a.width / 2;
        double y = a.y + a.height / 2;
        return x >= b.x && x <= b.x + b.width && y >= b.y && y <= b.y + b.height;
    }

    private static int sum(Locator texts) {
        return texts.allInnerTexts().stream().mapToInt(t -> Integer.parseInt(t.trim())).sum();
    }

    private static int sum(Locator elements, String attribute) {
        return elements.all().stream().mapToInt(e -> Integer.parseInt(e.getAttribute(attribute))).sum();
    }

    /**
     * A feed the desk's corpus follows (a watcher in this process, as `dateline serve --watch` runs it): its source
     * shows in the home view, and an item added to the feed appears on the open page as a new event.
     */
    @Test
    void anItemAddedToAWatchedFeedAppearsOnTheOpenDesk() throws Exception {
        HttpServer site = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 10);
        String base = "http://127.0.0.1:" + site.getAddress().getPort();
        AtomicReference<String> items = new AtomicReference<>("");
        site.createContext("/feed.xml", ex -> respond(ex, "application/rss+xml", "<?xml version=\"1.0\"?><rss"
                + " version=\"2.0\"><channel><title>Fixture Wire</title><link>" + base + "/</link><description>d"
                + "</description>" + items.get() + "</channel></rss>"));
        site.createContext("/rally.html", ex -> respond(ex, "text/html", "<html><head><title>Rally in " + FED_PLACE
                + "</title></head><body><article><p>Hundreds of people rallied in " + FED_PLACE + " on Friday,"
                + " organisers said.</p><p>They dispersed peacefully in the evening.</p></article></body></html>"));
        site.start();
        String feed = base + "/feed.xml";
        AtomicBoolean stopped = new AtomicBoolean();
        Watcher watcher = new Watcher(store, new Fetcher(FetchPolicy.defaults().withPerHost(Duration.ZERO)),
                DeskBrowserTest::fakeAnalyzer, 1, new WatchListener() {
                    @Override
                    public void stored(Source source, String item, AnalyzedArticle record) {
                    }

                    @Override
                    public void problem(String line) {
                        System.err.println("watch: " + line);
                    }
                });
        Thread watching = new Thread(() -> {
            try {
                watcher.run(Sources.of(List.of(feed), System.err::println), Duration.ofMillis(300), stopped::get);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        try {
            watching.start();
            home();
            assertThat(page.locator(".source-row[data-address=\"" + feed + "\"]")).isVisible();
            items.set("<item><title>Rally</title><link>" + base + "/rally.html</link><pubDate>Thu, 15 Sep 2022"
                    + " 10:00:00 GMT</pubDate></item>");
            Locator fresh = page.locator(".home-view .event-row.fresh");
            assertThat(fresh).hasCount(1);
            assertThat(fresh).containsText(FED_PLACE);
            assertThat(page.locator(".source-row[data-address=\"" + feed + "\"]")).containsText("1 article");
        } finally {
            stopped.set(true);
            watching.join(10_000);
            watcher.close();
            site.stop(0);
        }
    }

    private static void respond(HttpExchange ex, String type, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        ex.getResponseHeaders().set("Content-Type", type);
        ex.sendResponseHeaders(200, bytes.length);
        try (var out = ex.getResponseBody()) {
            out.write(bytes);
        }
    }

    private static Analyzer fakeAnalyzer() {
        return new Analyzer((text, date) -> new ParsedText(text, date, List.of(), List.of(), List.of(), List.of(),
                List.of(), List.of()), List.of(new ProtestWhereTheTextSays()));
    }

    /** A fake analysis (no CoreNLP): every article reports a peaceful protest at the first known place it names. */
    private static final class ProtestWhereTheTextSays implements Stage {
        @Override
        public Analysis apply(Analysis a) {
            String day = a.article().date().toString();
            String name = POSTED_PLACES.keySet().stream().filter(a.text()::contains).findFirst().orElseThrow();
            double[] point = POSTED_PLACES.get(name);
            int at = a.text().indexOf(name);
            Geo geo = new Geo(null, name, point[0], point[1], "P", "PPLA2", "UA", "Ukraine", "Kharkiv", null, 1, 0.9);
            Event e = new Event("ev1", "Protests", "Peaceful protest", "PEACEFUL_PROTEST", "rallied", null,
                    new EventActor("Protesters (Ukraine)", "people", null, "PROTESTERS", "UA", null), null,
                    new EventPlace(null, name, geo, 1, "TEXT"), new EventDate(day, day, day, 1, false, null, "TEXT"),
                    List.of(), new Assertion(a.article().source(), null, "OUTLET", null), "REPORTED", "ASSERTED",
                    false, null, 0.9, 0, a.text().length(), 0, List.of());
            Place named = new Place("p1", name, name, "city", "EVENT", geo, at, at + name.length(), 0);
            return a.withPlaces(List.of(named)).withEvents(List.of(e));
        }
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
