package se.openup.loader.procurement;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import se.openup.loader.normalise.Names;

/**
 * The key of a contracting process: {buyer}/{procurementIdKey}-{titleHash}. The Upphandlings-ID alone is not unique
 * (it is the notice database's id: MT4321 names procurements of two buyers, MT3409 two procurements of one buyer with
 * different titles), so the buyer and the title take part. The title is hashed after {@link Names#key}, which folds
 * case and punctuation: the two workbooks spell the same title "a; b" and "a,b" or with different capitals, and a
 * procurement must get the same IRI from both (measured in docs/procurement.md).
 */
final class ProcessKeys {
    private ProcessKeys() {}

    /**
     * @param buyerOrgnr the buyer's 10-digit orgnr, or null for a buyer known only by name
     * @param buyerName  used only when there is no orgnr
     */
    static String of(String buyerOrgnr, String buyerName, String procurementId, String title) {
        String buyer = buyerOrgnr != null ? buyerOrgnr : "name-" + Names.key(buyerName);
        return buyer + "/" + Names.key(procurementId) + "-" + hash(Names.key(title));
    }

    /** The first 8 hex digits of the SHA-256: 32 bits, ample to tell apart titles under one id and buyer. */
    static String hash(String text) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d, 0, 4);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
