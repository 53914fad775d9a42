package org.dateline.corenlp;

import java.util.Map;
import java.util.Properties;
import java.util.Set;

/**
 * Typed settings of the CoreNLP adapter. Validated once; unknown keys in {@link #fromMap} are errors.
 *
 * @param nerModels   FAST: the 3-class CRF only (dates, numbers and fine classes come from rules anyway);
 *                    FULL: CoreNLP's default three CRF models
 * @param fineGrained fine-grained classes (CITY, COUNTRY, TITLE, NATIONALITY ...) from CoreNLP's English class files,
 *                    assigned by {@link FineClassAnnotator} as CoreNLP's fine-grained regexner would
 * @param quotes      find passages in quotation marks (QuoteAnnotator, without its coref-based attribution)
 * @param maxSentenceTokens sentences longer than this are not dependency-parsed (tagged only)
 * @param timeTagging where SUTime runs: on the sentences {@link TimeCues} lets through (the default; the same
 *                    parse, tested), or on every sentence
 */
public record CoreNlpConfig(NerModels nerModels, boolean fineGrained, boolean quotes, int maxSentenceTokens,
                            TimeTagging timeTagging) {

    /** Which statistical NER models run. */
    public enum NerModels { FAST, FULL }

    /** Which sentences SUTime reads. */
    public enum TimeTagging { CUED_SENTENCES, EVERY_SENTENCE }

    private static final Set<String> KEYS = Set.of("nerModels", "fineGrained", "quotes", "maxSentenceTokens",
            "timeTagging");

    public CoreNlpConfig {
        if (nerModels == null) {
            throw new IllegalArgumentException("nerModels must be FAST or FULL");
        }
        if (timeTagging == null) {
            throw new IllegalArgumentException("timeTagging must be CUED_SENTENCES or EVERY_SENTENCE");
        }
        if (maxSentenceTokens < 10) {
            throw new IllegalArgumentException("maxSentenceTokens must be at least 10, was " + maxSentenceTokens);
        }
    }

    public static CoreNlpConfig defaults() {
        return new CoreNlpConfig(NerModels.FAST, true, true, 150, TimeTagging.CUED_SENTENCES);
    }

    /** The defaults with other NER models (the CLI's and the Spark job's {@code --ner}). */
    public static CoreNlpConfig withNer(NerModels nerModels) {
        CoreNlpConfig d = defaults();
        return new CoreNlpConfig(nerModels, d.fineGrained(), d.quotes(), d.maxSentenceTokens(), d.timeTagging());
    }

    /** Reads settings from string values (for example a config file); an unknown key is an error. */
    public static CoreNlpConfig fromMap(Map<String, String> settings) {
        for (String key : settings.keySet()) {
            if (!KEYS.contains(key)) {
                throw new IllegalArgumentException("unknown CoreNLP setting '" + key + "'; known: " + KEYS);
            }
        }
        CoreNlpConfig d = defaults();
        return new CoreNlpConfig(
                NerModels.valueOf(settings.getOrDefault("nerModels", d.nerModels().name())),
                parseBoolean(settings, "fineGrained", d.fineGrained()),
                parseBoolean(settings, "quotes", d.quotes()),
                Integer.parseInt(settings.getOrDefault("maxSentenceTokens", String.valueOf(d.maxSentenceTokens()))),
                TimeTagging.valueOf(settings.getOrDefault("timeTagging", d.timeTagging().name())));
    }

    private static boolean parseBoolean(Map<String, String> settings, String key, boolean fallback) {
        String v = settings.get(key);
        if (v == null) {
            return fallback;
        }
        if (!v.equals("true") && !v.equals("false")) {
            throw new IllegalArgumentException(key + " must be true or false, was '" + v + "'");
        }
        return Boolean.parseBoolean(v);
    }

    /** The CoreNLP properties these settings stand for. */
    Properties toProperties() {
        Properties p = new Properties();
        // the fine-grained classes come from FineClassAnnotator, CoreNLP's own step being slower than the rest of ner
        // SUTime, most of ner's time, only where TimeCues finds a time word or a number (TimedNerAnnotator)
        String ner = timeTagging == TimeTagging.CUED_SENTENCES ? "timedner" : "ner";
        p.setProperty("annotators", "tokenize,ssplit,pos,lemma," + ner + (fineGrained ? ",finegrained" : "")
                + ",entitymentions,depparse" + (quotes ? ",quote" : ""));
        p.setProperty("customAnnotatorClass.finegrained", FineClassAnnotator.class.getName());
        p.setProperty("customAnnotatorClass.timedner", TimedNerAnnotator.class.getName());
        p.setProperty("tokenize.language", "en");
        p.setProperty("ssplit.newlineIsSentenceBreak", "two");
        if (nerModels == NerModels.FAST) {
            p.setProperty("ner.model", "edu/stanford/nlp/models/ner/english.all.3class.distsim.crf.ser.gz");
        }
        p.setProperty("ner.applyFineGrained", "false");
        p.setProperty("ner.buildEntityMentions", "false");
        p.setProperty("ner.useSUTime", "true");
        p.setProperty("ner.applyNumericClassifiers", "true");
        p.setProperty("depparse.maxSentenceLength", String.valueOf(maxSentenceTokens));
        p.setProperty("pos.maxlen", String.valueOf(Math.max(maxSentenceTokens, 300)));
        p.setProperty("quote.attributeQuotes", "false");
        return p;
    }
}
