package org.dateline.spark;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
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

    @Override
    public Iterator<ReadItem> call(Tuple2<String, PortableDataStream> input) {
        String file = input._1();
        List<ReadItem> items = new ArrayList<>();
        ReadOptions readOptions = options.readOptions();
        try {
            URI uri = new org.apache.hadoop.fs.Path(file).toUri();
            if ("file".equals(uri.getScheme())) {
                read(file, Path.of(uri.getPath()), readOptions, items);
            } else {
                Path copy = localCopy(uri, input._2());
                try {
                    read(file, copy, readOptions, items);
                } finally {
                    delete(copy);
                }
            }
        } catch (IOException | UncheckedIOException | IllegalArgumentException e) {
            items.add(ReadItem.error(new ErrorRow(file, null, ErrorRow.READ, "cannot read the file (" + e + ")")));
        }
        return items.iterator();
    }

    private static void read(String file, Path path, ReadOptions readOptions, List<ReadItem> items) {
        int[] position = {0};
        Readers.read(path, readOptions, ArticleSink.of(
                article -> items.add(ReadItem.article(article.id(), file, position[0]++, Json.writePart(article))),
                problem -> items.add(ReadItem.error(ErrorRow.of(file, problem)))));
    }

    private static Path localCopy(URI file, PortableDataStream stream) throws IOException {
        String name = Path.of(file.getPath()).getFileName().toString();
        Path dir = Files.createTempDirectory("dateline-input");
        Path copy = dir.resolve(name);
        try (InputStream in = stream.open()) {
            Files.copy(in, copy, StandardCopyOption.REPLACE_EXISTING);
        }
        return copy;
    }

    private static void delete(Path copy) {
        try {
            Files.deleteIfExists(copy);
            Files.deleteIfExists(copy.getParent());
        } catch (IOException e) {
            // a temporary file left behind is the executor's to clean up
        }
    }
}
