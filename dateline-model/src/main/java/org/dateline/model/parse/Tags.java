package org.dateline.model.parse;

/**
 * The tag vocabularies of a parse, in one place: the Penn Treebank part-of-speech tags of {@link Token#pos()}
 * (predicates named for what they tell) and CoreNLP's named-entity classes of {@link Token#ner()},
 * {@link Token#coarseNer()}, {@link NamedMention#type()} and {@link NamedMention#coarse()} (constants). Stages ask
 * these instead of writing tags.
 */
public final class Tags {
    /** Named-entity class of a token in no entity. */
    public static final String NONE = "O";
    public static final String PERSON = "PERSON";
    public static final String ORGANIZATION = "ORGANIZATION";
    public static final String LOCATION = "LOCATION";
    public static final String MISC = "MISC";
    public static final String COUNTRY = "COUNTRY";
    public static final String CITY = "CITY";
    public static final String STATE_OR_PROVINCE = "STATE_OR_PROVINCE";
    public static final String NATIONALITY = "NATIONALITY";
    public static final String TITLE = "TITLE";
    public static final String DATE = "DATE";
    public static final String TIME = "TIME";
    public static final String DURATION = "DURATION";
    public static final String SET = "SET";
    public static final String NUMBER = "NUMBER";
    public static final String ORDINAL = "ORDINAL";
    public static final String MONEY = "MONEY";
    public static final String PERCENT = "PERCENT";

    /** Part-of-speech tag of a singular or mass common noun; also the coarse class of every common noun. */
    public static final String NOUN = "NN";
    /** Part-of-speech tag of a singular proper noun; also the coarse class of every proper noun. */
    public static final String PROPER_NOUN = "NNP";
    /** Part-of-speech tag of a personal pronoun. */
    public static final String PERSONAL_PRONOUN = "PRP";

    private Tags() {
    }

    public static boolean isVerb(String pos) {
        return pos.startsWith("VB");
    }

    /** A verb in its base form ("will go", "to go"). */
    public static boolean isBaseVerb(String pos) {
        return pos.equals("VB");
    }

    public static boolean isPastTense(String pos) {
        return pos.equals("VBD");
    }

    public static boolean isPastParticiple(String pos) {
        return pos.equals("VBN");
    }

    /** A gerund or present participle ("going"). */
    public static boolean isGerund(String pos) {
        return pos.equals("VBG");
    }

    /** A present-tense verb other than the third person singular ("they go", "I have"). */
    public static boolean isPresentNotThirdPerson(String pos) {
        return pos.equals("VBP");
    }

    /** A present-tense verb, any person ("go", "goes"). */
    public static boolean isPresentTense(String pos) {
        return pos.equals("VBP") || pos.equals("VBZ");
    }

    /** A noun, common or proper. */
    public static boolean isNoun(String pos) {
        return pos.startsWith("NN");
    }

    public static boolean isProperNoun(String pos) {
        return pos.startsWith("NNP");
    }

    public static boolean isCommonNoun(String pos) {
        return isNoun(pos) && !isProperNoun(pos);
    }

    /** A plural noun, common or proper. */
    public static boolean isPluralNoun(String pos) {
        return pos.equals("NNS") || pos.equals("NNPS");
    }

    public static boolean isPluralCommonNoun(String pos) {
        return pos.equals("NNS");
    }

    public static boolean isPluralProperNoun(String pos) {
        return pos.equals("NNPS");
    }

    /** A personal or possessive pronoun. */
    public static boolean isPronoun(String pos) {
        return isPersonalPronoun(pos) || isPossessivePronoun(pos);
    }

    public static boolean isPersonalPronoun(String pos) {
        return pos.equals(PERSONAL_PRONOUN);
    }

    public static boolean isPossessivePronoun(String pos) {
        return pos.equals("PRP$");
    }

    /** An adjective of any degree ("big", "bigger", "biggest"). */
    public static boolean isAdjective(String pos) {
        return pos.startsWith("JJ");
    }

    /** An adjective neither comparative nor superlative. */
    public static boolean isPlainAdjective(String pos) {
        return pos.equals("JJ");
    }

    /** An adverb of any degree. */
    public static boolean isAdverb(String pos) {
        return pos.startsWith("RB");
    }

    /** An adverb neither comparative nor superlative. */
    public static boolean isPlainAdverb(String pos) {
        return pos.equals("RB");
    }

    public static boolean isDeterminer(String pos) {
        return pos.equals("DT");
    }

    /** A preposition or subordinating conjunction. */
    public static boolean isPreposition(String pos) {
        return pos.equals("IN");
    }

    /** The word "to" (before an infinitive or as a preposition). */
    public static boolean isTo(String pos) {
        return pos.equals("TO");
    }

    public static boolean isCoordinatingConjunction(String pos) {
        return pos.equals("CC");
    }

    /** A cardinal number ("three", "2,000"). */
    public static boolean isNumber(String pos) {
        return pos.equals("CD");
    }

    /** The possessive ending ("'s"). */
    public static boolean isPossessiveEnding(String pos) {
        return pos.equals("POS");
    }

    public static boolean isParticle(String pos) {
        return pos.equals("RP");
    }

    /** A wh-word of any kind ("which", "who", "whose", "where"). */
    public static boolean isWhWord(String pos) {
        return pos.startsWith("W");
    }

    /** A wh-determiner ("which", relative "that"). */
    public static boolean isWhDeterminer(String pos) {
        return pos.equals("WDT");
    }

    /** A wh-pronoun ("who", "what"). */
    public static boolean isWhPronoun(String pos) {
        return pos.equals("WP");
    }

    /** Existential "there". */
    public static boolean isExistential(String pos) {
        return pos.equals("EX");
    }

    public static boolean isHyphen(String pos) {
        return pos.equals("HYPH");
    }

    public static boolean isComma(String pos) {
        return pos.equals(",");
    }

    /** A colon, semicolon, dash or ellipsis. */
    public static boolean isColon(String pos) {
        return pos.equals(":");
    }

    /** An opening or closing quotation mark. */
    public static boolean isQuotationMark(String pos) {
        return pos.equals("``") || pos.equals("''");
    }

    /** A tag that is no word class: punctuation and symbols ({@code ,}, {@code -LRB-}, {@code $}, {@code #}). */
    public static boolean isSymbol(String pos) {
        return !Character.isLetter(pos.charAt(0));
    }

    /** Punctuation that ends or separates clauses, brackets, hyphens and quotation marks (not {@code $}, {@code #}). */
    public static boolean isPunctuation(String pos) {
        return pos.equals(",") || pos.equals(".") || pos.equals(":") || isQuotationMark(pos)
                || pos.equals("-LRB-") || pos.equals("-RRB-") || isHyphen(pos) || pos.equals("NFP");
    }
}
