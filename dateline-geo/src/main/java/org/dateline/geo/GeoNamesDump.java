package org.dateline.geo;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Reads the files of the GeoNames dump (download.geonames.org/export/dump, CC BY 4.0) into a {@link GazetteerSink}:
 * the {@code geoname} table (allCountries, cities500/1000/5000/15000 and the country extracts such as UA.txt),
 * alternateNamesV2 (or the older alternateNames), admin1CodesASCII, admin2Codes and countryInfo. A file may be
 * given as the text file or as the .zip GeoNames publishes. The kind of file is told by its name.
 */
public final class GeoNamesDump {
    /** The files this reader understands. */
    public enum Kind { GEONAME, ALTERNATE_NAMES, ADMIN1, ADMIN2, COUNTRY_INFO }

    /** Pseudo-languages of alternateNames that are not names: links, codes, postal codes. */
    private static final Set<String> NOT_NAMES = Set.of("link", "wkdt", "post", "iata", "icao", "faac", "fr_1793",
            "unlc", "tcid", "phon", "piny");

    private GeoNamesDump() {
    }

    /** The kind of a dump file by its name, or throws naming the file. */
    public static Kind kindOf(Path file) throws GazetteerFormatException {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT).replaceAll("\\.(txt|zip)$", "");
        if (name.startsWith("alternatenames")) {
            return Kind.ALTERNATE_NAMES;
        }
        if (name.startsWith("admin1codes")) {
            return Kind.ADMIN1;
        }
        if (name.startsWith("admin2codes")) {
            return Kind.ADMIN2;
        }
        if (name.startsWith("countryinfo")) {
            return Kind.COUNTRY_INFO;
        }
        if (name.equals("allcountries") || name.startsWith("cities") || name.matches("[a-z]{2}")) {
            return Kind.GEONAME;
        }
        throw new GazetteerFormatException(file, 0, "not a GeoNames dump file name (expected allCountries, "
                + "citiesN, a country code such as UA, alternateNamesV2, admin1CodesASCII, admin2Codes or countryInfo)");
    }

    /** Reads one dump file of the kind its name tells. */
    public static void read(Path file, GazetteerSink sink) throws IOException {
        Kind kind = kindOf(file);
        try (BufferedReader in = open(file)) {
            String line;
            long lineNo = 0;
            while ((line = in.readLine()) != null) {
                lineNo++;
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                try {
                    readLine(kind, line.split("\t", -1), sink);
                } catch (RuntimeException e) {
                    throw new GazetteerFormatException(file, lineNo, e.getMessage());
                }
            }
            if (lineNo == 0) {
                throw new GazetteerFormatException(file, 0, "the file is empty");
            }
        } catch (java.io.EOFException | java.util.zip.ZipException e) {
            throw new GazetteerFormatException(file, 0, "truncated or corrupt: " + e.getMessage());
        }
    }

    private static void readLine(Kind kind, String[] c, GazetteerSink sink) throws IOException {
        switch (kind) {
            case GEONAME -> {
                need(c, 19, "the geoname table has 19 tab-separated columns");
                long id = Long.parseLong(c[0]);
                sink.place(new GeoRecord(id, c[1], c[2], coordinate(c[4], 90), coordinate(c[5], 180), c[6], c[7], c[8],
                        c[10], c[11], c[14].isEmpty() ? 0 : Long.parseLong(c[14])));
                if (!c[3].isEmpty()) {
                    for (String alt : c[3].split(",")) {
                        sink.alternateName(id, alt, "");
                    }
                }
            }
            case ALTERNATE_NAMES -> {
                need(c, 4, "alternateNames has at least 4 tab-separated columns");
                if (!NOT_NAMES.contains(c[2])) {
                    sink.alternateName(Long.parseLong(c[1]), c[3], c[2]);
                }
            }
            case ADMIN1, ADMIN2 -> {
                need(c, 4, "admin codes have 4 tab-separated columns: code, name, ASCII name, geonameid");
                if (!c[0].contains(".")) {
                    throw new IllegalArgumentException("admin code '" + c[0] + "' lacks the country prefix");
                }
                sink.adminName(c[0], c[1]);
            }
            case COUNTRY_INFO -> {
                need(c, 17, "countryInfo has 19 tab-separated columns");
                if (!c[0].matches("[A-Z]{2}")) {
                    throw new IllegalArgumentException("'" + c[0] + "' is not an ISO 3166-1 alpha-2 code");
                }
                sink.adminName(c[0], c[4]);
            }
            default -> throw new IllegalStateException(kind.toString());
        }
    }

    private static void need(String[] columns, int n, String what) {
        if (columns.length < n) {
            throw new IllegalArgumentException(what + ", found " + columns.length
                    + " (a truncated line, or not this kind of file)");
        }
    }

    private static double coordinate(String s, double bound) {
        double v = Double.parseDouble(s);
        if (Double.isNaN(v) || Math.abs(v) > bound) {
            throw new IllegalArgumentException("coordinate " + s + " is out of range");
        }
        return v;
    }

    private static BufferedReader open(Path file) throws IOException {
        InputStream in = Files.newInputStream(file);
        if (file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".zip")) {
            ZipInputStream zip = new ZipInputStream(in, StandardCharsets.UTF_8);
            String want = file.getFileName().toString().replaceAll("(?i)\\.zip$", ".txt");
            ZipEntry e;
            while ((e = zip.getNextEntry()) != null) {
                if (e.getName().equalsIgnoreCase(want)) {
                    return new BufferedReader(new InputStreamReader(zip, StandardCharsets.UTF_8), 1 << 16);
                }
            }
            zip.close();
            throw new GazetteerFormatException(file, 0, "the archive holds no " + want);
        }
        return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16);
    }
}
