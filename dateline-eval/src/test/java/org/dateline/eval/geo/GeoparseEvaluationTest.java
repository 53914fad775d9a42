package org.dateline.eval.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.dateline.eval.Report;
import org.dateline.model.Distance;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GeoparseEvaluationTest {

    /** Where the fake geoparser puts each name of the LGL fixture: Paris, France instead of Paris, Texas. */
    private static final Map<String, double[]> PLACES = Map.of(
            "Paris", new double[] {48.85341, 2.3488},
            "Texas", new double[] {31.25044, -99.25061});

    /** Resolves the spans it is given by name; never sees the gold answers. */
    private static final Geoparser BY_NAME = (doc, spans) -> {
        assertEquals(List.of(), doc.toponyms());
        return spans.stream().map(span -> {
            assertNull(span.lat());
            assertNull(span.type());
            assertNull(span.geonameId());
            double[] place = PLACES.get(span.phrase());
            return new PredictedToponym(span.start(), span.end(), span.phrase(), place[0], place[1]);
        }).toList();
    };

    @Test
    void goldToponymModeGivesSpansOnlyAndScoresTheirResolution(@TempDir Path dir) throws IOException {
        Path lgl = GeoFixtures.write(dir, "lgl.xml", GeoFixtures.LGL);

        Report report = GeoparseEvaluation.run(lgl, BY_NAME, true, 0, 2, null);

        assertEquals(2, report.value("documents"));
        assertEquals(3, report.value("gold-toponyms"));
        assertEquals(1.0, report.value("recognition-f1"));
        assertEquals(2, report.value("resolved"));
        assertEquals(0.5, report.value("acc161"));
        double parisKm = Distance.km(33.66094, -95.55551, 48.85341, 2.3488);
        assertEquals(parisKm / 2, report.value("median-km"), 1e-9);
        assertEquals(List.of(), report.details());
    }

    @Test
    void endToEndGivesNoSpansAndTheSameFiguresOnAnyNumberOfThreads(@TempDir Path dir) throws IOException {
        Path lgl = GeoFixtures.write(dir, "lgl.xml", GeoFixtures.LGL);
        Geoparser findsParis = (doc, spans) -> {
            assertNull(spans);
            int at = doc.text().indexOf("Paris");
            return at < 0 ? List.of() : List.of(new PredictedToponym(at, at + 5, "Paris", 33.66, -95.56));
        };

        Report one = GeoparseEvaluation.run(lgl, findsParis, false, 0, 1, null);
        Report four = GeoparseEvaluation.run(lgl, findsParis, false, 0, 4, null);

        assertEquals(one, four);
        assertEquals(1.0, one.value("recognition-precision"));
        assertEquals(1.0 / 3, one.value("recognition-recall"), 1e-12);
        assertEquals(1.0, one.value("acc10"));
        assertEquals(1, one.value("resolved"));
    }

    @Test
    void geoWebNewsScoresOnlyToponymTypesAndSaysWhatWasLeftOut(@TempDir Path dir) throws IOException {
        Path gwn = GeoFixtures.write(dir, "GWN.xml", GeoFixtures.GWN);
        Geoparser echo = (doc, spans) -> spans.stream()
                .map(s -> new PredictedToponym(s.start(), s.end(), s.phrase(), null, null)).toList();

        Report report = GeoparseEvaluation.run(gwn, echo, true, 0, 1, null);

        assertEquals(3, report.value("gold-toponyms")); // Kenyan (Demonym), Nairobi, Kenya; not the expression
        assertEquals(2, report.value("resolved"));       // the demonym has no coordinates
        assertEquals(2, report.value("unresolved"));
        assertEquals(0.0, report.value("acc161"));
        assertEquals(List.of("1 gold annotations with offsets outside the article text left out"), report.details());
    }

    @Test
    void writesEveryResolutionErrorAsTsvAndHonoursTheLimit(@TempDir Path dir) throws IOException {
        Path lgl = GeoFixtures.write(dir, "lgl.xml", GeoFixtures.LGL);
        Path errors = dir.resolve("errors.tsv");

        Report report = GeoparseEvaluation.run(lgl, BY_NAME, true, 1, 1, errors);

        assertEquals(1, report.value("documents"));
        assertEquals(List.of("limited to the first 1 of 2 documents"), report.details());
        List<String> lines = Files.readAllLines(errors, StandardCharsets.UTF_8);
        assertEquals(List.of(
                "doc\tstart\tend\tphrase\tgold_lat\tgold_lon\tpredicted_name\tpredicted_lat\tpredicted_lon\tkm"
                        + "\tcause\tline",
                "101\t0\t5\tParis\t33.66094\t-95.55551\tParis\t48.85341\t2.3488\t" + String.format(
                        java.util.Locale.ROOT, "%.3f", Distance.km(33.66094, -95.55551, 48.85341, 2.3488)) + "\tfar\t",
                "101\t8\t13\tTexas\t31.25044\t-99.25061\tTexas\t31.25044\t-99.25061\t0.000\tright\t"), lines);
    }

    @Test
    void aGazetteerTellsTheCausesOfTheErrorsApart(@TempDir Path dir) throws IOException {
        GeoCorpus lgl = GeoCorpusReader.read(GeoFixtures.write(dir, "lgl.xml", GeoFixtures.LGL));
        Path errors = dir.resolve("errors.tsv");
        // the Paris of Texas is in the "gazetteer", so the French one was a wrong choice; Texas has no entry at all
        ResolutionCause.EntryFinder finder = phrase -> phrase.equals("Paris")
                ? List.of(new double[] {48.85341, 2.3488}, new double[] {33.66094, -95.55551}) : List.of();
        Geoparser unresolvedTexas = (doc, spans) -> spans.stream().map(t -> t.phrase().equals("Texas")
                ? new PredictedToponym(t.start(), t.end(), t.phrase(), null, null)
                : new PredictedToponym(t.start(), t.end(), t.phrase(), 48.85341, 2.3488)).toList();

        Report report = GeoparseEvaluation.run(lgl, unresolvedTexas, true, 0, 1, errors, finder);

        assertEquals(1, report.value("cause-ranking"));
        assertEquals(1, report.value("cause-no-entry"));
        assertEquals(0, report.value("cause-right"));
        List<String> lines = Files.readAllLines(errors, StandardCharsets.UTF_8);
        assertTrue(lines.get(1).endsWith("\tranking\t"), lines.get(1));
        assertTrue(lines.get(2).endsWith("\tno-entry\t"), lines.get(2));
    }

    @Test
    void aFailingOrMisbehavingGeoparserIsNamedWithItsDocument(@TempDir Path dir) throws IOException {
        Path lgl = GeoFixtures.write(dir, "lgl.xml", GeoFixtures.LGL);

        var failed = assertThrows(IllegalStateException.class, () -> GeoparseEvaluation.run(lgl,
                (doc, spans) -> { throw new UnsupportedOperationException("not yet"); }, false, 0, 2, null));
        assertTrue(failed.getMessage().startsWith("the geoparser failed on document 10"), failed.getMessage());

        var beyond = assertThrows(IllegalStateException.class, () -> GeoparseEvaluation.run(lgl,
                (doc, spans) -> List.of(new PredictedToponym(0, 500, "Atlantis", null, null)), false, 0, 1, null));
        assertTrue(beyond.getMessage().contains("after the end of document 101"), beyond.getMessage());

        assertThrows(IllegalStateException.class, () -> GeoparseEvaluation.run(lgl, (doc, spans) -> null,
                false, 0, 1, null));
        assertThrows(IllegalArgumentException.class, () -> GeoparseEvaluation.run(lgl, BY_NAME, true, -1, 1, null));
    }
}
