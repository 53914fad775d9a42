package org.dateline.analysis;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.dateline.corenlp.CoreNlpConfig;
import org.dateline.corenlp.CoreNlpParser;
import org.dateline.model.Article;
import org.dateline.model.Dateline;

/** Developer tool: analyses a seed-format file and prints the record. */
public final class DevAnalyze {
    public static void main(String[] args) throws Exception {
        String raw = Files.readString(Path.of(args[0])).strip();
        LocalDate date = LocalDate.parse(raw.substring(5, 15));
        String text = raw.substring(16);
        int dash = text.indexOf(" - ");
        Dateline dl = new Dateline(text.substring(0, dash), "Izium", 0, dash);
        Analyzer an = Analyzer.standard(new CoreNlpParser(CoreNlpConfig.defaults()));
        System.out.println(Json.write(an.analyze(Article.of(date, dl, null, null, null, text)), true));
    }
}
