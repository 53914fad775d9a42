package org.dateline.eval;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.dateline.model.parse.Dependency;
import org.dateline.model.parse.NamedMention;
import org.dateline.model.parse.ParsedText;
import org.dateline.model.parse.QuoteSpan;
import org.dateline.model.parse.Sentence;
import org.dateline.model.parse.TextParser;
import org.dateline.model.parse.Timex;
import org.dateline.model.parse.Token;

/**
 * A parser that keeps each parse in a folder, so that evaluating the stages again over the same texts skips the
 * parse (which is nearly all of the time). Keyed by the text, the date and a name of the parser's settings; an entry
 * that cannot be read is parsed again. For development: nothing in the product reads the folder.
 */
public final class ParseCache implements TextParser {
    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private record Stored(String text, LocalDate date, List<Token> tokens, List<Sentence> sentences,
                          List<Dependency> dependencies, List<NamedMention> mentions, List<Timex> timexes,
                          List<QuoteSpan> quotes) {
    }

    private final Supplier<TextParser> parser;
    private volatile TextParser loaded;
    private final Path dir;
    private final String settings;

    /**
     * @param parser   makes the parser on the first text not in the folder (models load only when needed)
     * @param settings a name of everything besides the text and the date that the parse depends on (the models)
     */
    public ParseCache(Supplier<TextParser> parser, Path dir, String settings) {
        this.parser = Objects.requireNonNull(parser, "parser");
        this.dir = Objects.requireNonNull(dir, "dir");
        this.settings = Objects.requireNonNull(settings, "settings");
    }

    @Override
    public ParsedText parse(String text, LocalDate documentDate) {
        Path file = dir.resolve(key(text, documentDate) + ".json.gz");
        if (Files.isRegularFile(file)) {
            try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
                Stored s = JSON.readValue(in, Stored.class);
                if (s.text().equals(text) && s.date().equals(documentDate)) {
                    return new ParsedText(s.text(), s.date(), s.tokens(), s.sentences(), s.dependencies(),
                            s.mentions(), s.timexes(), s.quotes());
                }
            } catch (IOException | RuntimeException e) {
                // parsed again below
            }
        }
        ParsedText p = parser().parse(text, documentDate);
        try {
            Files.createDirectories(dir);
            Path tmp = Files.createTempFile(dir, "parse", ".tmp");
            try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(tmp))) {
                JSON.writeValue(out, new Stored(p.text(), p.documentDate(), p.tokens(), p.sentences(),
                        p.dependencies(), p.mentions(), p.timexes(), p.quotes()));
            }
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the parse cache in " + dir, e);
        }
        return p;
    }

    private TextParser parser() {
        TextParser p = loaded;
        if (p == null) {
            synchronized (this) {
                if (loaded == null) {
                    loaded = Objects.requireNonNull(parser.get(), "parser");
                }
                p = loaded;
            }
        }
        return p;
    }

    private String key(String text, LocalDate date) {
        try {
            MessageDigest d = MessageDigest.getInstance("SHA-256");
            d.update((settings + "\n" + date + "\n").getBytes(StandardCharsets.UTF_8));
            d.update(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d.digest(), 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
