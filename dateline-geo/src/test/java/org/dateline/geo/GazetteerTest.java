package org.dateline.geo;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Builds an index from small GeoNames-format files written here and reads it back. */
class GazetteerTest {
    @TempDir
    Path dir;

    private static String row(long id, String name, String alternates, double lat, double lon, String fclass,
                              String fcode, String admin1, long population) {
        return GeoNamesRows.row(id, name, alternates, lat, lon, fclass, fcode, "UA", admin1, population);
    }

    private Path write(String name, String... lines) throws IOException {
        return Files.writeString(dir.resolve(name), String.join("\n", lines) + "\n");
    }

    private List<Path> dump() throws IOException {
        return List.of(
                write("UA.txt",
                        row(1, "Izyum", "Izium,Изюм", 49.21, 37.26, "P", "PPLA2", "07", 45000),
                        row(2, "Bilohorivka", "", 48.925, 38.248, "P", "PPL", "14", 900),
                        row(3, "Bilohorivka", "", 47.3, 34.1, "P", "PPL", "08", 1200),
                        row(4, "Oskil", "Oskol", 49.1, 37.4, "H", "STM", "00", 0),
                        row(5, "Siverskyy Donets", "", 48.9, 38.6, "H", "STM", "00", 0),
                        row(6, "Kharkiv", "", 49.98, 36.25, "P", "PPLA", "07", 1400000)),
                write("admin1CodesASCII.txt", "UA.07\tKharkiv\tKharkiv\t706482", "UA.14\tLuhansk\tLuhansk\t702657"),
                write("countryInfo.txt", "#ISO\tISO3\tISO-Numeric\tfips\tCountry",
                        "UA\tUKR\t804\tUP\tUkraine\tKyiv\t603700\t44622516\tEU\t.ua\tUAH\tHryvnia\t380\t#####\t^(\\d{5})$\t"
                                + "uk,ru-UA\t690791\tPL,MD,HU,SK,BY,RO,RU\t"),
                write("alternateNamesV2.txt", "10\t6\ten\tKharkov\t\t\t\t1\t\t", "11\t6\tlink\thttps://x\t\t\t\t\t\t",
                        "12\t99\ten\tNowhere\t\t\t\t\t\t"));
    }

    private Path build(List<Path> files) throws IOException {
        Path index = dir.resolve("g.db");
        try (GazetteerBuilder b = GazetteerBuilder.create(index)) {
            for (Path f : files) {
                GeoNamesDump.read(f, b);
            }
            b.commit();
        }
        return index;
    }

    @ParameterizedTest(name = "names in memory: {0}")
    @ValueSource(booleans = {true, false})
    void namesAlternateNamesAndTransliterationsFindTheirPlaces(boolean inMemory) throws IOException {
        try (Gazetteer g = Gazetteer.open(build(dump()), inMemory ? Long.MAX_VALUE : 0)) {
            assertEquals(List.of(1L), ids(g.candidates("Izium")));
            assertTrue(g.candidates("Izium").get(0).exact(), "an alternate name is an exact match");
            assertEquals(List.of(6L), ids(g.candidates("Kharkov")));
            assertEquals(List.of(5L), ids(g.candidates("Seversky Donets")));
            assertFalse(g.candidates("Seversky Donets").get(0).exact(), "a transliteration is a loose match");
            assertEquals(List.of(3L, 2L), ids(g.candidates("Bilohorivka")), "most populous first");
            assertEquals(List.of(), g.candidates("Nowhere"), "alternate names of places no source gave are dropped");
            assertEquals(List.of(), g.candidates("https://x"));
            GeoRecord b = g.candidates("Bilohorivka").get(1).place();
            assertEquals(new Gazetteer.Areas("Ukraine", "Luhansk", null), g.areas(b));
        }
    }

    private static List<Long> ids(List<Candidate> cs) {
        return cs.stream().map(c -> c.place().id()).toList();
    }

    @Test
    void aTruncatedDumpNamesFileAndLineAndLeavesThePreviousIndex() throws IOException {
        Path index = build(dump());
        byte[] before = Files.readAllBytes(index);
        Path bad = write("cities500.txt", row(7, "Kupiansk", "", 49.7, 37.6, "P", "PPLA2", "07", 27000),
                "8\tLyman\tLyman\t\t48.9");
        GazetteerFormatException e = assertThrows(GazetteerFormatException.class, () -> build(List.of(bad)));
        assertTrue(e.getMessage().contains("cities500.txt line 2"), e.getMessage());
        assertArrayEquals(before, Files.readAllBytes(index), "a failed build must not touch the index");
        try (Stream<Path> files = Files.list(dir)) {
            assertTrue(files.noneMatch(f -> f.toString().endsWith(".building")), "no temporary file is left");
        }
    }

    @Test
    void theIndexGetsThePermissionsOfAnyNewFileOfTheUserNotThoseOfAPrivateTemporaryFile() throws IOException {
        Path index = build(dump());
        Path ordinary = Files.createFile(dir.resolve("ordinary.txt"));
        assertEquals(Files.getPosixFilePermissions(ordinary), Files.getPosixFilePermissions(index),
                "the umask decides, as for any file the user creates");
    }

    @Test
    void aFileThatIsNotAGazetteerIsRefusedAndLeftAsItWas() throws IOException {
        Path other = write("notes.db", "just some text");
        byte[] before = Files.readAllBytes(other);
        IOException e = assertThrows(IOException.class, () -> Gazetteer.open(other));
        assertTrue(e.getMessage().contains("not a Dateline gazetteer"), e.getMessage());
        assertArrayEquals(before, Files.readAllBytes(other));
        assertThrows(IOException.class, () -> Gazetteer.open(dir.resolve("missing.db")));
    }

    @Test
    void dumpFilesAreReadFromTheZipsGeoNamesPublishes() throws IOException {
        Path txt = dump().get(0);
        Path zip = dir.resolve("UA.zip");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
            out.putNextEntry(new ZipEntry("readme.txt"));
            out.write("not this one".getBytes(StandardCharsets.UTF_8));
            out.putNextEntry(new ZipEntry("UA.txt"));
            out.write(Files.readAllBytes(txt));
        }
        try (Gazetteer g = Gazetteer.open(build(List.of(zip)))) {
            assertEquals(List.of(6L), ids(g.candidates("Kharkiv")));
        }
    }

    @Test
    void aCorruptZipOrAMissingFileIsNamedAndNothingIsBuilt() throws IOException {
        Path zip = Files.write(dir.resolve("cities500.zip"), new byte[] {'P', 'K', 3, 4, 1, 2, 3});
        IOException e = assertThrows(IOException.class, () -> build(List.of(zip)));
        assertTrue(e.getMessage().contains("cities500.zip"), e.getMessage());
        IOException missing = assertThrows(IOException.class, () -> GazetteerBuild.run(dir.resolve("x.db"), null,
                List.of(dir.resolve("allCountries.txt")), System.err));
        assertTrue(missing.getMessage().contains("allCountries.txt"), missing.getMessage());
        assertFalse(Files.exists(dir.resolve("x.db")));
    }

    @Test
    void unknownDumpFileNamesAreRefused() throws IOException {
        Path f = write("places.csv", "a,b");
        GazetteerFormatException e = assertThrows(GazetteerFormatException.class, () -> GeoNamesDump.read(f, null));
        assertTrue(e.getMessage().contains("places.csv"), e.getMessage());
    }
}
