package org.dateline.eval.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.dateline.eval.Report;
import org.junit.jupiter.api.Test;

/**
 * Checks the reader and the scorer on the geoparsing sets in {@code ../shared/data/geoparse} beside the project root.
 * A plain clone has no such folder: then these tests are skipped and say what they need.
 */
class GeoSharedDataTest {

    /** The module runs its tests in its own folder; ../shared from the project root is ../../shared from here. */
    private static final Path GEOPARSE = Path.of("../../shared/data/geoparse").toAbsolutePath().normalize();
    private static final Path LGL = GEOPARSE.resolve("lgl.xml");
    private static final Path GWN = GEOPARSE.resolve("GWN.xml");

    @Test
    void lglHas588ArticlesAnd5088ToponymsOf4462WithCoordinates() throws IOException {
        GeoCorpus corpus = read(LGL);

        assertEquals(GeoFormat.LGL, corpus.format());
        assertEquals(588, corpus.documents().size());
        assertEquals(5088, corpus.documents().stream().mapToLong(d -> d.toponyms().size()).sum());
        assertEquals(4462, corpus.documents().stream().flatMap(d -> d.toponyms().stream())
                .filter(GoldToponym::hasCoordinates).count());
        assertEquals(0, corpus.outsideText());
        assertEquals(588, corpus.documents().stream().filter(d -> d.date() != null).count());
    }

    @Test
    void geoWebNewsHas200ArticlesAnd2718ToponymsInTheText() throws IOException {
        GeoCorpus corpus = read(GWN);

        assertEquals(GeoFormat.GEOWEBNEWS, corpus.format());
        assertEquals(200, corpus.documents().size());
        // 6,612 annotations, 5 of them in the title line (negative offsets); of the 2,720 toponyms, 2 are there
        assertEquals(5, corpus.outsideText());
        assertEquals(6607, corpus.documents().stream().mapToLong(d -> d.toponyms().size()).sum());
        assertEquals(2718, corpus.documents().stream().flatMap(d -> d.toponyms().stream())
                .filter(GeoFormat.GEOWEBNEWS::counts).count());
        assertEquals(2599, corpus.documents().stream().flatMap(d -> d.toponyms().stream())
                .filter(GeoFormat.GEOWEBNEWS::counts).filter(GoldToponym::hasCoordinates).count());
    }

    @Test
    void goldSpansWithoutCoordinatesAreRecognisedButNeverResolved() throws IOException {
        for (Path file : new Path[] {LGL, GWN}) {
            Report report = GeoparseEvaluation.run(read(file), (doc, spans) -> spans.stream()
                    .map(s -> new PredictedToponym(s.start(), s.end(), s.phrase(), null, null)).toList(),
                    true, 0, 4, null);
            assertEquals(1.0, report.value("recognition-f1"), file.toString());
            assertEquals(report.value("resolved"), report.value("unresolved"), file.toString());
            assertEquals(0.0, report.value("acc161"), file.toString());
            assertEquals(20039, report.value("median-km"), file.toString());
        }
    }

    @Test
    void goldCoordinatesResolveEverything() throws IOException {
        for (Path file : new Path[] {LGL, GWN}) {
            GeoCorpus corpus = read(file);
            Map<String, GeoDocument> byId = corpus.documents().stream()
                    .collect(Collectors.toMap(GeoDocument::id, Function.identity()));
            Geoparser oracle = (doc, spans) -> byId.get(doc.id()).toponyms().stream()
                    .filter(corpus.format()::counts)
                    .map(g -> new PredictedToponym(g.start(), g.end(), g.phrase(), g.lat(), g.lon())).toList();

            Report report = GeoparseEvaluation.run(corpus, oracle, false, 0, 4, null);

            assertEquals(1.0, report.value("recognition-f1"), file.toString());
            assertEquals(1.0, report.value("acc161"), file.toString());
            assertEquals(0.0, report.value("auc"), file.toString());
        }
    }

    private static GeoCorpus read(Path file) throws IOException {
        assumeTrue(Files.isRegularFile(file), "needs ../shared/data/geoparse/" + file.getFileName()
                + " (not found at " + file + ")");
        return GeoCorpusReader.read(file);
    }
}
