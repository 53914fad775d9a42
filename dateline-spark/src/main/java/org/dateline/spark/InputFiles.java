package org.dateline.spark;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RemoteIterator;
import org.dateline.readers.Readers;

/**
 * Turns the job's inputs into files, on the driver, through Hadoop's file systems (local, HDFS, S3 ...): a glob stands
 * for what it matches, a folder for every file under it whose name has a reader (hidden ones, and Hadoop's
 * {@code _SUCCESS}-style files, left out), a file for itself. An input that matches nothing is an error, not a stop.
 */
final class InputFiles {

    /**
     * The files found, sorted and each once, and the inputs that matched nothing.
     *
     * @param files   fully qualified file paths
     * @param missing one error per input that matched nothing or could not be listed
     */
    record Listing(List<String> files, List<ErrorRow> missing) {
    }

    private InputFiles() {
    }

    static Listing list(Configuration conf, List<String> inputs) {
        TreeSet<String> files = new TreeSet<>();
        List<ErrorRow> missing = new ArrayList<>();
        for (String input : inputs) {
            try {
                Path path = new Path(input);
                FileSystem fs = path.getFileSystem(conf);
                FileStatus[] matches = fs.globStatus(path);
                if (matches == null || matches.length == 0) {
                    missing.add(new ErrorRow(input, null, ErrorRow.READ, "no such file or folder"));
                    continue;
                }
                for (FileStatus match : matches) {
                    if (match.isDirectory()) {
                        addFolder(fs, match.getPath(), files);
                    } else {
                        files.add(match.getPath().toString());
                    }
                }
            } catch (IOException | IllegalArgumentException e) {
                missing.add(new ErrorRow(input, null, ErrorRow.READ, "cannot list it (" + e + ")"));
            }
        }
        return new Listing(List.copyOf(files), List.copyOf(missing));
    }

    private static void addFolder(FileSystem fs, Path folder, TreeSet<String> files) throws IOException {
        int depth = folder.depth();
        RemoteIterator<LocatedFileStatus> all = fs.listFiles(folder, true);
        while (all.hasNext()) {
            Path file = all.next().getPath();
            if (Readers.hasReader(file.getName()) && !hidden(file, depth)) {
                files.add(file.toString());
            }
        }
    }

    /** Whether a part of the path below the folder starts with "." or "_". */
    private static boolean hidden(Path file, int folderDepth) {
        for (Path p = file; p != null && p.depth() > folderDepth; p = p.getParent()) {
            if (p.getName().startsWith(".") || p.getName().startsWith("_")) {
                return true;
            }
        }
        return false;
    }
}
