package org.hustings.ingest;

import java.util.function.Consumer;

/**
 * Streams the records of one file of a known kind, detecting its layout from the header.
 * A reader never throws for bad data: every bad row becomes a {@link Problem}; a file it cannot
 * read at all (no header, unknown layout) is one {@link Problem} on line 1 with nothing accepted.
 */
public interface RecordReader<T> {
    ReadSummary read(SourceFile file, Consumer<T> records, ProblemSink problems);
}
