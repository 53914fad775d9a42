package org.dateline.readers;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.Optional;

/**
 * Splits a byte stream into lines without decoding it, so that each line can be checked on its own and a bad byte
 * can be reported with its offset in the file. Lines end at '\n'; a '\r' before it is dropped. A line longer than
 * the limit is skipped and returned as {@link Line#tooLong() too long}, without its bytes.
 */
final class ByteLines {

    /**
     * One line.
     *
     * @param number  1-based line number
     * @param offset  offset of the line's first byte in the file
     * @param bytes   the line without its end; empty when too long
     * @param length  the length of the line in bytes
     * @param tooLong whether the line was longer than the limit
     */
    record Line(int number, long offset, byte[] bytes, long length, boolean tooLong) {
    }

    private final InputStream in;
    private final long maxLineBytes;
    private final byte[] chunk = new byte[65536];
    private final ByteArrayOutputStream line = new ByteArrayOutputStream();
    private int position;
    private int limit;
    private int number;
    private long offset;

    ByteLines(InputStream in, long maxLineBytes) {
        this.in = in;
        this.maxLineBytes = Math.min(maxLineBytes, Integer.MAX_VALUE - 16);
    }

    /** The next line, or empty at the end of the stream. */
    Optional<Line> next() throws IOException {
        line.reset();
        long start = offset;
        long length = 0;
        boolean ended = false;
        boolean any = false;
        while (!ended) {
            if (position == limit && !fill()) {
                break;
            }
            any = true;
            int end = position;
            while (end < limit && chunk[end] != '\n') {
                end++;
            }
            int count = end - position;
            if (length + count <= maxLineBytes) {
                line.write(chunk, position, count);
            }
            length += count;
            ended = end < limit;
            position = ended ? end + 1 : end;
        }
        if (!any) {
            return Optional.empty();
        }
        offset = start + length + (ended ? 1 : 0);
        number++;
        if (length > maxLineBytes) {
            return Optional.of(new Line(number, start, new byte[0], length, true));
        }
        byte[] bytes = line.toByteArray();
        if (bytes.length > 0 && bytes[bytes.length - 1] == '\r') {
            bytes = Arrays.copyOf(bytes, bytes.length - 1);
        }
        return Optional.of(new Line(number, start, bytes, length, false));
    }

    private boolean fill() throws IOException {
        int read = in.read(chunk);
        while (read == 0) {
            read = in.read(chunk);
        }
        position = 0;
        limit = Math.max(read, 0);
        return read > 0;
    }
}
