package org.hustings.ingest;

/**
 * What a reader made of one file.
 *
 * @param layout   the layout detected from the header, e.g. {@code xpress}, {@code idox}
 * @param rows     data rows read (not counting header or blank lines)
 * @param accepted rows handed on
 * @param rejected rows quarantined
 */
public record ReadSummary(String layout, long rows, long accepted, long rejected) {
}
