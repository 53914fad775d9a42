package org.dateline.readers;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.dateline.model.Dateline;
import org.dateline.model.text.Messages;

/**
 * Reads a Reuters-21578 SGML file ({@code reut2-000.sgm}): every {@code <REUTERS>} document is one article or one
 * problem, never neither.
 *
 * <p>The article text is the BODY without the "Reuter" sign-off, opened by the DATELINE as printed when it is one
 * ({@code "NEW YORK, Feb 26 - Showers continued ..."}), so that the {@link Dateline} (place "New York") points into
 * the text. The title is TITLE, the date is DATE, the source "Reuters", and there is no url. A document of TYPE
 * "UNPROC" has its text directly in TEXT, without BODY; that text is the article. A document with no BODY and only
 * a title (TYPE "BRIEF") is a problem naming its NEWID. Character references are decoded; the files are ASCII but
 * for a stray byte, so bytes that are not UTF-8 are read as ISO-8859-1.
 */
public final class ReutersSgmlReader implements ArticleReader {

    /** The source of every article. */
    public static final String SOURCE = "Reuters";

    private static final long MAX_FILE_BYTES = 1L << 30;
    private static final Pattern OPEN = Pattern.compile("<REUTERS\\b([^>]*)>");
    private static final String CLOSE = "</REUTERS>";
    private static final Pattern DATE = ReutersSgml.element("DATE");
    private static final Pattern TEXT = ReutersSgml.element("TEXT");
    private static final Pattern TITLE = ReutersSgml.element("TITLE");
    private static final Pattern DATELINE = ReutersSgml.element("DATELINE");
    private static final Pattern BODY = ReutersSgml.element("BODY");

    private final DatelineParser datelines;

    /** A reader that recognises English datelines. */
    public ReutersSgmlReader() {
        this(DatelineParser.english());
    }

    /** A reader that recognises datelines with {@code datelines}. */
    public ReutersSgmlReader(DatelineParser datelines) {
        this.datelines = Objects.requireNonNull(datelines, "datelines");
    }

    @Override
    public void read(Path file, ReadOptions options, ArticleSink sink) {
        Optional<byte[]> bytes = FileContent.readBytes(file, MAX_FILE_BYTES, options.maxChars(), sink);
        if (bytes.isEmpty()) {
            return;
        }
        String binary = FileContent.binaryProblem(bytes.get(), bytes.get().length);
        if (binary != null) {
            sink.problem(ReadProblem.of(file, binary));
            return;
        }
        boolean utf8 = Utf8.firstInvalidByte(bytes.get(), 0, bytes.get().length) < 0;
        String sgml = new String(bytes.get(), utf8 ? StandardCharsets.UTF_8 : StandardCharsets.ISO_8859_1);
        Matcher open = OPEN.matcher(sgml);
        if (!open.find()) {
            sink.problem(ReadProblem.of(file, "no <REUTERS> document: not a Reuters-21578 SGML file"));
            return;
        }
        int record = 0;
        boolean more = true;
        while (more) {
            int start = open.end();
            String attributes = open.group(1);
            more = open.find();
            String document = sgml.substring(start, more ? open.start() : sgml.length());
            readDocument(file, ++record, attributes, document, options, sink);
        }
    }

    private void readDocument(Path file, int record, String attributes, String rest, ReadOptions options,
                              ArticleSink sink) {
        String newId = ReutersSgml.attribute(attributes, "NEWID");
        String location = newId != null ? "NEWID " + newId : "record " + record;
        int close = rest.indexOf(CLOSE);
        if (close < 0) {
            sink.problem(new ReadProblem(file, location, "no " + CLOSE + ": the document is cut off"));
            return;
        }
        String document = rest.substring(0, close);
        String problem = problemOf(document);
        if (problem != null) {
            sink.problem(new ReadProblem(file, location, problem));
            return;
        }
        String text = ReutersSgml.content(TEXT, document);
        String title = title(text);
        String body = ReutersSgml.content(BODY, text);
        if (body == null && !"UNPROC".equalsIgnoreCase(textType(document))) {
            sink.problem(new ReadProblem(file, location, title == null ? "no BODY and no TITLE"
                    : "no BODY, only a title: " + Messages.quote(title)));
            return;
        }
        String articleText = ReutersSgml.withoutSignOff(ReutersSgml.text(body != null ? body : text)).stripLeading();
        LocalDate date = ReutersSgml.date(ReutersSgml.content(DATE, document));
        ArticleAssembler.assemble(file, location, draft(articleText, ReutersSgml.content(DATELINE, text), date, title),
                options, sink);
    }

    /**
     * The article opened by its dateline as printed, when the DATELINE element holds one ("NEW YORK, Feb 26 - "),
     * so that the dateline's offsets point into the text; else the body alone.
     */
    private Draft draft(String body, String datelineElement, LocalDate date, String title) {
        if (datelineElement != null && !body.isEmpty()) {
            String printed = ReutersSgml.text(datelineElement).strip();
            String opened = printed + " " + body;
            Optional<Dateline> dateline = datelines.findMarked(opened, printed.length());
            if (dateline.isPresent()) {
                return new Draft(opened, date, dateline.get(), title, SOURCE, null);
            }
        }
        return new Draft(body, date, null, title, SOURCE, null);
    }

    /** Why the document cannot be an article whatever its TEXT holds, or null. */
    private static String problemOf(String document) {
        String date = ReutersSgml.content(DATE, document);
        if (date == null) {
            return "no DATE";
        }
        if (ReutersSgml.date(date) == null) {
            return "bad DATE " + Messages.quote(ReutersSgml.text(date));
        }
        return ReutersSgml.content(TEXT, document) == null ? "no TEXT" : null;
    }

    private static String title(String text) {
        String title = ReutersSgml.content(TITLE, text);
        if (title == null) {
            return null;
        }
        String clean = ReutersSgml.text(title).replaceAll("\\s+", " ").strip();
        return clean.isEmpty() ? null : clean;
    }

    private static String textType(String document) {
        Matcher text = TEXT.matcher(document);
        return text.find() && text.group(1) != null ? ReutersSgml.attribute(text.group(1), "TYPE") : null;
    }
}
