package org.dateline.spark;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.input.PortableDataStream;
import org.dateline.analysis.Json;
import org.dateline.readers.ArticleSink;
import org.dateline.readers.ReadOptions;
import org.dateline.readers.Readers;
import scala.Tuple2;

/**
 * Reads one input file on an executor with Dateline's readers (the same ones the embedded ingest uses), giving its
 * articles and one error per record that could not be read. A file on the local file system is read where it is; a
 * file elsewhere (HDFS, S3 ...) is first copied to the executor's temporary folder under its own name (the readers
 * choose by name and need a file), then deleted.
 */
final class FileReading implements FlatMapFunction<Tuple2<String, PortableDataStream>, ReadItem> {
    private final JobOptions options;

    FileReading(JobOptions options) {
        this.options = options;
    }

    /** Opens a file's bytes (Spark's stream of a remote file, or anything a test gives). */
    interface Content {
        InputStream open() throws IOException;
    }

    @Override
    public Iterator<ReadItem> call(Tuple2<String, PortableDataStream> input) {
        String file = input._1();
        URI uri = new org.apache.hadoop.fs.Path(file).toUri();
        if ("file".equals(uri.getScheme())) {
            List<ReadItem> items = new ArrayList<>();
            read(file, Path.of(uri.getPath()), options.readOptions(), items);
            return items.iterator();
        }
        return readCopy(file, Path.of(uri.getPath()).getFileName().toString(), input._2()::open, options)
                .iterator();
    }

    /**
     * Reads a file that is not on the local file system through a local copy named {@code name} (the readers choose
     * by name and read files), deleted afterwards; the items name {@code file}.
     */
    static List<ReadItem> readCopy(String file, String name, Content content, JobOptions options) {
        List<ReadItem> items = new ArrayList<>();
        Path dir = null;
        try {
            dir = Files.createTempDirectory("dateline-input");
            Path copy = dir.resolve(name);
            try (InputStream in = content.open()) {
                Files.copy(in, copy);
            }
            read(file, copy, options.readOptions(), items);
        } catch (IOException | UncheckedIOException e) {
            items.add(ReadItem.error(new ErrorRow(file, null, ErrorRow.READ, "cannot copy it from its file system"
                    + " (" + e + ")")));
        } finally {
            delete(dir);
        }
        return items;
    }

    private static void read(String file, Path path, ReadOptions readOptions, List<ReadItem> items) {
        int[] position = {0};
        Readers.read(path, readOptions, ArticleSink.of(
                article -> items.add(ReadItem.article(article.id(), file, position[0]++, Json.writePart(article))),
                problem -> items.add(ReadItem.error(ErrorRow.of(file, problem)))));
    }

    private static void delete(Path dir) {
        if (dir == null) {
            return;
        }
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.toList()) {
                Files.deleteIfExists(f);
            }
            Files.deleteIfExists(dir);
        } catch (IOException e) {
            // a temporary file left behind is the executor's to clean up
        }
    }
}
