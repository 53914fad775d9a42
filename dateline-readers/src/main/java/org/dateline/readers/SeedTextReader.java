package org.dateline.readers;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dateline.model.text.Messages;

/**
 * Reads a dated text file: the first line starts {@code date YYYY-MM-DD } and the article text follows, on the same
 * line or the next ({@code "date 2022-09-20 IZIUM, Ukraine - Ukraine said ..."}). The text after the date is kept
 * unchanged; the dateline at its start becomes the article's {@link org.dateline.model.Dateline}.
 */
public final class SeedTextReader implements ArticleReader {

    private static final Pattern DATE_LINE = Pattern.compile("\\A\\s*date[ \\t]+(\\S+)(?:[ \\t]+|\\R|\\z)");
    private static final Pattern LOOKS_DATED = Pattern.compile("\\A\\s*date[ \\t]+\\d{4}-\\d{2}-\\d{2}(?:\\s|\\z)");

    private final DatelineParser datelines;

    /** A reader that recognises English datelines. */
    public SeedTextReader() {
        this(DatelineParser.english());
    }

    /** A reader that recognises datelines with {@code datelines}. */
    public SeedTextReader(DatelineParser datelines) {
        this.datelines = Objects.requireNonNull(datelines, "datelines");
    }

    /** Whether a file that begins with {@code head} is in this format: it starts with {@code date YYYY-MM-DD}. */
    public static boolean startsWithDate(String head) {
        return LOOKS_DATED.matcher(FileContent.withoutByteOrderMark(head)).lookingAt();
    }

    @Override
    public void read(Path file, ReadOptions options, ArticleSink sink) {
        Optional<String> content = FileContent.readText(file, options.maxChars(), sink);
        if (content.isEmpty()) {
            return;
        }
        Matcher header = DATE_LINE.matcher(content.get());
        if (!header.lookingAt()) {
            sink.problem(new ReadProblem(file, "line 1", "expected \"date YYYY-MM-DD\" at the start of the file"));
            return;
        }
        LocalDate date;
        try {
            date = LocalDate.parse(header.group(1));
        } catch (DateTimeParseException e) {
            sink.problem(new ReadProblem(file, "line 1", "bad date " + Messages.quote(header.group(1))
                    + " (expected date YYYY-MM-DD)"));
            return;
        }
        String text = content.get().substring(header.end());
        ArticleAssembler.assemble(file, null,
                new Draft(text, date, datelines.find(text).orElse(null), null, null, null), options, sink);
    }
}
