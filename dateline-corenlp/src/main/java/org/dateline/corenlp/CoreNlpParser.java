package org.dateline.corenlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.time.TimeAnnotations;
import edu.stanford.nlp.util.CoreMap;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.dateline.model.parse.Dependency;
import org.dateline.model.parse.NamedMention;
import org.dateline.model.parse.ParsedText;
import org.dateline.model.parse.QuoteSpan;
import org.dateline.model.parse.Sentence;
import org.dateline.model.parse.TextParser;
import org.dateline.model.parse.Timex;
import org.dateline.model.parse.Token;

/**
 * The one place that calls Stanford CoreNLP: runs its pipeline and converts the annotations into a
 * {@link ParsedText}. Models load once, in the constructor; {@link #parse} is thread-safe.
 */
public final class CoreNlpParser implements TextParser {
    private final StanfordCoreNLP pipeline;
    private final CoreNlpConfig config;

    public CoreNlpParser(CoreNlpConfig config) {
        this.config = Objects.requireNonNull(config, "config");
        Properties properties = config.toProperties();
        loadInParallel(properties);
        this.pipeline = new StanfordCoreNLP(properties);
    }

    /**
     * Loads the models of independent steps on as many threads as there are cores into CoreNLP's annotator cache,
     * from which the pipeline then takes them: the tagger and named-entity models, the fine-grained classes, the
     * dependency parser and the rest. The load then lasts about as long as the largest group, not the sum. A group
     * that fails to load is loaded again, and fails with its own message, when the pipeline is built.
     */
    private static void loadInParallel(Properties properties) {
        List<String> steps = List.of(properties.getProperty("annotators").split(","));
        int ner = Math.max(steps.indexOf("ner"), steps.indexOf("timedner"));
        List<String> groups = new ArrayList<>();
        groups.add(String.join(",", steps.subList(0, ner + 1)));
        groups.addAll(steps.subList(ner + 1, steps.size()));
        int threads = Math.min(groups.size(), Runtime.getRuntime().availableProcessors());
        if (threads < 2) {
            return;
        }
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "corenlp-load");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<?>> loads = new ArrayList<>();
            for (String group : groups) {
                Properties p = new Properties();
                p.putAll(properties);
                p.setProperty("annotators", group);
                loads.add(pool.submit(() -> new StanfordCoreNLP(p, false)));
            }
            for (Future<?> f : loads) {
                try {
                    f.get();
                } catch (ExecutionException e) {
                    // the pipeline below loads this group again and reports its failure
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            pool.shutdownNow();
        }
    }

    @Override
    public ParsedText parse(String text, LocalDate documentDate) {
        if (text.codePoints().noneMatch(Character::isLetterOrDigit)) {
            // nothing to tag; CoreNLP's tokenizer fails on some such inputs (a lone NUL)
            return new ParsedText(text, documentDate, List.of(), List.of(), List.of(), List.of(), List.of(), List.of());
        }
        Annotation doc = new Annotation(text);
        doc.set(CoreAnnotations.DocDateAnnotation.class, documentDate.toString());
        pipeline.annotate(doc);
        return convert(text, documentDate, doc);
    }

    static ParsedText convert(String text, LocalDate documentDate, Annotation doc) {
        List<Token> tokens = new ArrayList<>();
        List<Sentence> sentences = new ArrayList<>();
        List<Dependency> deps = new ArrayList<>();
        List<NamedMention> mentions = new ArrayList<>();
        List<Timex> timexes = new ArrayList<>();
        List<CoreMap> coreSentences = doc.get(CoreAnnotations.SentencesAnnotation.class);
        if (coreSentences == null) {
            coreSentences = List.of();
        }
        for (CoreMap cs : coreSentences) {
            int sentenceIndex = sentences.size();
            int first = tokens.size();
            for (CoreLabel cl : cs.get(CoreAnnotations.TokensAnnotation.class)) {
                int begin = cl.beginPosition();
                int end = cl.endPosition();
                String ner = orO(cl.ner());
                String coarse = orO(cl.get(CoreAnnotations.CoarseNamedEntityTagAnnotation.class));
                tokens.add(new Token(tokens.size(), sentenceIndex, text.substring(begin, end), begin, end,
                        cl.tag(), cl.lemma(), ner, coarse.equals("O") ? ner : coarse));
            }
            int endToken = tokens.size();
            if (endToken == first) {
                continue;
            }
            sentences.add(new Sentence(sentenceIndex, tokens.get(first).start(), tokens.get(endToken - 1).end(),
                    first, endToken));
            SemanticGraph graph = cs.get(SemanticGraphCoreAnnotations.BasicDependenciesAnnotation.class);
            if (graph != null) {
                for (IndexedWord root : graph.getRoots()) {
                    deps.add(new Dependency(-1, first + root.index() - 1, "root"));
                }
                for (SemanticGraphEdge e : graph.edgeIterable()) {
                    deps.add(new Dependency(first + e.getGovernor().index() - 1, first + e.getDependent().index() - 1,
                            e.getRelation().toString()));
                }
            }
            List<CoreMap> ems = cs.get(CoreAnnotations.MentionsAnnotation.class);
            if (ems != null) {
                for (CoreMap em : ems) {
                    addMention(text, em, first, sentenceIndex, mentions, timexes);
                }
            }
        }
        List<QuoteSpan> quotes = new ArrayList<>();
        List<CoreMap> coreQuotes = doc.get(CoreAnnotations.QuotationsAnnotation.class);
        if (coreQuotes != null) {
            for (CoreMap q : coreQuotes) {
                quotes.add(new QuoteSpan(q.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class),
                        q.get(CoreAnnotations.CharacterOffsetEndAnnotation.class)));
            }
        }
        return new ParsedText(text, documentDate, tokens, sentences, deps, mentions, timexes, quotes);
    }

    private static void addMention(String text, CoreMap em, int sentenceFirstToken, int sentenceIndex,
                                   List<NamedMention> mentions, List<Timex> timexes) {
        int begin = em.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
        int end = em.get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
        int firstToken = sentenceFirstToken + em.get(CoreAnnotations.TokenBeginAnnotation.class)
                - em.get(CoreAnnotations.TokenBeginAnnotation.class) + localBegin(em);
        int endToken = firstToken + em.get(CoreAnnotations.TokensAnnotation.class).size();
        String type = orO(em.get(CoreAnnotations.NamedEntityTagAnnotation.class));
        String coarse = em.get(CoreAnnotations.CoarseNamedEntityTagAnnotation.class);
        edu.stanford.nlp.time.Timex t = em.get(TimeAnnotations.TimexAnnotation.class);
        String surface = text.substring(begin, end);
        if (t != null) {
            timexes.add(new Timex(surface, t.timexType(), t.value() != null ? t.value() : t.altVal(), modOf(t),
                    begin, end, firstToken, endToken, sentenceIndex));
        } else {
            mentions.add(new NamedMention(surface, type, coarse == null || coarse.equals("O") ? type : coarse, begin,
                    end, firstToken, endToken, sentenceIndex));
        }
    }

    private static int localBegin(CoreMap em) {
        List<CoreLabel> toks = em.get(CoreAnnotations.TokensAnnotation.class);
        return toks.isEmpty() ? 0 : toks.get(0).index() - 1;
    }

    private static String modOf(edu.stanford.nlp.time.Timex t) {
        String mod = t.toXmlElement().getAttribute("mod");
        return mod == null || mod.isEmpty() ? null : mod;
    }

    private static String orO(String s) {
        return s == null || s.isEmpty() ? "O" : s;
    }
}
