/**
 * Ingest of non-register data: canvass returns, membership and supporter lists, web sign-ups,
 * broker files with many attributes per person, and area statistics — CSV (FastCSV) or XLSX
 * (FastExcel's streaming reader) — each read through a versioned mapping file
 * ({@link org.hustings.ingest.data.DataMapping}, documented in docs/data-mappings.md).
 *
 * <p>Nothing is stored without provenance. The mapping names its source; the source must be
 * declared with a lawful footing (the mapping may carry the declaration), and each load declares
 * its dataset and fields through {@link org.hustings.provenance.Sources#declareDataset}, which
 * refuses missing or unlawful provenance with the reasons ("public task" for bought data, UK GDPR
 * Art 6(1)(e) and 6(3)) and stores special category fields without a covering Article 9
 * condition flagged never released (Art 9(1)), so that the gate refuses them.
 *
 * <p>The register's rules hold: bad rows are quarantined with file, line, column and reason; a
 * file loads in one transaction or not at all, refused whole over the rejection threshold; the
 * same contents load once (SHA-256); each load is one ledger entry with counts, hashes and the
 * ids of the people reached. Person rows attach to the spine by exact keys only, set-based in
 * SQL: the elector number within the authority's current edition (when the row's surname agrees),
 * else the register's normalised name + address + postcode key
 * ({@link org.hustings.register.MatchKey}) among current entries; a key fitting two people attaches
 * neither. The rest wait in {@code pending_row} with the identity keys the linker needs and their
 * values unlinked in {@code attribute_value}; {@link org.hustings.ingest.data.PendingRows#attach}
 * attaches one later. Area rows are stored per area in {@code area_value} and reach no person.
 *
 * <p>Worked example: a doorstep canvass return "AA1-1, Ann Abbott, …, Intention: ours, Email OK:
 * yes" with the canvass mapping attaches to Ann by elector number; her voting intention is stored
 * under the source's Art 9(2)(g) condition (DPA 2018 Sch 1 para 22), her email consent is recorded
 * with the wording version shown; a row for "AA1-99, Zed Zulu" matches nobody and waits, pending.
 */
package org.hustings.ingest.data;
