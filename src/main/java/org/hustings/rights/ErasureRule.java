package org.hustings.rights;

import java.util.List;

/**
 * What erasure does to each table that holds people, and why (UK GDPR Art 17). The list is the
 * decision record (docs/adr/0170-erasure-and-suppression.md); a test fails when a table with a
 * {@code person_id} column is missing from it, so a new table cannot silently keep erased people.
 */
public record ErasureRule(String table, Action action, String why, String counted) {

    public enum Action { DELETE, KEEP }

    /** What the plan counts for most tables: the person's rows in it. */
    public static final String ROWS = "rows";

    ErasureRule(String table, Action action, String why) {
        this(table, action, why, ROWS);
    }

    static final List<ErasureRule> ALL = List.of(
            new ErasureRule("attribute_value", Action.DELETE,
                    "Canvass returns, sign-ups, broker attributes and scores: no law requires us to keep them (Art 17(1))."),
            new ErasureRule("pending_row", Action.DELETE,
                    "A list row the linker attached to the person keeps their name, address and contact details as evidence of the link; "
                    + "it goes with the values it carried."),
            new ErasureRule("link", Action.DELETE,
                    "Links of list rows to the person hold both records' values in their explanation; they go with the rows."),
            new ErasureRule("link_decision", Action.DELETE,
                    "Reviewers' decisions that a pair is this person; the suppression list, not a decision, keeps them out."),
            new ErasureRule("consent_state", Action.DELETE, "Consents are no longer needed once nothing is done with the person's data."),
            new ErasureRule("consent", Action.DELETE, "The consent history goes with the consents; the request record shows what was done."),
            new ErasureRule("election_mark", Action.DELETE,
                    "The marked register may be used for electoral purposes (RPR 2001 reg 117), but no law requires the party to keep "
                            + "a person's marks, so they are deleted."),
            new ErasureRule("absent_voter", Action.DELETE,
                    "Absent voters lists may be used for electoral purposes, but no law requires the party to keep a person's entry."),
            new ErasureRule("elector", Action.KEEP,
                    "The full register is supplied to the party by law (RPR 2001 regs 103-105 and 114-115) and is kept as supplied "
                            + "while the party holds it (Art 17(3)(b)); the person is flagged erased and do-not-contact, so it is never used."),
            new ErasureRule("person", Action.KEEP, "The internal id the kept register rows and flags refer to; it holds no personal values."),
            new ErasureRule("person_flag", Action.KEEP, "The erased and do-not-contact flags are what stop every use; they must stay."),
            // Counted as entries, not rows: an entry names the person in a ledger_person row of their own, or inside a run of ids
            // in ledger_person_range (a large read keeps its people as runs, ADR 0200); both are kept.
            new ErasureRule("ledger_person", Action.KEEP,
                    "Internal ids only, covered by the ledger's hash chain; the ledger never holds a personal value.",
                    "ledger entries that name this person"),
            new ErasureRule("rights_request", Action.KEEP,
                    "The request itself is kept to show it was honoured (Art 5(2)) and for any complaint (Art 17(3)(e))."));

    static ErasureRule of(String table) {
        return ALL.stream().filter(r -> r.table.equals(table)).findFirst().orElse(null);
    }
}
