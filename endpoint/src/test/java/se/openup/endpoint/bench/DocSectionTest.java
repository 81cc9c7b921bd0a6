package se.openup.endpoint.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class DocSectionTest {
    @Test
    void onlyTheMarkedSectionChanges() {
        String doc = "# Perf\nprose\n<!-- peer:begin -->\nold table\n<!-- peer:end -->\nmore prose\n";
        String once = DocSection.replace(doc, "peer", "| new | table |");
        assertEquals("# Perf\nprose\n<!-- peer:begin -->\n| new | table |\n<!-- peer:end -->\nmore prose\n", once);
        assertEquals(once, DocSection.replace(once, "peer", "| new | table |\n"), "running it again gives the same file");
    }

    @Test
    void aDocumentWithoutTheMarkersIsRefusedNamingThem() {
        var e = assertThrows(IllegalArgumentException.class, () -> DocSection.replace("# Perf\n", "peer", "x"));
        assertTrue(e.getMessage().contains("<!-- peer:begin -->"), e.getMessage());
        assertThrows(IllegalArgumentException.class,
                () -> DocSection.replace("<!-- peer:end -->\n<!-- peer:begin -->\n", "peer", "x"), "end before begin");
    }
}
