package org.dateline.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.dateline.geo.Gazetteer;
import org.dateline.geo.GazetteerBuild;
import org.dateline.model.AnalyzedArticle;
import org.dateline.model.Article;
import org.dateline.model.Dateline;
import org.dateline.model.Event;
import org.dateline.model.Place;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Places resolve through the whole analysis with a gazetteer imported from GeoNames dump files (written here in the
 * dump's format): rivers, which only the full dump holds, a transliterated name, a town near another, the dateline.
 */
class PlaceResolutionTest {
    @TempDir
    static Path dir;
    static Gazetteer gazetteer;
    static Analyzer analyzer;

    private static String row(long id, String name, String alternates, double lat, double lon, String fclass,
                              String fcode, String admin1, long population) {
        return String.join("\t", String.valueOf(id), name, name, alternates, String.valueOf(lat), String.valueOf(lon),
                fclass, fcode, "UA", "", admin1, "", "", "", String.valueOf(population), "", "0", "", "2024-01-01");
    }

    @BeforeAll
    static void importDump() throws IOException {
        Path ua = Files.write(dir.resolve("UA.txt"), List.of(
                row(100, "Oskil", "Oskol", 49.0, 37.5, "H", "STM", "00", 0),
                row(101, "Oskil", "", 49.3, 37.6, "P", "PPL", "07", 400),
                row(102, "Siverskyy Donets", "", 48.9, 38.7, "H", "STM", "00", 0),
                row(103, "Kupyansk", "Kupiansk", 49.71, 37.61, "P", "PPLA2", "07", 27000),
                row(104, "Kharkiv", "Kharkov", 49.98, 36.25, "P", "PPLA", "07", 1400000),
                row(105, "Kharkivska Oblast", "Kharkiv,Kharkiv Oblast", 49.5, 36.5, "A", "ADM1", "07", 2700000),
                row(106, "Kupyansk", "", 46.0, 33.0, "P", "PPL", "11", 30000)));
        Path admin1 = Files.write(dir.resolve("admin1CodesASCII.txt"), List.of("UA.07\tKharkiv\tKharkiv\t105",
                "UA.11\tCrimea\tCrimea\t703883"));
        Path info = Files.write(dir.resolve("countryInfo.txt"), List.of("#ISO\tISO3",
                "UA\tUKR\t804\tUP\tUkraine\tKyiv\t603700\t44622516\tEU\t.ua\tUAH\tHryvnia\t380\t\t\tuk\t690791\t\t"));
        GazetteerBuild.run(dir.resolve("g.db"), null, List.of(ua, admin1, info), System.err);
        gazetteer = Gazetteer.open(dir.resolve("g.db"));
        analyzer = TestPipeline.withGazetteer(gazetteer);
    }

    @AfterAll
    static void close() {
        gazetteer.close();
    }

    private static Place place(AnalyzedArticle a, String name) {
        return a.places().stream().filter(p -> p.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError(name + " not among " + a.places()));
    }

    @Test
    void riversTownsAndTransliterationsResolve() {
        String text = "KUPIANSK, Ukraine - Ukrainian troops crossed the Oskil River in the Kharkiv region, officials "
                + "said. Shelling continued near Kupiansk. The Oskil River flows into the Siversky Donets.";
        Article article = Article.of(LocalDate.of(2022, 9, 20), new Dateline("KUPIANSK, Ukraine", "Kupiansk", 0, 17),
                null, null, null, text);
        AnalyzedArticle a = analyzer.analyze(article);
        Place river = place(a, "Oskil River");
        assertEquals(100L, river.geo().geonameId(), "a river, not the village of the same name");
        assertEquals(3, river.geo().geoPrecision());
        assertEquals(102L, place(a, "Siversky Donets").geo().geonameId(), "Siversky = Siverskyy");
        Place near = a.places().stream().filter(p -> p.name().equals("Kupiansk") && p.role().equals("LOCATION"))
                .findFirst().orElseThrow();
        assertEquals(103L, near.geo().geonameId(), "the Kupiansk in Kharkiv region, beside the dateline");
        assertEquals(2, near.geo().geoPrecision(), "near a town");
        assertEquals("Kharkiv", near.geo().admin1());
        assertEquals("Ukraine", near.geo().countryName());
        Place region = a.places().stream().filter(p -> p.text().equals("Kharkiv region")).findFirst().orElseThrow();
        assertEquals("ADM1", region.geo().featureCode());
        assertTrue(region.geo().confidence() > 0.5 && region.geo().confidence() <= 1, "" + region.geo().confidence());
    }

    @Test
    void areasNamedTogetherAfterOfOrBeforeAPluralKindWordAreRegions() {
        AnalyzedArticle a = TestPipeline.analyze("2024-08-15", "The governor of the central region of Cherkasy said "
                + "debris fell, while the governors of the Kyiv, Poltava and Kirovohrad regions reported no hits. "
                + "Al Shabab said nothing.");
        for (String name : List.of("Cherkasy", "Poltava", "Kirovohrad")) {
            assertEquals("region", place(a, name).kind(), name);
        }
        assertTrue(a.places().stream().noneMatch(p -> p.name().equals("Al")), "an article is no place: "
                + a.places());
    }

    @Test
    void aTownsNameAloneIsTheTownThoughTheTextNamesItsRegion() {
        Article article = Article.of(LocalDate.of(2024, 5, 26), null, null, null, null,
                "Russian troops shelled the Kharkiv region on Sunday. In Kharkiv, a missile hit a shopping centre.");
        AnalyzedArticle a = analyzer.analyze(article);
        Place region = a.places().stream().filter(p -> p.text().equals("Kharkiv region")).findFirst().orElseThrow();
        Place city = a.places().stream().filter(p -> p.text().equals("Kharkiv")).findFirst().orElseThrow();
        assertEquals(105L, region.geo().geonameId());
        assertEquals(104L, city.geo().geonameId(), "the city, not the oblast: " + city);
        assertTrue(city.geo().match() != null && !city.geo().context().isEmpty(), "why is kept: " + city.geo());
    }

    @Test
    void withoutAGazetteerPlacesStayUnresolved() {
        AnalyzedArticle a = TestPipeline.analyze("2022-09-20", "Troops crossed the Oskil River.");
        assertNull(place(a, "Oskil River").geo());
    }

    @Test
    void aTownNamedWhereTheIncidentWasToldAgainIsItsPlaceRatherThanTheRegion() {
        AnalyzedArticle a = analyzer.analyze(Article.of(LocalDate.parse("2024-05-10"), null, null, null, null,
                "Russian forces shelled a hospital in the Kharkiv region on Monday, killing two people, the governor "
                + "said.\n\nThe governor said the shelling killed two guards at the hospital in Vovchansk, which is in "
                + "the town of Kupiansk."));
        List<Event> events = a.events().stream().filter(e -> !e.background()).toList();
        assertEquals(1, events.size(), events::toString);
        assertEquals("Kupyansk", events.get(0).place().name(), () -> a.events() + " " + a.places());
    }
}
