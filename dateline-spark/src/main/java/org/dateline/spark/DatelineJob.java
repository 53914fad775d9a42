package org.dateline.spark;

import static org.apache.spark.sql.functions.col;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;
import org.dateline.analysis.Json;
import org.dateline.dedup.ArticleFingerprint;
import org.dateline.dedup.EventMergeConfig;
import org.dateline.dedup.SameEventRule;
import org.dateline.dedup.StoryAssignment;
import org.dateline.dedup.StoryFingerprint;
import org.dateline.model.AnalyzedArticle;
import org.dateline.model.Event;
import scala.Tuple2;

/**
 * The Spark job: reads the inputs, analyses the articles (spread over the cluster, models loaded once per executor),
 * writes the record tables, then assigns stories and merges events across articles with the embedded store's rules
 * ({@code dateline-dedup}) and writes those too. Bad records go to the {@code errors} table; they never fail the job.
 *
 * <pre>{@code
 * Summary s = DatelineJob.run(spark, options);
 * }</pre>
 */
public final class DatelineJob {

    /**
     * What a run did.
     *
     * @param files        input files read
     * @param articles     articles analysed into records
     * @param repeats      articles left out as copies of a text read already (same content id)
     * @param errors       rows of the errors table: inputs, records and articles that failed
     * @param stories      distinct stories
     * @param events       event reports in the records
     * @param mergedEvents events after merging reports of one event across articles
     * @param elapsed      wall time of the run
     */
    public record Summary(long files, long articles, long repeats, long errors, long stories, long events,
                          long mergedEvents, Duration elapsed) {
    }

    /** The tables the job writes, each a folder of Parquet files under the output folder. */
    public static final List<String> TABLES = List.of(Tables.ARTICLES, Tables.ENTITIES, Tables.QUOTES, Tables.CLAIMS,
            Tables.PLACES, Tables.EVENTS, Tables.STORIES, Tables.MERGED_EVENTS, Tables.ERRORS);

    private final SparkSession spark;
    private final JavaSparkContext jsc;
    private final JobOptions options;

    private DatelineJob(SparkSession spark, JobOptions options) {
        this.spark = spark;
        this.jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        this.options = options;
    }

    /**
     * Runs the job.
     *
     * @throws IllegalArgumentException when no input file is found, or the output folder holds tables and the options
     *                                  do not say to overwrite them
     */
    public static Summary run(SparkSession spark, JobOptions options) {
        return new DatelineJob(spark, options).run();
    }

    private Summary run() {
        long start = System.nanoTime();
        refuseExistingOutput();
        InputFiles.Listing listing = InputFiles.list(jsc.hadoopConfiguration(), options.inputs());
        if (listing.files().isEmpty()) {
            throw new IllegalArgumentException("no input files in " + options.inputs()
                    + (listing.missing().isEmpty() ? "" : ": " + listing.missing().get(0)));
        }
        JavaRDD<ReadItem> read = read(listing.files()).persist(StorageLevel.MEMORY_AND_DISK_SER());
        JavaRDD<Analysed> analysed = analyse(read).persist(StorageLevel.MEMORY_AND_DISK_SER());
        JavaRDD<AnalyzedArticle> records = analysed.filter(a -> a.record() != null).map(a -> Json.read(a.record()));
        writeRecords(records);
        JavaRDD<StoryAssignment> stories = stories(records).persist(StorageLevel.MEMORY_AND_DISK_SER());
        JavaRDD<Row> merged = mergeEvents(records, stories).persist(StorageLevel.MEMORY_AND_DISK_SER());
        writeMerged(records, stories, merged);
        JavaRDD<ErrorRow> errors = jsc.parallelize(listing.missing(), 1)
                .union(read.filter(i -> i.error() != null).map(ReadItem::error))
                .union(analysed.filter(a -> a.error() != null).map(Analysed::error));
        spark.createDataFrame(errors.map(Tables::error), Tables.ERRORS_SCHEMA).coalesce(1).write()
                .mode(SaveMode.Overwrite).parquet(table(Tables.ERRORS));

        long unique = analysed.count();
        Summary summary = new Summary(listing.files().size(), analysed.filter(a -> a.record() != null).count(),
                read.filter(i -> i.error() == null).count() - unique, errors.count(),
                stories.map(StoryAssignment::storyId).distinct().count(),
                records.map(r -> (long) r.events().size()).fold(0L, Long::sum), merged.count(),
                Duration.ofNanos(System.nanoTime() - start));
        List.of(read, analysed, stories, merged).forEach(JavaRDD::unpersist);
        return summary;
    }

    /** Reads every file with Dateline's readers, a file per task: its articles and its errors. */
    private JavaRDD<ReadItem> read(List<String> files) {
        return jsc.binaryFiles(String.join(",", files), Math.min(files.size(), jsc.defaultParallelism()))
                .flatMap(new FileReading(options));
    }

    /**
     * Analyses each distinct text once (the first copy read, as the ingest keeps it), spread over the analysis
     * partitions whatever the files' sizes.
     */
    private JavaRDD<Analysed> analyse(JavaRDD<ReadItem> read) {
        int partitions = options.partitions() > 0 ? options.partitions() : 4 * jsc.defaultParallelism();
        return read.filter(i -> i.error() == null)
                .mapToPair(i -> new Tuple2<>(i.articleId(), i))
                .reduceByKey(ReadItem::first, partitions)
                .values()
                .mapPartitions(new AnalysePartition(options));
    }

    private void writeRecords(JavaRDD<AnalyzedArticle> records) {
        write(Tables.ARTICLES, records.flatMap(r -> Tables.articles(r).iterator()), Tables.ARTICLES_SCHEMA);
        write(Tables.ENTITIES, records.flatMap(r -> Tables.entities(r).iterator()), Tables.ENTITIES_SCHEMA);
        write(Tables.QUOTES, records.flatMap(r -> Tables.quotes(r).iterator()), Tables.QUOTES_SCHEMA);
        write(Tables.CLAIMS, records.flatMap(r -> Tables.claims(r).iterator()), Tables.CLAIMS_SCHEMA);
        write(Tables.PLACES, records.flatMap(r -> Tables.places(r).iterator()), Tables.PLACES_SCHEMA);
        write(Tables.EVENTS, records.flatMap(r -> Tables.events(r).iterator()), Tables.EVENTS_SCHEMA);
    }

    private void writeMerged(JavaRDD<AnalyzedArticle> records, JavaRDD<StoryAssignment> stories,
                             JavaRDD<Row> merged) {
        JavaPairRDD<String, String> dates = records.mapToPair(r -> new Tuple2<>(r.article().id(),
                r.article().date().toString()));
        write(Tables.STORIES, stories.mapToPair(s -> new Tuple2<>(s.articleId(), s.storyId())).join(dates)
                .map(t -> RowFactory.create(t._1(), t._2()._1(), t._2()._2())), Tables.STORIES_SCHEMA);
        write(Tables.MERGED_EVENTS, merged, Tables.MERGED_EVENTS_SCHEMA);
    }

    /** Stories, with the store's clusterer, in one pass over all articles in date order (see {@link StoryPass}). */
    private static JavaRDD<StoryAssignment> stories(JavaRDD<AnalyzedArticle> records) {
        return records.mapToPair(r -> new Tuple2<>(r.article().date() + " " + r.article().id(),
                        new ArticleFingerprint(r.article().id(), r.article().date(),
                                StoryFingerprint.of(r.article().text()))))
                .sortByKey(true, 1)
                .values()
                .mapPartitions(new StoryPass());
    }

    /** Merged events: each report with its article's story, merged one type family per task. */
    private static JavaRDD<Row> mergeEvents(JavaRDD<AnalyzedArticle> records, JavaRDD<StoryAssignment> stories) {
        JavaPairRDD<String, FamilyMerge.Report> reports = records.flatMapToPair(r -> {
            List<Tuple2<String, FamilyMerge.Report>> out = new ArrayList<>();
            String outlet = r.article().source() == null ? "" : r.article().source();
            for (Event e : r.events()) {
                out.add(new Tuple2<>(r.article().id(), new FamilyMerge.Report(SameEventRule.family(e),
                        r.article().id(), null, outlet, r.article().date().toString(), Json.writePart(e))));
            }
            return out.iterator();
        });
        return reports.join(stories.mapToPair(s -> new Tuple2<>(s.articleId(), s.storyId())))
                .mapToPair(t -> new Tuple2<>(t._2()._1().family(), t._2()._1().withStory(t._2()._2())))
                .groupByKey()
                .flatMap(new FamilyMerge(EventMergeConfig.defaults()));
    }

    /** Writes one table, partitioned by date, one file per date. */
    private void write(String name, JavaRDD<Row> rows, StructType schema) {
        spark.createDataFrame(rows, schema).repartition(col(Tables.DATE)).write().mode(SaveMode.Overwrite)
                .partitionBy(Tables.DATE).parquet(table(name));
    }

    private String table(String name) {
        return new Path(options.output(), name).toString();
    }

    /** Refuses to start when a table of the job's exists under the output folder, unless told to overwrite. */
    private void refuseExistingOutput() {
        if (options.overwrite()) {
            return;
        }
        try {
            Path out = new Path(options.output());
            FileSystem fs = out.getFileSystem(jsc.hadoopConfiguration());
            for (String name : TABLES) {
                if (fs.exists(new Path(out, name))) {
                    throw new IllegalArgumentException("the output folder " + out + " already holds the table "
                            + name + "; give --overwrite to replace the tables, or another --output");
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot look at the output folder " + options.output(), e);
        }
    }
}
