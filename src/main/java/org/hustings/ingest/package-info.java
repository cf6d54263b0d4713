/**
 * Ingest: the first station. Reads a file of a known kind, detects its layout and character
 * set, hands on good rows and quarantines bad ones with file, line, field and reason
 * ({@link org.hustings.ingest.Problem}). Readers never throw for bad data.
 *
 * <p>Loading is all-or-nothing and idempotent: a file is identified by its SHA-256, loaded in
 * one transaction, refused whole over a rejection threshold, and loading it again changes nothing.
 */
package org.hustings.ingest;
