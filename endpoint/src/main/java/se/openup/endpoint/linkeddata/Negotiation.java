package se.openup.endpoint.linkeddata;

import java.util.List;
import java.util.Optional;
import org.apache.jena.atlas.web.AcceptList;
import org.apache.jena.atlas.web.MediaRange;
import org.apache.jena.atlas.web.MediaType;

/**
 * Picks a format from an Accept header (RFC 9110 §12.5.1): each offered type takes the q of the most specific
 * range that matches it, q=0 means "not this", and equal q goes to the server's order ({@link RdfFormat}: HTML
 * first). Jena parses the header; its own AcceptList.match ranks by q before specificity, so the rule is here.
 */
final class Negotiation {
    private Negotiation() { }

    /** The format to send, or empty when the client accepts none of ours (406). No header means anything. */
    static Optional<RdfFormat> choose(String accept) {
        if (accept == null || accept.isBlank()) return Optional.of(RdfFormat.HTML);
        List<MediaRange> ranges = new AcceptList(accept).entries();
        RdfFormat best = null;
        double bestQ = 0;
        for (RdfFormat format : RdfFormat.values()) {
            double q = quality(ranges, MediaType.create(format.mediaType));
            if (q > bestQ) {
                best = format;
                bestQ = q;
            }
        }
        return Optional.ofNullable(best);
    }

    private static double quality(List<MediaRange> ranges, MediaType offer) {
        double q = 0;
        int specificity = -1;
        for (MediaRange range : ranges) {
            if (!range.accepts(offer)) continue;
            int s = (isStar(range.getType()) ? 0 : 2) + (isStar(range.getSubType()) ? 0 : 1);
            if (s > specificity) {
                specificity = s;
                q = range.get_q();
            }
        }
        return q;
    }

    private static boolean isStar(String part) { return part == null || part.equals("*"); }

    /** Whether the client would rather read HTML than plain text (for error pages). */
    static boolean prefersHtml(String accept) {
        return choose(accept).map(f -> f == RdfFormat.HTML).orElse(false);
    }
}
