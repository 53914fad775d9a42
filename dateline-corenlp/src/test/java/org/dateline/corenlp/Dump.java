package org.dateline.corenlp;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.dateline.model.parse.ParsedText;

/** Developer tool: prints the parse of a seed-format file. */
public final class Dump {
    public static void main(String[] args) throws Exception {
        String raw = Files.readString(Path.of(args[0])).strip();
        LocalDate date = LocalDate.parse(raw.substring(5, 15));
        String text = raw.substring(16);
        long t0 = System.nanoTime();
        CoreNlpParser p = new CoreNlpParser(CoreNlpConfig.defaults());
        long t1 = System.nanoTime();
        ParsedText pt = p.parse(text, date);
        long t2 = System.nanoTime();
        System.out.printf("load %.1fs parse %.1fs%n", (t1 - t0) / 1e9, (t2 - t1) / 1e9);
        for (int i = 0; i < pt.sentences().size(); i++) {
            System.out.println("== " + i);
            System.out.print(pt.describe(i));
        }
        pt.mentions().forEach(System.out::println);
        pt.timexes().forEach(System.out::println);
        pt.quotes().forEach(q -> System.out.println(q + " " + text.substring(q.start(), q.end())));
    }
}
