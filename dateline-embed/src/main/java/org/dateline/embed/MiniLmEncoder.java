package org.dateline.embed;

import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import org.dateline.model.parse.SentenceEncoder;

/**
 * Sentence embeddings by all-MiniLM-L6-v2 (sentence-transformers, Apache-2.0), quantised, run in-process by ONNX
 * Runtime from the model LangChain4j ships inside its jar on Maven Central: nothing is downloaded. The model loads
 * on the first sentence; one instance serves many threads.
 */
public final class MiniLmEncoder implements SentenceEncoder {
    /** The model's name, as recorded with what is trained on its vectors. */
    public static final String NAME = "all-MiniLM-L6-v2-q";
    private static final int DIMENSION = 384;

    private volatile AllMiniLmL6V2QuantizedEmbeddingModel model;

    @Override
    public float[] encode(String sentence) {
        return model().embed(sentence.isBlank() ? "." : sentence).content().vector();
    }

    @Override
    public int dimension() {
        return DIMENSION;
    }

    @Override
    public String name() {
        return NAME;
    }

    private AllMiniLmL6V2QuantizedEmbeddingModel model() {
        AllMiniLmL6V2QuantizedEmbeddingModel m = model;
        if (m == null) {
            synchronized (this) {
                if (model == null) {
                    model = new AllMiniLmL6V2QuantizedEmbeddingModel();
                }
                m = model;
            }
        }
        return m;
    }
}
