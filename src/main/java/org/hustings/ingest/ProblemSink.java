package org.hustings.ingest;

/** Receives the problems a reader finds, in file order. */
@FunctionalInterface
public interface ProblemSink {
    void report(Problem problem);
}
