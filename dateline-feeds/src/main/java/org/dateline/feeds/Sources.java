package org.dateline.feeds;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;
import org.dateline.model.text.Messages;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/**
 * Turns what a user names into {@link Source}s: an http(s) address (a feed or a sitemap), a folder, or a file listing
 * sources, one per line ({@code #} starts a comment) or as OPML (each outline's {@code xmlUrl}, read with jsoup's XML
 * parser). Each address is taken once.
 */
public final class Sources {
    private Sources() {
    }

    /** The sources the arguments name; each argument that names none is reported to {@code problems}, one line. */
    public static List<Source> of(List<String> arguments, Consumer<String> problems) {
        Set<Source> sources = new LinkedHashSet<>();
        for (String argument : arguments) {
            add(argument.strip(), sources, problems, true);
        }
        return List.copyOf(sources);
    }

    private static void add(String argument, Set<Source> sources, Consumer<String> problems, boolean listsAllowed) {
        if (argument.isEmpty()) {
            return;
        }
        if (isWebAddress(argument)) {
            sources.add(Source.remote(argument));
            return;
        }
        Path path;
        try {
            path = Path.of(argument);
        } catch (RuntimeException e) {
            problems.accept(argument + ": neither an http(s) address nor a file name");
            return;
        }
        if (Files.isDirectory(path)) {
            sources.add(Source.of(path));
        } else if (Files.isRegularFile(path) && listsAllowed) {
            for (String entry : listed(path, problems)) {
                add(entry, sources, problems, false);
            }
        } else if (Files.exists(path)) {
            problems.accept(argument + ": a source list cannot name another list (give its sources instead)");
        } else {
            problems.accept(argument + ": no such file or folder, and not an http(s) address");
        }
    }

    static boolean isWebAddress(String s) {
        String lower = s.toLowerCase(Locale.ROOT);
        if (!lower.startsWith("http://") && !lower.startsWith("https://")) {
            return false;
        }
        try {
            return URI.create(s).getHost() != null;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** The entries of a source list: the OPML outlines' feed addresses, or the lines without comments. */
    private static List<String> listed(Path file, Consumer<String> problems) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException | RuntimeException e) {
            problems.accept(file + ": cannot read the source list (" + Messages.brief(e) + ")");
            return List.of();
        }
        List<String> entries = new ArrayList<>();
        if (text.stripLeading().startsWith("<")) {
            Document opml = Jsoup.parse(text, "", Parser.xmlParser());
            if (opml.selectFirst("opml") == null) {
                problems.accept(file + ": an XML source list must be OPML (<opml> with <outline xmlUrl=...>)");
                return List.of();
            }
            for (Element outline : opml.select("outline[xmlUrl]")) {
                entries.add(outline.attr("xmlUrl").strip());
            }
            return entries;
        }
        String[] lines = text.split("\\R");
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            int hash = line.indexOf('#');
            String entry = (hash >= 0 ? line.substring(0, hash) : line).strip();
            if (!entry.isEmpty() && !isWebAddress(entry) && !Files.isDirectory(Path.of(entry))) {
                problems.accept(file + " line " + (i + 1) + ": " + entry
                        + " is neither an http(s) address nor a folder");
                continue;
            }
            entries.add(entry);
        }
        return entries;
    }
}
