package org.dateline.corenlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.CoreMap;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.dateline.model.Article;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * {@link FineClassAnnotator} gives every token the class CoreNLP's own fine-grained step gives it, and the same
 * entity mentions, on text written for the test and on real news (loads CoreNLP's models twice: slow).
 */
@Tag("corenlp")
class FineClassesMatchCoreNlpTest {

    private static StanfordCoreNLP coreNlp;
    private static StanfordCoreNLP ours;

    @BeforeAll
    static void load() {
        Properties p = CoreNlpConfig.defaults().toProperties();
        p.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner,finegrained,entitymentions");
        ours = new StanfordCoreNLP(p);
        Properties c = CoreNlpConfig.defaults().toProperties();
        c.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner");
        c.setProperty("ner.applyFineGrained", "true");
        c.setProperty("ner.buildEntityMentions", "true");
        coreNlp = new StanfordCoreNLP(c);
    }

    @Test
    void sameClassesOnTextWrittenForTheTest() {
        String text = "KHARKIV, Ukraine - The Kharkiv-based governor of the Kharkiv region, Oleh Syniehubov, said "
                + "Russian-backed forces shelled New York-style apartment blocks in Vovchansk. U.S. Secretary of "
                + "State Antony Blinken met President Volodymyr Zelenskiy, a former comedian, in Kyiv on Monday. "
                + "A pro-Russian official, the self-styled mayor of Izium, told RIA Novosti that Muslim and "
                + "Christian residents had fled to Belgorod and Moscow.";
        int tokens = compare(text, LocalDate.of(2024, 5, 26), "written");
        assertTrue(tokens > 60, "tokens compared: " + tokens);
    }

    @Test
    void sameClassesOnRealNews() {
        String missing = NewsSamples.missing();
        assumeTrue(missing == null, missing);
        List<Article> articles = NewsSamples.load(30);
        int tokens = 0;
        for (Article a : articles) {
            tokens += compare(a.text(), a.date(), a.id());
        }
        assertTrue(tokens > 10_000, "tokens compared: " + tokens);
    }

    private static int compare(String text, LocalDate date, String name) {
        Annotation expected = annotate(coreNlp, text, date);
        Annotation actual = annotate(ours, text, date);
        List<CoreLabel> e = expected.get(CoreAnnotations.TokensAnnotation.class);
        List<CoreLabel> a = actual.get(CoreAnnotations.TokensAnnotation.class);
        assertEquals(e.size(), a.size(), name);
        for (int i = 0; i < e.size(); i++) {
            assertEquals(e.get(i).ner(), a.get(i).ner(), name + ": class of token " + i + " '" + e.get(i).word() + "'");
        }
        assertEquals(mentions(expected), mentions(actual), name + ": entity mentions");
        return e.size();
    }

    private static Annotation annotate(StanfordCoreNLP pipeline, String text, LocalDate date) {
        Annotation doc = new Annotation(text);
        doc.set(CoreAnnotations.DocDateAnnotation.class, date.toString());
        pipeline.annotate(doc);
        return doc;
    }

    private static List<String> mentions(Annotation doc) {
        List<String> out = new ArrayList<>();
        for (CoreMap m : doc.get(CoreAnnotations.MentionsAnnotation.class)) {
            out.add(m.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class) + ":" + m
                    + "/" + m.get(CoreAnnotations.NamedEntityTagAnnotation.class));
        }
        return out;
    }
}
