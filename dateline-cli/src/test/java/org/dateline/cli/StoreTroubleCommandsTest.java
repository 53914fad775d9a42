package org.dateline.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The CLI over an empty, a damaged and a foreign database: one true line, never a stack trace, nothing written. */
class StoreTroubleCommandsTest {
    @TempDir
    Path dir;

    @Test
    void aQueryOnAnEmptyFileSaysSoAndWritesNothing() throws IOException {
        Path empty = Files.createFile(dir.resolve("empty.db"));
        CliRun r = CliRun.of("events", "--db", empty.toString());
        assertEquals(1, r.code(), r.err());
        assertTrue(r.err().startsWith("dateline: " + empty + " is empty (0 bytes)"), r.err());
        assertEquals(0, Files.size(empty));
    }

    @Test
    void checkSaysASoundCorpusIsSoundAndADamagedOneHowToRecover() throws IOException {
        Path db = dir.resolve("c.db");
        try (var store = org.dateline.store.CorpusStore.open(db)) {
            assertEquals(0, store.articleCount());
        }
        CliRun sound = CliRun.of("check", "--db", db.toString());
        assertEquals(0, sound.code(), sound.err());
        assertTrue(sound.out().contains("sound"), sound.out());
        try (RandomAccessFile f = new RandomAccessFile(db.toFile(), "rw")) {
            f.seek(4096 * (f.length() / 4096 / 2));
            f.write(new byte[] {(byte) 0xde, (byte) 0xad, (byte) 0xbe, (byte) 0xef, 1, 2, 3, 4});
        }
        CliRun damaged = CliRun.of("check", "--db", db.toString());
        assertEquals(1, damaged.code(), damaged.out() + damaged.err());
        assertTrue(damaged.out().contains("is damaged") && damaged.out().contains("To recover:"), damaged.out());
    }

    @Test
    void aFileNameWithControlCharactersIsPrintedEscaped() throws IOException {
        Path odd = dir.resolve("odd\u001b[2J\nname.db");
        CliRun r = CliRun.of("events", "--db", odd.toString());
        assertEquals(1, r.code());
        assertFalse(r.err().strip().contains("\n") || r.err().contains("\u001b"), r.err());
        assertTrue(r.err().contains("odd\\x1b[2J\\nname.db"), r.err());
    }

    @Test
    void aNotOursFileIsRefusedWithoutAStackTrace() throws IOException {
        Path notes = Files.writeString(dir.resolve("notes.db"), "some notes\n".repeat(500));
        CliRun r = CliRun.of("events", "--db", notes.toString());
        assertEquals(1, r.code());
        assertTrue(r.err().contains("is not a Dateline database"), r.err());
        assertFalse(r.err().contains("\tat "), r.err());
    }
}
