package org.dateline.spark;

import org.apache.spark.SparkConf;
import org.apache.spark.sql.SparkSession;

/** Spark sessions: the one spark-submit configured, or a local one for the commands that run on one machine. */
final class Sessions {
    private Sessions() {
    }

    /**
     * The session for a job: on the master spark-submit gave (or {@code master} when set), else in this JVM on all
     * cores.
     */
    static SparkSession forJob(String master) {
        SparkSession.Builder builder = SparkSession.builder().appName("dateline");
        if (master != null) {
            builder.master(master);
        } else if (!new SparkConf().contains("spark.master")) {
            builder.master("local[*]");
        }
        return builder.getOrCreate();
    }

    /** A session in this JVM, without the web UI, for importing, benchmarks and tests. */
    static SparkSession local(String master) {
        SparkSession session = SparkSession.builder().appName("dateline").master(master)
                .config("spark.ui.enabled", "false")
                .config("spark.ui.showConsoleProgress", "false")
                .getOrCreate();
        session.sparkContext().setLogLevel("WARN");
        return session;
    }
}
