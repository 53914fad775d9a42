package org.dateline.readers;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.LinkOption;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.function.Predicate;

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
     * Turns command-line arguments into a sorted list of files without duplicates, as {@link #expand(List, Consumer)}
     * does, failing on the first entry that cannot be listed.
     *
     * @throws UncheckedIOException when a folder (or anything under it) cannot be listed
     */
    public static List<Path> expand(List<String> args) {
        List<ReadProblem> problems = new ArrayList<>();
        List<Path> files = expand(args, problems::add);
        if (!problems.isEmpty()) {
            throw new UncheckedIOException(new IOException(problems.get(0).toString()));
        }
        return files;
    }

    /**
     * Turns command-line arguments into a sorted list of files without duplicates. A folder stands for every file
     * under it (recursively, hidden ones left out) whose name has a reader; an argument with a wildcard
     * ({@code *}, {@code ?}, {@code [} or a brace) is a glob ({@code news/**}{@code /*.jsonl}); any other argument is
     * kept as a file, whether or not it exists, so that reading it reports what is wrong. A glob that matches nothing
     * is kept as it is for the same reason. A folder under the walk that cannot be listed (permission denied), and a
     * link under it that leads nowhere, goes to {@code problems} and the walk goes on with the rest.
     */
    public static List<Path> expand(List<String> args, Consumer<ReadProblem> problems) {
        TreeSet<Path> files = new TreeSet<>();
        for (String arg : args) {
            if (isGlob(arg)) {
                List<Path> matched = glob(arg, problems);
                files.addAll(matched.isEmpty() ? List.of(Path.of(arg)) : matched);
            } else if (Files.isDirectory(Path.of(arg))) {
                files.addAll(walk(Path.of(arg), Integer.MAX_VALUE, true, path -> !hidden(Path.of(arg), path)
                        && !ending(path).isEmpty(), problems));
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

    /**
     * The files under {@code root} (at most {@code depth} levels down) that {@code wanted} takes, never following a
     * link to a folder; what cannot be listed is reported and left out, and the walk goes on.
     */
    private static List<Path> walk(Path root, int depth, boolean skipHidden, Predicate<Path> wanted,
                                   Consumer<ReadProblem> problems) {
        List<Path> found = new ArrayList<>();
        try {
            Files.walkFileTree(root, EnumSet.noneOf(FileVisitOption.class), depth, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                    return !skipHidden || dir.equals(root) || !hidden(root, dir) ? FileVisitResult.CONTINUE
                            : FileVisitResult.SKIP_SUBTREE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    if (!wanted.test(file)) {
                        return FileVisitResult.CONTINUE;
                    }
                    if (attrs.isRegularFile() || Files.isRegularFile(file)) {
                        found.add(file);
                    } else if (attrs.isSymbolicLink() && !Files.exists(file)) {
                        problems.accept(ReadProblem.of(file, "skipped: a link to nothing (or a loop of links)"));
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    if (!skipHidden || !hidden(root, file)) {
                        problems.accept(ReadProblem.of(file, "skipped: " + FileContent.cannotRead(e)
                                + (Files.isDirectory(file, LinkOption.NOFOLLOW_LINKS) ? " (a folder)" : "")));
                    }
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            problems.accept(ReadProblem.of(root, "skipped: " + FileContent.cannotRead(e)));
        }
        return found;
    }

    private static boolean hidden(Path root, Path path) {
        if (!path.startsWith(root)) {
            return false;
        }
        for (Path part : root.relativize(path)) {
            if (part.toString().startsWith(".")) {
                return true;
            }
        }
        return false;
    }

    /** Files matching a glob, searched from the longest leading part of the pattern without wildcards. */
    private static List<Path> glob(String pattern, Consumer<ReadProblem> problems) {
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
        return walk(base, depth, false, matcher::matches, problems);
    }
}
