package org.dateline.readers;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;

/** Writes small WARC files for tests, record by record, as a crawler would. */
final class WarcFixture {

    private final List<byte[]> records = new ArrayList<>();
    private int ids;

    /** A warcinfo record, as crawlers write first. */
    WarcFixture info() {
        return record("warcinfo", null, "2022-09-20T10:00:00Z", "application/warc-fields",
                "software: test\r\nformat: WARC File Format 1.1\r\n".getBytes(StandardCharsets.UTF_8));
    }

    /** A response record holding an HTTP response. */
    WarcFixture response(String uri, String warcDate, int status, String contentType, String body) {
        byte[] payload = body.getBytes(StandardCharsets.UTF_8);
        String http = "HTTP/1.1 " + status + " " + (status == 200 ? "OK" : "Other") + "\r\n"
                + "Content-Type: " + contentType + "\r\n"
                + "Content-Length: " + payload.length + "\r\n\r\n";
        return record("response", uri, warcDate, "application/http;msgtype=response", concat(http, payload));
    }

    /** A request record, which is never an article. */
    WarcFixture request(String uri) {
        return record("request", uri, "2022-09-20T10:00:00Z", "application/http;msgtype=request",
                ("GET / HTTP/1.1\r\nHost: example.com\r\n\r\n").getBytes(StandardCharsets.UTF_8));
    }

    /** The archive, uncompressed. */
    byte[] warc() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        records.forEach(out::writeBytes);
        return out.toByteArray();
    }

    /** The archive with each record in its own gzip member, as .warc.gz files are written. */
    byte[] warcGz() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] record : records) {
            try (GZIPOutputStream gzip = new GZIPOutputStream(out) {
                @Override
                public void close() throws IOException {
                    finish();
                }
            }) {
                gzip.write(record);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return out.toByteArray();
    }

    private WarcFixture record(String type, String uri, String date, String contentType, byte[] block) {
        String header = "WARC/1.1\r\n"
                + "WARC-Type: " + type + "\r\n"
                + "WARC-Record-ID: <urn:uuid:00000000-0000-0000-0000-" + String.format("%012d", ++ids) + ">\r\n"
                + "WARC-Date: " + date + "\r\n"
                + (uri == null ? "" : "WARC-Target-URI: " + uri + "\r\n")
                + "Content-Type: " + contentType + "\r\n"
                + "Content-Length: " + block.length + "\r\n\r\n";
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(concat(header, block));
        out.writeBytes("\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
        records.add(out.toByteArray());
        return this;
    }

    private static byte[] concat(String head, byte[] tail) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(head.getBytes(StandardCharsets.UTF_8));
        out.writeBytes(tail);
        return out.toByteArray();
    }
}
