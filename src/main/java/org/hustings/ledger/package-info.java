/**
 * The ledger: an append-only, hash-chained record of every import, gated read, export, rights
 * action and configuration change, which anyone can verify end to end.
 *
 * <h2>Design</h2>
 * {@link org.hustings.ledger.Ledger} is the facade. An entry ({@link org.hustings.ledger.LedgerEntry})
 * names an actor, an action (a dotted code such as {@code gate.read}), a subject, details and the
 * internal ids of the people it reached. Bulk work writes one entry per batch; its person ids go
 * to a side table ({@code ledger_person}, indexed by person; from 1,000 ids on as runs of
 * consecutive ids in {@code ledger_person_range}, indexed by bucket, see {@code PersonRuns}) so
 * that "what reached person P" is one indexed query (UK GDPR Art 15), and the entry's hash covers
 * a digest of those ids, so the side tables cannot be changed unnoticed. Appends take the single {@code ledger_head} row first
 * (an UPDATE in the caller's transaction): PostgreSQL makes a second appender wait on that row
 * until the first commits, DuckDB's writes are serialised by the store, so concurrent appenders
 * form one chain with numbers 1, 2, 3… and no gaps; a rolled-back append leaves nothing.
 * Several entries of one transaction go in as one batch ({@link org.hustings.ledger.Ledger#appendAll}):
 * one head update reserves their numbers, one insert each adds the entries, their person rows and
 * their runs, one head update records the last hash; the chain is byte for byte what appending
 * them one by one gives (docs/adr/0214-batched-ledger-append-and-fewer-rights-statements.md).
 * {@link org.hustings.ledger.Ledger#verify()} walks the chain in pages inside one snapshot and
 * returns {@link org.hustings.ledger.Verification.Intact} or the first
 * {@link org.hustings.ledger.Verification.Broken} place, with a {@link org.hustings.ledger.Tampering}
 * kind: edited, deleted, inserted, reordered or person list changed.
 *
 * <p>No personal values: details, actor and subject are short codes (no spaces, no {@code @},
 * not a telephone number, at most 200 characters), numbers and booleans — internal ids, counts,
 * field names, rule codes and hashes only (Art 5(1)(c)). So erasing a person (Art 17) deletes
 * their data elsewhere and never touches the chain: their internal id left here then refers to
 * no one. See {@code Minimisation} for the exact rule.
 *
 * <h2>The canonical form (for re-verifying with another tool)</h2>
 * Tables: {@code ledger_entry(seq, recorded_at, actor, action, subject, details, person_count,
 * persons_sha256, previous_hash, hash)}, {@code ledger_person(seq, person_id)},
 * {@code ledger_person_range(seq, bucket, first_id, last_id)} (the ids first_id..last_id inclusive;
 * bucket = floor(first_id / 65536) = floor(last_id / 65536), an index key the hash does not cover
 * but verification checks), {@code ledger_head(id = 1, seq, hash)}. An entry's people are the
 * union of its ledger_person rows and its expanded ranges.
 * <ol>
 * <li>Entries are numbered {@code seq} = 1, 2, 3… without gaps. The genesis hash (the "previous
 *     hash" of entry 1) is 64 zeros.</li>
 * <li><b>persons_sha256</b> = lowercase hex SHA-256 of the entry's distinct person ids in ascending
 *     numeric order, each written in decimal ASCII (a minus sign if negative, no leading zeros)
 *     followed by one line feed (0x0A). No ids: the SHA-256 of nothing,
 *     {@code e3b0c442…b855}. {@code person_count} = the number of distinct ids. To check, select
 *     {@code person_id FROM ledger_person WHERE seq = n} together with the expanded ranges,
 *     {@code SELECT g.i FROM ledger_person_range r, generate_series(r.first_id, r.last_id) AS g(i)
 *     WHERE r.seq = n} (the same text on both stores), in ascending order.</li>
 * <li><b>details</b> is stored exactly as hashed: JSON with object keys sorted by UTF-16 code unit
 *     (Java's {@code String.compareTo}; all keys are ASCII, so plain byte order), no whitespace,
 *     strings with no escapes (printable ASCII without quote or backslash is all that is allowed),
 *     integers without a decimal point ({@code 10}, never {@code 10.0} or {@code 1E+1}), other
 *     numbers in plain decimal with no trailing zeros ({@code 2.5}, never {@code 2.50} or an
 *     exponent), {@code -0} written {@code 0}, true/false, arrays in their given order.
 *     Written by Jackson with {@code ORDER_MAP_ENTRIES_BY_KEYS} and {@code WRITE_BIGDECIMAL_AS_PLAIN}
 *     after numbers are normalised to BigInteger or stripped BigDecimal.</li>
 * <li><b>time</b> = {@code recorded_at} in UTC as {@code yyyy-MM-ddTHH:mm:ss.ffffffZ}: always six
 *     fractional digits, e.g. {@code 2026-11-22T09:37:50.123400Z}.</li>
 * <li>The <b>message</b> is this JSON object, keys in this (sorted) order, no whitespace, with the
 *     stored details text inserted verbatim:
 *     <pre>{"action":A,"actor":B,"details":D,"persons":{"count":N,"sha256":P},"previous":H,"seq":S,
 *  "subject":T,"time":"…Z","version":"hustings-ledger-1"}</pre>
 *     (on one line), where A, B, T are JSON strings (the subject may be {@code ""}), N and S
 *     integers, H the previous entry's hash (genesis for entry 1).</li>
 * <li><b>hash</b> = lowercase hex SHA-256 of the message's UTF-8 bytes, and the next entry's
 *     {@code previous_hash}. {@code ledger_head} holds the last {@code seq} and {@code hash}.</li>
 * </ol>
 * Worked example: entry 1 by {@code cli} doing {@code config.source} on {@code source:ero}, no
 * details and no people, at 2026-01-01 00:00 UTC, hashes the UTF-8 bytes of
 * {@code {"action":"config.source","actor":"cli","details":{},"persons":{"count":0,"sha256":"e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"},"previous":"0000000000000000000000000000000000000000000000000000000000000000","seq":1,"subject":"source:ero","time":"2026-01-01T00:00:00.000000Z","version":"hustings-ledger-1"}}
 * to {@code 79276108895621f8c1880f93ad8100761b114ee2adc875a6dbda38bba99e5efb}
 * (checked with {@code sha256sum} in CanonicalFormTest). {@code scripts/verify-ledger.py} re-verifies
 * a CSV export of the three tables with Python's standard library alone (ExternalVerifierTest
 * runs it against both stores).
 *
 * <p>Limit: the chain has no secret key, so someone able to rewrite the whole table and the head
 * could recompute every hash. Note the entry number and head hash that {@code hustings ledger verify}
 * prints somewhere else (a minutes book, an email to the data protection officer); a later
 * {@link org.hustings.ledger.Ledger#verifyThrough(Checkpoint)} ({@code verify --checkpoint SEQ:HASH})
 * whose chain no longer passes through it shows the rewrite. See docs/adr/0140-ledger-hash-chain.md.
 */
package org.hustings.ledger;
