package org.dateline.readers;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Optional;
import org.dateline.model.text.Messages;

/**
 * Opens files the way every reader needs: a missing, unreadable, empty or over-long file, binary data and invalid
 * UTF-8 each become one {@link ReadProblem} for the whole file.
 */
final class FileContent {

    /** How many leading bytes are searched for NUL bytes to tell binary files from text. */
    static final int SNIFF_BYTES = 8192;
    private static final long MAX_ARRAY_BYTES = Integer.MAX_VALUE - 16;

    private FileContent() {
    }

    /** The most bytes a text of {@code maxChars} characters can take in UTF-8. */
    static long bytesFor(int maxChars) {
        return 4L * maxChars;
    }

    /**
     * Checks that {@code file} is a readable, non-empty regular file of at most {@code maxBytes} bytes, reporting
     * the problem otherwise.
     */
    static boolean check(Path file, long maxBytes, int maxChars, ArticleSink sink) {
        String problem = problemOf(file, maxBytes, maxChars);
        if (problem != null) {
            sink.problem(ReadProblem.of(file, problem));
            return false;
        }
        return true;
    }

    /**
     * The whole file's bytes, after {@link #check}; empty after reporting a problem. Files that do not fit one Java
     * array are too long whatever the limit.
     */
    static Optional<byte[]> readBytes(Path file, long maxBytes, int maxChars, ArticleSink sink) {
        long limit = Math.min(maxBytes, MAX_ARRAY_BYTES);
        if (!check(file, limit, maxChars, sink)) {
            return Optional.empty();
        }
        try {
            byte[] bytes = Files.readAllBytes(file);
            if (bytes.length > limit) {
                sink.problem(ReadProblem.of(file, tooLong(bytes.length, maxChars)));
                return Optional.empty();
            }
            return Optional.of(bytes);
        } catch (IOException e) {
            sink.problem(ReadProblem.of(file, cannotRead(e)));
            return Optional.empty();
        }
    }

    /**
     * The whole file as strict UTF-8 text without a byte order mark; binary data and invalid UTF-8 are reported
     * with the offset of the first bad byte.
     */
    static Optional<String> readText(Path file, int maxChars, ArticleSink sink) {
        return readBytes(file, bytesFor(maxChars), maxChars, sink).flatMap(bytes -> decode(file, bytes, sink));
    }

    /** Decodes strict UTF-8, reporting binary data, UTF-16 and invalid bytes. */
    static Optional<String> decode(Path file, byte[] bytes, ArticleSink sink) {
        String problem = binaryProblem(bytes, bytes.length);
        if (problem == null) {
            int invalid = Utf8.firstInvalidByte(bytes, 0, bytes.length);
            problem = invalid < 0 ? null : "invalid UTF-8 at byte offset " + invalid + " (save the file as UTF-8)";
        }
        if (problem != null) {
            sink.problem(ReadProblem.of(file, problem));
            return Optional.empty();
        }
        return Optional.of(withoutByteOrderMark(new String(bytes, StandardCharsets.UTF_8)));
    }

    /**
     * Looks at the first {@value #SNIFF_BYTES} bytes for binary data, reporting it; true when the file looks like
     * text. Unreadable files are reported too.
     */
    static boolean looksLikeText(Path file, ArticleSink sink) {
        byte[] head = new byte[SNIFF_BYTES];
        int length;
        try (InputStream in = Files.newInputStream(file)) {
            length = in.readNBytes(head, 0, head.length);
        } catch (IOException e) {
            sink.problem(ReadProblem.of(file, cannotRead(e)));
            return false;
        }
        String problem = binaryProblem(head, length);
        if (problem != null) {
            sink.problem(ReadProblem.of(file, problem));
            return false;
        }
        return true;
    }

    /** Why a file that starts with these bytes is not text, or null. */
    static String binaryProblem(byte[] bytes, int length) {
        if (length >= 2 && ((bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF)
                || (bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE))) {
            return "UTF-16 text (byte order mark): save the file as UTF-8";
        }
        int nul = Utf8.firstNul(bytes, 0, length);
        return nul < 0 ? null : "binary data, not text (NUL byte at byte offset " + nul + ")";
    }

    /** The problem message for an I/O failure while opening or reading a file. */
    static String cannotRead(IOException e) {
        if (e instanceof NoSuchFileException) {
            return "cannot read: no such file";
        }
        if (e instanceof AccessDeniedException) {
            return "cannot read: permission denied";
        }
        if (e instanceof FileSystemException f && f.getReason() != null) {
            return "cannot read: " + Messages.oneLine(f.getReason().toLowerCase(java.util.Locale.ROOT));
        }
        return "cannot read: " + Messages.brief(e);
    }

    /** The problem message for a document of {@code length} bytes over the limit. */
    static String tooLong(long bytes, int maxChars) {
        return "too long: " + bytes + " bytes, more than the limit of " + maxChars
                + " characters allows (ReadOptions.maxChars)";
    }

    static String withoutByteOrderMark(String text) {
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    private static String problemOf(Path file, long maxBytes, int maxChars) {
        if (Files.isDirectory(file)) {
            return "cannot read: a folder, not a file";
        }
        try {
            // the attributes, not Files.exists: a file in a folder this user cannot enter, or a loop of links, is
            // no "no such file"
            long size = Files.readAttributes(file, BasicFileAttributes.class).size();
            if (!Files.isReadable(file)) {
                return "cannot read: permission denied";
            }
            if (size == 0) {
                return "empty file";
            }
            return size > maxBytes ? tooLong(size, maxChars) : null;
        } catch (IOException e) {
            return cannotRead(e);
        }
    }
}
