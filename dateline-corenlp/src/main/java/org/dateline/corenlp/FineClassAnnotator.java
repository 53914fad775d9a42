package org.dateline.corenlp;

import edu.stanford.nlp.ling.CoreAnnotation;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.Annotator;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;

/**
 * The CoreNLP pipeline step ({@code finegrained}) that gives tokens their fine-grained named-entity classes through
 * {@link FineClassTagger}, in place of the fine-grained step inside CoreNLP's {@code ner} (which is then switched
 * off). Like CoreNLP, it reads a word split at a hyphen ("Kharkiv-based" as "Kharkiv", "-", "based") as one token
 * unless the part after the hyphen is one of a few words such as "based" or "backed"; every token of such a word
 * takes the class given to the whole.
 */
public final class FineClassAnnotator implements Annotator {

    /** The words after a hyphen that CoreNLP's named-entity tokenization keeps apart. */
    private static final Set<String> KEPT_APART = Set.of("based", "area", "registered", "headquartered", "native",
            "born", "raised", "backed", "controlled", "owned", "resident", "trained", "educated");

    private static final class English {
        static final FineClassTagger TAGGER = new FineClassTagger(FineClassMapping.english());
    }

    private final FineClassTagger tagger;

    /** The constructor CoreNLP calls for a {@code customAnnotatorClass}; loads the English classes once per JVM. */
    public FineClassAnnotator(String name, Properties properties) {
        this(English.TAGGER);
    }

    FineClassAnnotator(FineClassTagger tagger) {
        this.tagger = tagger;
    }

    @Override
    public void annotate(Annotation annotation) {
        List<CoreMap> sentences = annotation.get(CoreAnnotations.SentencesAnnotation.class);
        if (sentences == null) {
            return;
        }
        for (CoreMap sentence : sentences) {
            tagSentence(sentence.get(CoreAnnotations.TokensAnnotation.class));
        }
    }

    private void tagSentence(List<CoreLabel> tokens) {
        List<Integer> starts = wordStarts(tokens);
        int n = starts.size();
        String[] words = new String[n];
        String[] pos = new String[n];
        String[] ner = new String[n];
        for (int g = 0; g < n; g++) {
            int from = starts.get(g);
            int to = g + 1 < n ? starts.get(g + 1) : tokens.size();
            StringBuilder word = new StringBuilder();
            for (int i = from; i < to; i++) {
                word.append(tokens.get(i).word());
            }
            words[g] = word.toString();
            pos[g] = tokens.get(from).tag();
            ner[g] = tokens.get(from).ner();
        }
        tagger.tag(words, pos, ner);
        for (int g = 0; g < n; g++) {
            int to = g + 1 < n ? starts.get(g + 1) : tokens.size();
            for (int i = starts.get(g); i < to; i++) {
                CoreLabel token = tokens.get(i);
                token.setNER(ner[g]);
                token.set(CoreAnnotations.FineGrainedNamedEntityTagAnnotation.class, ner[g]);
            }
        }
    }

    /** Where each word of CoreNLP's named-entity tokenization starts: hyphenated parts joined. */
    static List<Integer> wordStarts(List<CoreLabel> tokens) {
        List<Integer> starts = new ArrayList<>();
        String word = null;
        boolean nothingAfter = false;
        for (int i = 0; i < tokens.size(); i++) {
            CoreLabel token = tokens.get(i);
            boolean join;
            if (word != null && nothingAfter && token.word().equals("-")) {
                join = i + 1 < tokens.size() && !KEPT_APART.contains(tokens.get(i + 1).word());
            } else {
                join = word != null && word.endsWith("-") && nothingAfter && !KEPT_APART.contains(token.word());
            }
            if (join) {
                word = word + token.word();
            } else {
                starts.add(i);
                word = token.word();
            }
            nothingAfter = token.containsKey(CoreAnnotations.AfterAnnotation.class) && token.after().isEmpty();
        }
        return starts;
    }

    @Override
    public Set<Class<? extends CoreAnnotation>> requires() {
        return Set.of(CoreAnnotations.TokensAnnotation.class, CoreAnnotations.SentencesAnnotation.class,
                CoreAnnotations.PartOfSpeechAnnotation.class, CoreAnnotations.NamedEntityTagAnnotation.class);
    }

    @Override
    public Set<Class<? extends CoreAnnotation>> requirementsSatisfied() {
        return Set.of(CoreAnnotations.FineGrainedNamedEntityTagAnnotation.class);
    }
}
