package org.dateline.feeds;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.dateline.analysis.Analyzer;
import org.dateline.model.AnalyzedArticle;
import org.dateline.model.Article;
import org.dateline.model.text.Messages;
import org.dateline.readers.ArticleSink;
import org.dateline.readers.FetchedPage;
import org.dateline.readers.ReadOptions;
import org.dateline.readers.ReadProblem;
import org.dateline.readers.Readers;
import org.dateline.store.CorpusStore;
import org.dateline.store.ItemRecord;
import org.dateline.store.ItemState;
import org.dateline.store.SourceFetch;
import org.dateline.store.SourceKind;
import org.dateline.store.SourceStatus;
import org.dateline.store.StoreException;

/**
 * Follows sources: each pass visits every source, finds the items it lists that the corpus has not settled (by
 * normalised address, in the store's {@code items}), fetches each page politely ({@link Fetcher}), reads it
 * ({@link FetchedPage}: the item's title and date fill in what the page lacks), analyses it, stores it and merges its
 * events into the merged events at once (incrementally: {@link CorpusStore#refresh()}), so a desk reading the file
 * shows it within the pass. A source's validators (for the next conditional GET) are stored only after all its items
 * are settled, so a crash or kill never loses an item: the next run fetches the source in full again, and what was
 * stored already is skipped (by address, and by content hash for the same story under two addresses). Every failure
 * is one line to the listener and a count in the source's health; nothing stops the loop.
 */
public final class Watcher implements AutoCloseable {
    /** Items of one source handled per visit at most: a huge sitemap is worked through over several passes. */
    static final int ITEMS_PER_VISIT = 500;
    /** Children of a sitemap index read per visit at most. */
    static final int SITEMAPS_PER_VISIT = 50;
    /** Fetches of an item that failed in a way that may pass, before it is given up. */
    static final int MAX_ATTEMPTS = 3;
    /** A file changed more recently than this may still be being written: it waits for the next pass. */
    static final Duration SETTLING = Duration.ofMillis(500);
    private final CorpusStore store;
    private final Fetcher fetcher;
    private final Supplier<Analyzer> analyzers;
    private Analyzer analyzer;
    private final WatchListener listener;
    private final ExecutorService pool;
    private final FetchedPage pages = new FetchedPage();
    private final ListingParser listings = new ListingParser();
    private final Clock clock;

    /**
     * What one pass did.
     *
     * @param sources   sources visited
     * @param failed    sources that could not be read
     * @param newItems  items seen for the first time
     * @param stored    new articles stored
     * @param problems  items that failed
     * @param duration  how long the pass took
     */
    public record Pass(int sources, int failed, int newItems, int stored, int problems, Duration duration) {
    }

    /**
     * @param store     the corpus the articles go to, with the sources' state
     * @param fetcher   fetches feeds, sitemaps and pages
     * @param analyzers makes the analyzer, once, when the first article needs it
     * @param threads   articles analysed at once
     * @param listener  told of what is stored and what fails
     */
    public Watcher(CorpusStore store, Fetcher fetcher, Supplier<Analyzer> analyzers, int threads,
                   WatchListener listener) {
        this.store = Objects.requireNonNull(store, "store");
        this.fetcher = Objects.requireNonNull(fetcher, "fetcher");
        this.analyzers = Objects.requireNonNull(analyzers, "analyzers");
        this.listener = Objects.requireNonNull(listener, "listener");
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, got " + threads);
        }
        this.pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "dateline-watch-analysis");
            t.setDaemon(true);
            return t;
        });
        this.clock = Clock.systemUTC();
    }

    /** Visits the sources over and over, a pass every {@code every} (from the start of one to the next) until stopped. */
    public void run(List<Source> sources, Duration every, BooleanSupplier stopped) throws InterruptedException {
        while (!stopped.getAsBoolean()) {
            long start = System.nanoTime();
            pass(sources);
            long left = every.toNanos() - (System.nanoTime() - start);
            while (left > 0 && !stopped.getAsBoolean()) {
                long step = Math.min(left, Duration.ofMillis(200).toNanos());
                Thread.sleep(step / 1_000_000, (int) (step % 1_000_000));
                left -= step;
            }
        }
    }

    /** One pass over the sources. */
    public Pass pass(List<Source> sources) {
        long start = System.nanoTime();
        Map<String, SourceStatus> known = new LinkedHashMap<>();
        store.sources().forEach(s -> known.put(s.address(), s));
        int failed = 0;
        int newItems = 0;
        int stored = 0;
        int problems = 0;
        for (Source source : sources) {
            Visit v;
            try {
                v = source.isFolder() ? visitFolder(source) : visitRemote(source, known.get(source.address()));
            } catch (RuntimeException e) {
                // the store refused a write (a full disk, a lock held too long): the next pass tries again
                v = new Visit();
                v.error = Messages.brief(e);
                listener.problem(source.address() + ": the visit failed (" + v.error + ")");
            }
            failed += v.error == null ? 0 : 1;
            newItems += v.newItems;
            stored += v.stored.get();
            problems += v.problems.get();
        }
        Pass pass = new Pass(sources.size(), failed, newItems, stored, problems,
                Duration.ofNanos(System.nanoTime() - start));
        listener.passed(pass);
        return pass;
    }

    /** The counts of one visit to a source. */
    private static final class Visit {
        String error;
        int newItems;
        final AtomicInteger stored = new AtomicInteger();
        final AtomicInteger problems = new AtomicInteger();
        /** Whether some item is left for a later visit. */
        final AtomicBoolean unsettled = new AtomicBoolean();
    }

    private Visit visitRemote(Source source, SourceStatus status) {
        Instant at = clock.instant();
        Visit visit = new Visit();
        URI address = URI.create(source.address());
        Fetch.Validators validators = status == null ? Fetch.Validators.NONE
                : new Fetch.Validators(status.etag(), status.lastModified());
        Fetch fetch = fetcher.get(address, validators, Watcher::listingType);
        if (fetch.outcome() == Fetch.Outcome.NOT_MODIFIED) {
            store.recordFetch(new SourceFetch(source.address(), status.kind(), at, null, null, null, 0, 0, 0));
            return visit;
        }
        if (fetch.outcome() == Fetch.Outcome.FAILED) {
            return failedVisit(source, status == null ? null : status.kind(), at, fetch.problem(), visit);
        }
        Listing listing;
        try {
            listing = listings.parse(fetch.body(), fetch.contentType(), fetch.address());
        } catch (ListingParser.NotAListing e) {
            return failedVisit(source, null, at, e.getMessage(), visit);
        }
        List<Listing.Item> items = new ArrayList<>(listing.items());
        for (String child : listing.sitemaps().stream().limit(SITEMAPS_PER_VISIT).toList()) {
            items.addAll(childItems(source, child, visit));
        }
        ReadOptions options = ReadOptions.defaults().withSource(listing.title() != null ? listing.title()
                : address.getHost());
        List<Future<?>> analyses = new ArrayList<>();
        for (Pending p : pending(source, items.stream().map(i -> new Candidate(Addresses.normalized(i.address()),
                i)).toList(), visit)) {
            URI pageAddress;
            try {
                pageAddress = new URI(p.item().address());
            } catch (URISyntaxException e) {
                itemFailed(source, p, "not a valid address (" + e.getReason() + ")", false, visit);
                continue;
            }
            Fetch page = fetcher.get(pageAddress, Fetch.Validators.NONE, Watcher::pageType);
            if (page.outcome() != Fetch.Outcome.OK) {
                String problem = page.outcome() == Fetch.Outcome.NOT_MODIFIED ? "not modified, with no copy stored"
                        : page.problem();
                itemFailed(source, p, problem, page.retryable(), visit);
                continue;
            }
            FetchedPage.Result read = pages.read(page.body(), page.charset(), page.address().toString(),
                    p.item().title(), p.item().date(), options);
            if (read.problem() != null) {
                itemFailed(source, p, read.problem(), false, visit);
                continue;
            }
            analyses.add(pool.submit(() -> analyseAndStore(source, p, List.of(read.article()), visit)));
        }
        await(analyses);
        // items left for later (a retry, or more than a visit takes) need the whole listing next time, not a 304
        boolean settled = !visit.unsettled.get();
        store.recordFetch(new SourceFetch(source.address(), listing.kind(), at, null,
                settled ? fetch.validators().etag() : "", settled ? fetch.validators().lastModified() : "",
                visit.newItems, visit.stored.get(), visit.problems.get()));
        return visit;
    }

    private List<Listing.Item> childItems(Source source, String child, Visit visit) {
        URI uri;
        try {
            uri = new URI(child);
        } catch (URISyntaxException e) {
            problem(source, child, "bad sitemap address", visit);
            return List.of();
        }
        Fetch fetch = fetcher.get(uri, Fetch.Validators.NONE, Watcher::listingType);
        if (fetch.outcome() != Fetch.Outcome.OK) {
            problem(source, child, fetch.outcome() == Fetch.Outcome.FAILED ? fetch.problem() : "not modified",
                    visit);
            return List.of();
        }
        try {
            return listings.parse(fetch.body(), fetch.contentType(), fetch.address()).items();
        } catch (ListingParser.NotAListing e) {
            problem(source, child, e.getMessage(), visit);
            return List.of();
        }
    }

    private Visit failedVisit(Source source, SourceKind kind, Instant at, String problem, Visit visit) {
        visit.error = problem;
        listener.problem(source.address() + ": " + problem);
        store.recordFetch(new SourceFetch(source.address(), kind, at, problem, null, null, 0, 0, 0));
        return visit;
    }

    private void problem(Source source, String item, String problem, Visit visit) {
        visit.problems.incrementAndGet();
        listener.problem(source.address() + ": " + item + ": " + problem);
    }

    /** An item a source lists, under its normalised address. */
    private record Candidate(String address, Listing.Item item) {
    }

    /** An item to fetch: its normalised address, what the source says of it, and how often it was tried before. */
    private record Pending(String address, Listing.Item item, int attempts) {
    }

    /** The items not settled yet, each once, at most {@link #ITEMS_PER_VISIT}; counts the ones never seen. */
    private List<Pending> pending(Source source, List<Candidate> candidates, Visit visit) {
        Map<String, Candidate> unique = new LinkedHashMap<>();
        candidates.forEach(c -> unique.putIfAbsent(c.address(), c));
        Map<String, ItemRecord> known = store.items(unique.keySet());
        List<Pending> pending = new ArrayList<>();
        for (Candidate c : unique.values()) {
            ItemRecord k = known.get(c.address());
            if (k == null) {
                visit.newItems++;
            } else if (k.state().settled()) {
                continue;
            }
            if (pending.size() < ITEMS_PER_VISIT) {
                pending.add(new Pending(c.address(), c.item(), k == null ? 0 : k.attempts()));
            } else {
                visit.unsettled.set(true);
            }
        }
        return pending;
    }

    private void itemFailed(Source source, Pending p, String problem, boolean retryable, Visit visit) {
        int attempts = p.attempts() + 1;
        boolean again = retryable && attempts < MAX_ATTEMPTS;
        if (again) {
            visit.unsettled.set(true);
        }
        store.recordItem(new ItemRecord(p.address(), source.address(), again ? ItemState.RETRY : ItemState.FAILED,
                null, attempts, problem));
        problem(source, p.item().address(), problem + (again ? " (tried " + attempts + " of " + MAX_ATTEMPTS
                + " times)" : ""), visit);
    }

    /**
     * Analyses the item's articles, stores them, merges their events and settles the item; the listener hears of the
     * stored articles once the item is settled. A kill between the two leaves the item unsettled: the next run
     * fetches it again and finds its text stored (a duplicate), so nothing is lost or stored twice.
     */
    private void analyseAndStore(Source source, Pending p, List<Article> articles, Visit visit) {
        String articleId = null;
        List<AnalyzedArticle> stored = new ArrayList<>();
        try {
            for (Article article : articles) {
                articleId = article.id();
                if (store.contains(article.id())) {
                    continue;
                }
                AnalyzedArticle record;
                try {
                    record = analyzer().analyze(article);
                } catch (RuntimeException | StackOverflowError e) {
                    itemFailed(source, p, "analysis failed (" + Messages.brief(e) + ")", false, visit);
                    return;
                }
                if (store.put(List.of(record)) > 0) {
                    store.refresh();
                    stored.add(record);
                }
            }
        } catch (StoreException e) {
            itemFailed(source, p, "cannot store it (" + Messages.brief(e) + ")", true, visit);
            return;
        }
        store.recordItem(new ItemRecord(p.address(), source.address(), stored.isEmpty() ? ItemState.DUPLICATE
                : ItemState.STORED, articleId, p.attempts() + 1, null));
        visit.stored.addAndGet(stored.size());
        stored.forEach(record -> listener.stored(source, p.item().address(), record));
    }

    /** The analyzer, made on first use (its models load for tens of seconds). */
    private synchronized Analyzer analyzer() {
        if (analyzer == null) {
            analyzer = analyzers.get();
        }
        return analyzer;
    }

    private static void await(List<Future<?>> analyses) {
        for (Future<?> f : analyses) {
            try {
                f.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (ExecutionException e) {
                // analyseAndStore reports its own failures; a store failure surfaces on the next write
            }
        }
    }

    /** A folder: its files that have a reader and have settled, each an item by its address, size and time. */
    private Visit visitFolder(Source source) {
        Instant at = clock.instant();
        Visit visit = new Visit();
        List<Candidate> files = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(source.folder())) {
            for (Path file : walk.filter(Files::isRegularFile).sorted(Comparator.naturalOrder()).toList()) {
                String name = file.getFileName().toString();
                if (name.startsWith(".") || !Readers.hasReader(name)) {
                    continue;
                }
                try {
                    var modified = Files.getLastModifiedTime(file).toInstant();
                    if (Duration.between(modified, at).compareTo(SETTLING) < 0) {
                        continue;
                    }
                    String address = file.toUri() + "#" + Files.size(file) + "-" + modified.toEpochMilli();
                    files.add(new Candidate(address, new Listing.Item(file.toUri().toString(), null, null)));
                } catch (IOException e) {
                    problem(source, file.toString(), "cannot read (" + Messages.brief(e) + ")", visit);
                }
            }
        } catch (IOException | RuntimeException e) {
            return failedVisit(source, SourceKind.FOLDER, at, "cannot list the folder (" + Messages.brief(e) + ")",
                    visit);
        }
        List<Future<?>> analyses = new ArrayList<>();
        for (Pending p : pending(source, files, visit)) {
            Path file = Path.of(URI.create(p.item().address()));
            List<Article> articles = new ArrayList<>();
            List<String> problems = new ArrayList<>();
            Readers.read(file, ReadOptions.defaults(), new ArticleSink() {
                @Override
                public void article(Article article) {
                    articles.add(article);
                }

                @Override
                public void problem(ReadProblem problem) {
                    problems.add(problem.toString());
                }
            });
            problems.forEach(line -> {
                visit.problems.incrementAndGet();
                listener.problem(source.address() + ": " + line);
            });
            if (articles.isEmpty()) {
                store.recordItem(new ItemRecord(p.address(), source.address(), ItemState.FAILED, null,
                        p.attempts() + 1, problems.isEmpty() ? "no article" : problems.get(0)));
                continue;
            }
            analyses.add(pool.submit(() -> analyseAndStore(source, p, articles, visit)));
        }
        await(analyses);
        store.recordFetch(new SourceFetch(source.address(), SourceKind.FOLDER, at, null, null, null, visit.newItems,
                visit.stored.get(), visit.problems.get()));
        return visit;
    }

    /** Media types a feed or sitemap may be served as (servers label them loosely; the root element decides). */
    static boolean listingType(String mediaType) {
        return mediaType.isEmpty() || mediaType.contains("xml") || mediaType.contains("rss")
                || mediaType.contains("atom") || mediaType.startsWith("text/")
                || mediaType.equals("application/octet-stream");
    }

    /** Media types a page may be served as. */
    static boolean pageType(String mediaType) {
        String m = mediaType.toLowerCase(Locale.ROOT);
        return m.equals("text/html") || m.equals("application/xhtml+xml") || m.isEmpty();
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }
}
