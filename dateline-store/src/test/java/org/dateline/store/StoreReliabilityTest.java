package org.dateline.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The probes of issue 19 against the store, done for real: a writer killed with SIGKILL in a batch and in a merge, a
 * read-only and a full file system (a tmpfs mounted for the test, which needs root; skipped with the reason
 * otherwise). Run with {@code mvn test -Dgroups=reliability -DexcludedGroups=none} ({@code .ci/run} does).
 */
@Tag("reliability")
class StoreReliabilityTest {
    @TempDir
    Path dir;
    private Path mounted;

    @AfterEach
    void unmount() throws Exception {
        if (mounted != null) {
            run("umount", mounted.toString());
        }
    }

    @Test
    void aWriterKilledInTheMiddleOfABatchLosesNoCommittedArticle() throws Exception {
        Path file = dir.resolve("killed.db");
        long committed = killWhen(file, "write", line -> line.startsWith("committed ")
                && Long.parseLong(line.substring(10)) >= 40);
        assertSound(file);
        try (CorpusStore store = CorpusStore.open(file)) {
            assertTrue(store.articleCount() >= committed, store.articleCount() + " < " + committed);
            assertEquals(0, store.articleCount() % 5, "whole batches only");
            store.put(WriterProcess.batch(10_000, 5));
        }
    }

    @Test
    void aWriterKilledInAMergeLeavesASoundFileThatMergesAgain() throws Exception {
        Path file = dir.resolve("merging.db");
        killWhen(file, "merge", "merging"::equals);
        assertSound(file);
        try (CorpusStore store = CorpusStore.open(file)) {
            assertEquals(300, store.articleCount());
            assertTrue(store.refresh().mergedEvents() > 0);
        }
    }

    @Test
    void aCorpusOnAReadOnlyDiskIsQueriedReadOnlyAndRefusesWrites() throws Exception {
        Path disk = tmpfs("4m");
        Path file = disk.resolve("c.db");
        try (CorpusStore store = CorpusStore.open(file)) {
            store.put(WriterProcess.batch(0, 5));
        }
        run("mount", "-o", "remount,ro", disk.toString());
        try (CorpusStore store = CorpusStore.openForQueries(file)) {
            assertTrue(store.readOnly());
            assertEquals(5, store.articleCount());
            StoreException e = assertThrows(StoreException.class, () -> store.put(WriterProcess.batch(5, 1)));
            assertEquals(StoreException.Kind.READ_ONLY, e.kind());
        }
        StoreException e = assertThrows(StoreException.class, () -> CorpusStore.open(file));
        assertEquals(StoreException.Kind.READ_ONLY, e.kind(), e.getMessage());
        assertTrue(e.getMessage().contains("read-only"), e.getMessage());
        assertTrue(CorpusStore.check(file).ok());
    }

    @Test
    void aFullDiskIsSaidAndKeepsWhatWasCommitted() throws Exception {
        Path disk = tmpfs("2m");
        Path file = disk.resolve("c.db");
        long stored = 0;
        StoreException full;
        try (CorpusStore store = CorpusStore.open(file)) {
            full = assertThrows(StoreException.class, () -> {
                for (int batch = 0; batch < 10_000; batch++) {
                    store.put(WriterProcess.batch(batch * 5, 5));
                }
            });
            stored = store.articleCount();
        }
        assertEquals(StoreException.Kind.DISK_FULL, full.kind(), full.getMessage());
        assertTrue(full.getMessage().contains("is full"), full.getMessage());
        assertTrue(stored > 0);
        try (CorpusStore store = CorpusStore.openForQueries(file)) {
            assertEquals(stored, store.articleCount());
        }
        // a new store on the full disk: the true cause, and no stub left behind
        try {
            Files.write(disk.resolve("filler"), new byte[1 << 20]);
        } catch (IOException spaceLeftIsFilled) {
            // what space was left is taken
        }
        Path other = disk.resolve("new.db");
        StoreException e = assertThrows(StoreException.class, () -> CorpusStore.open(other));
        assertEquals(StoreException.Kind.DISK_FULL, e.kind(), e.getMessage());
        try (var files = Files.list(disk)) {
            assertTrue(files.noneMatch(f -> f.getFileName().toString().startsWith("new.db")), "no stub");
        }
    }

    private static void assertSound(Path file) {
        IntegrityReport report = CorpusStore.check(file);
        assertTrue(report.ok(), report.problems()::toString);
    }

    /** Runs a {@link WriterProcess}, kills it (SIGKILL) at the first line {@code when} takes; returns its count. */
    private static long killWhen(Path file, String mode, java.util.function.Predicate<String> when)
            throws IOException, InterruptedException {
        String java = ProcessHandle.current().info().command().orElse("java");
        Process p = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                WriterProcess.class.getName(), mode, file.toString()).redirectErrorStream(true).start();
        long count = 0;
        try (BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(),
                StandardCharsets.UTF_8))) {
            for (String line = out.readLine(); line != null; line = out.readLine()) {
                if (line.startsWith("committed ")) {
                    count = Long.parseLong(line.substring(10));
                }
                if (when.test(line)) {
                    if (mode.equals("merge")) {
                        Thread.sleep(300);
                    }
                    p.destroyForcibly();
                    break;
                }
            }
        } finally {
            p.destroyForcibly();
            p.waitFor();
        }
        assertFalse(p.isAlive());
        return count;
    }

    /** A tmpfs of this size mounted for the test; the test is skipped, saying why, where it cannot be. */
    private Path tmpfs(String size) throws Exception {
        assumeTrue("root".equals(System.getProperty("user.name")), "mounting a file system needs root");
        Path disk = Files.createDirectory(dir.resolve("disk"));
        int code = run("mount", "-t", "tmpfs", "-o", "size=" + size, "tmpfs", disk.toString());
        assumeTrue(code == 0, "cannot mount a tmpfs here (mount exited with " + code + ")");
        mounted = disk;
        return disk;
    }

    private static int run(String... command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(List.of(command)).redirectErrorStream(true).start();
        p.getInputStream().transferTo(java.io.OutputStream.nullOutputStream());
        return p.waitFor();
    }
}
