/**
 * Linkage and the store: runs, links and the review queue, on both engines (V30__linkage.sql; V53
 * adds the status {@code superseded}; V54 indexes {@code row_key}).
 *
 * <p>Worked example: a canvass list of 2,000 rows is linked to the spine. 1,870 pairs score at or
 * above the link threshold and are stored as status {@code linked} with their probability, weight
 * and explanation; 40 fall in the review band and are stored as {@code review}. A reviewer accepts
 * 25 and rejects 15; each decision is kept in {@code link_decision} under a hash of both records'
 * values. When the list is a loaded dataset's pending rows ({@link org.hustings.link.store.PendingLinkage}),
 * each acceptance also attaches the row's values to the person in the same transaction, at link
 * probability 1.0 — a person checked it (docs/adr/0133). Next month the same list is linked again:
 * the 40 pairs meet their earlier decisions and are stored as {@code accepted} or {@code rejected}
 * at once — nobody is asked twice.
 *
 * <p>One row, one decision (docs/adr/0134, V53; docs/adr/0135, V54): running {@code hustings link
 * pending} again over a dataset, or {@code hustings link run} again over the same CSV, does not queue
 * a waiting row a second time with the same candidate (it counts as already queued); a new candidate
 * for it is queued beside the old. Accepting one pair for a row closes the row's other open pairs as
 * {@code superseded}, in the same transaction; rejecting closes only the row's open copies of the same
 * pair; a row the linker attaches, or someone attaches by hand ({@link org.hustings.link.store.LinkStore#attach}),
 * closes its open pairs too. A row's pairs are found by the index on {@code link.row_key}. The
 * review queue, the Link review page and a request's review-band rows show open ({@code review})
 * pairs only.
 */
package org.hustings.link.store;
