package se.openup.loader.normalise;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import se.openup.loader.normalise.SupplierId.Issue;
import se.openup.loader.normalise.SupplierId.Kind;

/**
 * Classifies a supplier-id cell. Safety first: anything that is or may be a personnummer/samordningsnummer (a sole
 * trader's id) comes back as {@link Kind#PERSONAL} with nothing of the value kept, whatever else the cell holds.
 * Publisher-declared mask texts ({@code ANONYMERAD}, {@code [innehåller personuppgifter]}) and null markers
 * ({@code NULL}, {@code SAKNAS}) are the caller's job (mapping lists); here they would be INTERNAL.
 */
public final class SupplierIdParser {
    private SupplierIdParser() {
    }

    /** Classifies one cell; see {@link SupplierId} for what each kind carries. Never throws, never returns null. */
    public static SupplierId classify(String cell) {
        String t = Chars.trim(cell);
        if (t.isEmpty()) {
            return SupplierId.NONE;
        }
        if (!needsSplit(t)) {
            return guard(IdTokens.classify(t));
        }
        List<SupplierId> parts = new ArrayList<>(4);
        splitParts(t, parts);
        for (SupplierId part : parts) {
            if (guard(part).kind() == Kind.PERSONAL) {
                return SupplierId.PERSONAL; // one personal part and nothing of the cell is kept
            }
        }
        return combine(t, parts);
    }

    /**
     * A personnummer-shaped token anywhere in a free-text value ("Kund 550101-1234") makes it personal. Valid
     * orgnrs, foreign VAT ids and broken orgnrs (10 digits, digits 3–4 ≥ 20) are exempt: their digits were fully
     * checked, and a Swedish VAT id such as SE556112050101 would otherwise look like YYYYMMDDNNNN.
     */
    private static SupplierId guard(SupplierId r) {
        if (r.kind() == Kind.INTERNAL && !r.has(Issue.INVALID_CHECKSUM) && PersonalNumbers.looksPersonal(r.id())) {
            return SupplierId.PERSONAL;
        }
        return r;
    }

    /**
     * True if the text holds a personnummer/samordningsnummer-shaped token anywhere: YYMMDD-NNNN, YYMMDDNNNN,
     * YYYYMMDD-NNNN, YYYYMMDDNNNN (separator '-', '+', another dash, one space, or none), month 01–12 and day 01–31
     * or 61–91, as a digit run of its own. The check digit is not tested. Use it as the last guard on free text.
     */
    public static boolean looksPersonal(String anyText) {
        return PersonalNumbers.looksPersonal(anyText);
    }

    private static boolean needsSplit(String t) {
        for (int i = 0, n = t.length(); i < n; i++) {
            char c = t.charAt(i);
            if (c == '/' || c == ',' || c == ';' || c == '|' || Chars.isSpace(c)) {
                return true;
            }
        }
        return false;
    }

    /** Splits on / , ; | and " och ", then each piece on whitespace when it is a row of complete ids. */
    private static void splitParts(String t, List<SupplierId> out) {
        int n = t.length();
        int start = 0;
        int i = 0;
        while (i < n) {
            char c = t.charAt(i);
            if (c == '/' || c == ',' || c == ';' || c == '|') {
                addPiece(t, start, i, out);
                start = ++i;
            } else if (Chars.isSpace(c) && i + 4 < n && t.regionMatches(true, i + 1, "och", 0, 3)
                && Chars.isSpace(t.charAt(i + 4))) {
                addPiece(t, start, i, out);
                i += 5;
                start = i;
            } else {
                i++;
            }
        }
        addPiece(t, start, n, out);
    }

    private static void addPiece(String t, int start, int end, List<SupplierId> out) {
        start = Chars.skipSpace(t, start, end);
        end = Chars.trimEnd(t, start, end);
        if (start == end) {
            return;
        }
        String piece = t.substring(start, end);
        SupplierId whole = IdTokens.classify(piece);
        if (whole.kind() != Kind.INTERNAL || whole.has(Issue.INVALID_CHECKSUM) || !needsSplit(piece)) {
            out.add(whole);
            return;
        }
        // "5568119357 5561688523": split on whitespace only if every chunk is a complete id
        int mark = out.size();
        boolean allIds = true;
        int i = 0;
        int n = piece.length();
        while (i < n) {
            int s = Chars.skipSpace(piece, i, n);
            int e = s;
            while (e < n && !Chars.isSpace(piece.charAt(e))) {
                e++;
            }
            if (s < e) {
                SupplierId chunk = IdTokens.classify(piece.substring(s, e));
                if (chunk.kind() == Kind.PERSONAL) {
                    out.add(chunk); // one personal chunk makes the whole cell personal
                    return;
                }
                allIds &= chunk.kind() != Kind.INTERNAL || chunk.has(Issue.INVALID_CHECKSUM);
                out.add(chunk);
            }
            i = e;
        }
        if (!allIds || out.size() - mark < 2) {
            out.subList(mark, out.size()).clear();
            out.add(whole);
        }
    }

    /** First valid orgnr, else first foreign VAT, else first broken orgnr is the id; the rest become otherIds. */
    private static SupplierId combine(String t, List<SupplierId> parts) {
        if (parts.isEmpty()) {
            return SupplierId.NONE; // only separators, e.g. "/"
        }
        if (parts.size() == 1) {
            return parts.get(0);
        }
        SupplierId primary = first(parts, Kind.ORGNR);
        if (primary == null) {
            primary = first(parts, Kind.FOREIGN_VAT);
        }
        if (primary == null) {
            for (SupplierId p : parts) {
                if (p.has(Issue.INVALID_CHECKSUM)) {
                    primary = p;
                    break;
                }
            }
        }
        if (primary == null) {
            // "LEV/12", "Foo, Stockholm": one value with punctuation, not several ids
            return guard(IdTokens.internal(t));
        }
        List<String> others = new ArrayList<>(parts.size() - 1);
        for (SupplierId p : parts) {
            if (p != primary && !p.id().equals(primary.id()) && !others.contains(p.id())) {
                others.add(p.id());
            }
        }
        if (others.isEmpty()) {
            return primary;
        }
        EnumSet<Issue> issues = primary.issues();
        issues.add(Issue.MULTIPLE_IDS);
        return new SupplierId(primary.kind(), primary.id(), others, issues);
    }

    private static SupplierId first(List<SupplierId> parts, Kind kind) {
        for (SupplierId p : parts) {
            if (p.kind() == kind) {
                return p;
            }
        }
        return null;
    }
}
