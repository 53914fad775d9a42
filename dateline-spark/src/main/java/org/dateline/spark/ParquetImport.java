package org.dateline.spark;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.dateline.analysis.Json;
import org.dateline.model.AnalyzedArticle;
import org.dateline.store.CorpusStore;

/**
 * Loads the job's tables into a corpus database: the records of the {@code articles} table, in order of publication
 * date then id (so the store assigns the stories the job assigned), then the store's refresh, which merges events with
 * the same rules. Articles already stored (same id) are skipped, so an import can be run again, or into a database
 * that holds other articles.
 */
public final class ParquetImport {

    /**
     * What an import did.
     *
     * @param imported      records stored
     * @param alreadyStored records skipped, their article being stored already
     * @param jobErrors     rows of the job's errors table
     * @param refresh       the store's refresh after the import
     */
    public record Result(long imported, long alreadyStored, long jobErrors, CorpusStore.Refresh refresh) {
    }

    private ParquetImport() {
    }

    /**
     * Imports the tables under {@code dir}.
     *
     * @throws IllegalArgumentException when {@code dir} has no articles table
     */
    public static Result run(SparkSession spark, String dir, CorpusStore store, int batchSize) {
        Path articles = new Path(dir, Tables.ARTICLES);
        Path errors = new Path(dir, Tables.ERRORS);
        if (!exists(spark, articles)) {
            throw new IllegalArgumentException(dir + " has no " + Tables.ARTICLES + " table: give the --output"
                    + " folder of a dateline-spark run");
        }
        Iterator<Row> rows = spark.read().parquet(articles.toString()).select(Tables.DATE, "article_id", "record")
                .orderBy(Tables.DATE, "article_id").toLocalIterator();
        long imported = 0;
        long skipped = 0;
        List<AnalyzedArticle> batch = new ArrayList<>(batchSize);
        while (rows.hasNext()) {
            batch.add(Json.read(rows.next().getString(2)));
            if (batch.size() == batchSize || !rows.hasNext()) {
                int added = store.put(batch);
                imported += added;
                skipped += batch.size() - added;
                batch.clear();
            }
        }
        long jobErrors = exists(spark, errors) ? spark.read().parquet(errors.toString()).count() : 0;
        return new Result(imported, skipped, jobErrors, store.refresh());
    }

    /** The first rows of the job's errors table, as lines, for the user to look at. */
    public static List<String> firstErrors(SparkSession spark, String dir, int limit) {
        Path errors = new Path(dir, Tables.ERRORS);
        if (!exists(spark, errors)) {
            return List.of();
        }
        return spark.read().parquet(errors.toString()).limit(limit).collectAsList().stream()
                .map(r -> new ErrorRow(r.getString(0), r.getString(1), r.getString(2), r.getString(3)).toString())
                .toList();
    }

    private static boolean exists(SparkSession spark, Path path) {
        try {
            FileSystem fs = path.getFileSystem(spark.sparkContext().hadoopConfiguration());
            return fs.exists(path);
        } catch (IOException e) {
            return false;
        }
    }
}
