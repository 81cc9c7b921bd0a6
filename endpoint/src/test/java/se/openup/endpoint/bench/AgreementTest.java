package se.openup.endpoint.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.junit.jupiter.api.Test;
import se.openup.endpoint.bench.Endpoint.Table;

class AgreementTest {
    static final Node A = NodeFactory.createURI("https://w3id.org/openup/id/org/2120001355");
    static final Node B = NodeFactory.createURI("https://w3id.org/openup/id/org/2120002411");

    static Node dec(String v) { return NodeFactory.createLiteralDT(v, XSDDatatype.XSDdecimal); }

    static Table table(Node[]... rows) {
        return new Table(List.of("buyer", "total"), Arrays.stream(rows).map(Arrays::asList).toList());
    }

    @Test
    void numbersAgreeToTheOreWhateverTheirScaleOrType() {
        var v = Agreement.compare(table(new Node[] {A, dec("1500.5")}), table(new Node[] {A, dec("1500.50")}));
        assertTrue(v.same(), v.note());
        assertTrue(Agreement.compare(table(new Node[] {A, NodeFactory.createLiteralDT("7", XSDDatatype.XSDinteger)}),
                table(new Node[] {A, NodeFactory.createLiteralDT("7", XSDDatatype.XSDint)})).same());
    }

    @Test
    void oneOreMoreIsADifferenceAndSaysWhere() {
        var v = Agreement.compare(table(new Node[] {A, dec("1500.50")}), table(new Node[] {A, dec("1500.51")}));
        assertFalse(v.same());
        assertTrue(v.note().startsWith("row 1 ?total"), v.note());
    }

    @Test
    void rowCountColumnsAndUnboundCellsCount() {
        assertEquals("1 rows vs 0", Agreement.compare(table(new Node[] {A, dec("1")}), table()).note());
        assertFalse(Agreement.compare(table(new Node[] {A, dec("1")}), table(new Node[] {A, null})).same());
        assertFalse(Agreement.compare(table(), new Table(List.of("buyer"), List.of())).same());
    }

    @Test
    void plainAndXsdStringLiteralsAreTheSameTextButLanguageTagsMatter() {
        Node plain = NodeFactory.createLiteralString("Ydre");
        Node typed = NodeFactory.createLiteralDT("Ydre", XSDDatatype.XSDstring);
        assertTrue(Agreement.compare(table(new Node[] {A, plain}), table(new Node[] {A, typed})).same());
        assertFalse(Agreement.compare(table(new Node[] {A, plain}), table(new Node[] {A, NodeFactory.createLiteralLang("Ydre", "sv")})).same());
    }

    @Test
    void theSameRowsInAnotherOrderAreTheSameAnswerAndTheReportSaysSo() {
        var v = Agreement.compare(table(new Node[] {A, dec("1")}, new Node[] {B, dec("1")}),
                table(new Node[] {B, dec("1")}, new Node[] {A, dec("1")}));
        assertTrue(v.same());
        assertTrue(v.note().startsWith("2 rows, other order"), v.note());
        assertEquals("2 rows, same order", Agreement.compare(table(new Node[] {A, dec("1")}, new Node[] {B, dec("1")}),
                table(new Node[] {A, dec("1.00")}, new Node[] {B, dec("1")})).note());
    }
}
