package org.dateline.readers;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * The front door: picks the reader for a file and expands command-line arguments into files.
 *
 * <pre>{@code
 * for (Path file : Readers.expand(List.of("data/", "news/*.jsonl"))) {
 *     Readers.read(file, ReadOptions.defaults(), sink);
 * }
 * }</pre>
 */
public final class Readers {

    /** The file name endings that have a reader, in the order users are told them. */
    private static final List<String> ENDINGS = List.of(".txt", ".jsonl", ".ndjson", ".html", ".htm", ".warc",
            ".warc.gz", ".sgm");
    /** The endings, as a user reads them: ".txt, .jsonl, ... or .sgm". */
    static final String EXTENSIONS = String.join(", ", ENDINGS.subList(0, ENDINGS.size() - 1)) + " or "
            + ENDINGS.get(ENDINGS.size() - 1);

    private static final int SNIFF_BYTES = 256;
    private static final ArticleReader SEED_TEXT = new SeedTextReader();
    private static final ArticleReader PLAIN_TEXT = new PlainTextReader();
    private static final ArticleReader JSONL = new JsonlReader();
    private static final ArticleReader HTML = new HtmlReader();
    private static final ArticleReader WARC = new WarcReader();
    private static final ArticleReader REUTERS_SGML = new ReutersSgmlReader();
    private static final ArticleReader UNKNOWN = new UnknownFormatReader();

    private Readers() {
    }

    /**
     * The reader for a file, by its name: {@code .jsonl}/{@code .ndjson}, {@code .html}/{@code .htm},
     * {@code .warc}/{@code .warc.gz}, {@code .sgm}; a {@code .txt} file whose first line starts with
     * {@code date YYYY-MM-DD} is a {@link SeedTextReader seed text}, any other {@code .txt} file plain text. A file
     * of any other name gets a reader that reports "unknown format". Readers are stateless and may be shared.
     */
    public static ArticleReader forFile(Path file) {
        return switch (ending(file)) {
            case ".txt" -> startsWithDate(file) ? SEED_TEXT : PLAIN_TEXT;
            case ".jsonl", ".ndjson" -> JSONL;
            case ".html", ".htm" -> HTML;
            case ".warc", ".warc.gz" -> WARC;
            case ".sgm" -> REUTERS_SGML;
            default -> UNKNOWN;
        };
    }

    /** Whether a file of this name has a reader (its name ends in one of the known endings, in any case). */
    public static boolean hasReader(String fileName) {
        return !ending(fileName).isEmpty();
    }

    /** Reads {@code file} with {@link #forFile its reader}. */
    public static void read(Path file, ReadOptions options, ArticleSink sink) {
        forFile(file).read(file, options, sink);
    }

    /**
     * Turns command-line arguments into a sorted list of files without duplicates. A folder stands for every file
     * under it (recursively, hidden ones left out) whose name has a reader; an argument with a wildcard
     * ({@code *}, {@code ?}, {@code [} or a brace) is a glob ({@code news/**}{@code /*.jsonl}); any other argument is kept as a file, whether or not it exists, so that
     * reading it reports what is wrong. A glob that matches nothing is kept as it is for the same reason.
     *
     * @throws UncheckedIOException when a folder cannot be listed
     */
    public static List<Path> expand(List<String> args) {
        TreeSet<Path> files = new TreeSet<>();
        for (String arg : args) {
            if (isGlob(arg)) {
                List<Path> matched = glob(arg);
                files.addAll(matched.isEmpty() ? List.of(Path.of(arg)) : matched);
            } else if (Files.isDirectory(Path.of(arg))) {
                files.addAll(folder(Path.of(arg)));
            } else {
                files.add(Path.of(arg));
            }
        }
        return List.copyOf(files);
    }

    /** The known ending of the file's name, in lower case, or "" when it has none. */
    private static String ending(Path file) {
        return file.getFileName() == null ? "" : ending(file.getFileName().toString());
    }

    private static String ending(String fileName) {
        String name = fileName.toLowerCase(Locale.ROOT);
        return ENDINGS.stream().filter(name::endsWith).findFirst().orElse("");
    }

    private static boolean startsWithDate(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] head = in.readNBytes(SNIFF_BYTES);
            return SeedTextReader.startsWithDate(new String(head, StandardCharsets.UTF_8));
        } catch (IOException e) {
            return false;
        }
    }

    private static boolean isGlob(String arg) {
        return arg.chars().anyMatch(c -> c == '*' || c == '?' || c == '[' || c == '{');
    }

    private static List<Path> folder(Path root) {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(path -> !hidden(root, path) && Files.isRegularFile(path) && !ending(path).isEmpty()).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the folder " + root, e);
        }
    }

    private static boolean hidden(Path root, Path path) {
        for (Path part : root.relativize(path)) {
            if (part.toString().startsWith(".")) {
                return true;
            }
        }
        return false;
    }

    /** Files matching a glob, searched from the longest leading part of the pattern without wildcards. */
    private static List<Path> glob(String pattern) {
        String[] parts = pattern.split("/", -1);
        int fixed = 0;
        while (fixed < parts.length - 1 && !isGlob(parts[fixed])) {
            fixed++;
        }
        String start = String.join("/", Arrays.copyOfRange(parts, 0, fixed));
        Path base = Path.of(start.isEmpty() && pattern.startsWith("/") ? "/" : start);
        if (!Files.isDirectory(start.isEmpty() && !pattern.startsWith("/") ? Path.of(".") : base)) {
            return List.of();
        }
        int depth = pattern.contains("**") ? Integer.MAX_VALUE : parts.length - fixed;
        PathMatcher matcher = FileSystems.getDefault().getPathMatcher("glob:" + pattern);
        try (Stream<Path> walk = Files.walk(base, depth)) {
            return walk.filter(path -> matcher.matches(path) && Files.isRegularFile(path)).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot search " + base + " for " + pattern, e);
        }
    }
}
