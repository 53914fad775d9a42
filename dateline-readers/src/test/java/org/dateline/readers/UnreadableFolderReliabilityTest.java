package org.dateline.readers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 19's second probe: a folder walk over a subfolder with mode 000, by a user the permissions bind. Root is
 * not bound by them, so as root the walk runs in a child JVM without the capabilities that bypass them
 * ({@code setpriv --bounding-set -dac_override,-dac_read_search}); skipped, saying why, where that is not possible.
 */
@Tag("reliability")
class UnreadableFolderReliabilityTest {
    @TempDir
    Path dir;

    /** The child: expands its arguments and prints each file, then each problem, one a line. */
    public static void main(String[] args) {
        List<ReadProblem> problems = new ArrayList<>();
        Readers.expand(List.of(args), problems::add).forEach(f -> System.out.println("file " + f));
        problems.forEach(p -> System.out.println("problem " + p));
    }

    @Test
    void anUnreadableSubfolderIsReportedAndTheRestIsRead() throws Exception {
        Path d = Files.createDirectories(dir.resolve("d/sub"));
        Path ok = Files.writeString(d.getParent().resolve("ok.txt"), "date 2024-01-01\nText.");
        Files.writeString(d.resolve("hidden-away.txt"), "date 2024-01-01\nText.");
        Files.setPosixFilePermissions(d, PosixFilePermissions.fromString("---------"));
        try {
            List<String> folder = walk(d.getParent().toString());
            assertEquals(List.of("file " + ok, "problem " + d + ": skipped: cannot read: permission denied (a folder)"),
                    folder);
            List<String> glob = walk(dir + "/d/**.txt");
            assertTrue(glob.contains("file " + ok), glob::toString);
            assertTrue(glob.stream().anyMatch(l -> l.startsWith("problem " + d)), glob::toString);
        } finally {
            Files.setPosixFilePermissions(d, PosixFilePermissions.fromString("rwx------"));
        }
    }

    private static List<String> walk(String arg) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        if ("root".equals(System.getProperty("user.name"))) {
            assumeTrue(Files.isExecutable(Path.of("/usr/bin/setpriv")), "as root, the probe needs setpriv to drop"
                    + " the capabilities that bypass permissions");
            command.addAll(List.of("/usr/bin/setpriv", "--bounding-set", "-dac_override,-dac_read_search", "--"));
        }
        command.addAll(List.of(ProcessHandle.current().info().command().orElse("java"), "-cp",
                System.getProperty("java.class.path"), UnreadableFolderReliabilityTest.class.getName(), arg));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assumeTrue(p.waitFor() == 0 || !out.contains("setpriv"), "setpriv is not allowed here: " + out.strip());
        assertEquals(0, p.exitValue(), out);
        return out.lines().toList();
    }
}
