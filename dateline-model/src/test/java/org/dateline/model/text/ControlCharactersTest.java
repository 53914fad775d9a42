package org.dateline.model.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

class ControlCharactersTest {
    @Test
    void aNewlineAnEscapeAndABidiOverrideAreWrittenAsEscapes() {
        assertEquals("news\\n2.txt", ControlCharacters.escape("news\n2.txt"));
        assertEquals("\\x1b[31mred.txt", ControlCharacters.escape("\u001b[31mred.txt"));
        assertEquals("a\\u202eb", ControlCharacters.escape("a\u202eb"));
        assertEquals("c:\\\\x1b", ControlCharacters.escape("c:\\x1b"));
    }

    @Test
    void plainTextIsLeftAsItIs() {
        String text = "Київ, 3 March — “quoted”";
        assertSame(text, ControlCharacters.escape(text));
    }

    @Property
    void theEscapedTextHasNoControlCharacterLeft(@ForAll String text) {
        String escaped = ControlCharacters.escape(text);
        assertTrue(escaped.chars().noneMatch(ControlCharacters::needsEscape), escaped);
    }
}
