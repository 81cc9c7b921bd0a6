package se.openup.loader.source;

import java.util.List;

/** Receives what a {@link RowSource} reads: the header once, then every row, in order. */
public interface RowHandler {
    /** The column titles (empty when the dialect says the file has no header). */
    void header(List<String> titles);

    void row(RawRow row);

    /** The file was read to its end (not called when reading fails): for handlers that summarise a whole file. */
    default void end() {}
}
