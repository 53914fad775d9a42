package org.dateline.readers;

import java.util.Arrays;
import java.util.stream.Collectors;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * The text of an HTML element as paragraphs: each block element (p, h1, li, div, blockquote ...) becomes a
 * paragraph, white space inside a paragraph is collapsed, a {@code <br>} starts a new line, and paragraphs are
 * separated by one blank line.
 */
final class ParagraphText {

    private static final char BREAK = '\u2029';

    private ParagraphText() {
    }

    /** The paragraphs of {@code root}, separated by blank lines; empty when it has no text. */
    static String of(Element root) {
        StringBuilder raw = new StringBuilder();
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode text) {
                    raw.append(text.getWholeText().replace(BREAK, ' ').replaceAll("\\s+", " "));
                } else if (node instanceof Element element) {
                    if (element.nameIs("br")) {
                        raw.append('\n');
                    } else if (element.isBlock()) {
                        raw.append(BREAK);
                    }
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element element && element.isBlock()) {
                    raw.append(BREAK);
                }
            }
        }, root);
        return Arrays.stream(raw.toString().split(String.valueOf(BREAK)))
                .map(ParagraphText::paragraph)
                .filter(paragraph -> !paragraph.isEmpty())
                .collect(Collectors.joining("\n\n"));
    }

    private static String paragraph(String raw) {
        return raw.lines().map(line -> line.replaceAll("[ \\t\\x0B\\f\\r\\u00A0]+", " ").strip())
                .filter(line -> !line.isEmpty())
                .collect(Collectors.joining("\n"));
    }
}
