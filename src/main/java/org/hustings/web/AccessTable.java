package org.hustings.web;

import static org.hustings.staff.Role.AUDITOR;
import static org.hustings.staff.Role.CANVASSER;
import static org.hustings.staff.Role.DATA_MANAGER;
import static org.hustings.staff.Role.DPO;
import static org.hustings.staff.Role.ORGANISER;

import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.hustings.staff.Role;

/**
 * Which roles may use which route: the one place access is decided (least privilege, UK GDPR
 * Art 5(1)(f) and Art 32). A route that is neither public nor listed here cannot be registered,
 * so a new page is closed until someone decides who may see it.
 */
final class AccessTable {
    static final Set<Role> EVERYONE = EnumSet.allOf(Role.class);
    /** Counts from the register: everyone who plans or oversees campaigning. */
    static final Set<Role> REGISTER_READERS = EnumSet.of(DPO, DATA_MANAGER, AUDITOR, ORGANISER);
    /**
     * The quarantine shows rejected rows exactly as supplied, names and addresses included, so only
     * those who fix or oversee imports see it.
     */
    static final Set<Role> QUARANTINE_READERS = EnumSet.of(DPO, DATA_MANAGER, AUDITOR);

    /**
     * The ledger holds no personal values, but it shows who did what to how many: those who oversee
     * processing (accountability, UK GDPR Art 5(2)) and the data manager who runs imports.
     */
    static final Set<Role> LEDGER_READERS = EnumSet.of(DPO, DATA_MANAGER, AUDITOR);

    /**
     * The record of processing activities, the sources and the gate's dry run hold no personal
     * values: those who plan campaigning or oversee processing (UK GDPR Art 30, Art 5(2)).
     */
    static final Set<Role> PURPOSE_READERS = EnumSet.of(DPO, DATA_MANAGER, AUDITOR, ORGANISER);
    /** A person's consent history is about one named person: those who handle rights and records. */
    static final Set<Role> CONSENT_READERS = EnumSet.of(DPO, DATA_MANAGER);
    /** Recording a consent or its withdrawal by hand: the same people who may read the history. */
    static final Set<Role> CONSENT_RECORDERS = CONSENT_READERS;

    /**
     * Declaring sources and suppliers, their due diligence, wordings, permitted purposes and
     * retention: the data manager, who manages sources, and the data protection officer.
     */
    static final Set<Role> SOURCE_EDITORS = EnumSet.of(DPO, DATA_MANAGER);
    /**
     * Editing the record of processing activities (UK GDPR Art 30) — bases, categories, retention,
     * the lowest link probability a purpose accepts — and drafting DPIAs: the same.
     */
    static final Set<Role> PURPOSE_EDITORS = EnumSet.of(DPO, DATA_MANAGER);
    /** Signing a DPIA off (approving or rejecting it): the data protection officer alone (Art 35(2), Art 39(1)(c)). */
    static final Set<Role> DPIA_DECIDERS = EnumSet.of(DPO);

    /**
     * Rights requests name the requester and show everything held about a person: only those who
     * handle requests (the data protection officer and the data manager, UK GDPR Arts 12-22, 38).
     */
    static final Set<Role> RIGHTS_HANDLERS = EnumSet.of(DPO, DATA_MANAGER);

    /**
     * The link review queue shows a list row and a register entry side by side, names, dates of birth
     * and addresses included, and decides whether they are one person: those who fix and oversee
     * imports decide; auditors may read the queue.
     */
    static final Set<Role> LINK_REVIEWERS = EnumSet.of(DPO, DATA_MANAGER);
    static final Set<Role> LINK_READERS = EnumSet.of(DPO, DATA_MANAGER, AUDITOR);

    /**
     * Finding a person on the register shows names and addresses and leads on to the person's
     * consents and rights requests: those who handle requests and records, the data protection
     * officer and the data manager (UK GDPR Arts 12-22, 38; least privilege, Art 5(1)(f)).
     * Organisers plan from counts and gated lists; auditors see each search in the ledger.
     */
    static final Set<Role> PEOPLE_SEARCHERS = EnumSet.of(DPO, DATA_MANAGER);

    /** Routes open without a session: logging in, and the style sheet of the login page. */
    static final Set<String> PUBLIC = Set.of("GET /login", "POST /login", "POST /api/login", "GET /static/hustings.css");

    private static final Map<String, Set<Role>> ROUTES = Map.ofEntries(
            Map.entry("GET /", EVERYONE),
            Map.entry("POST /logout", EVERYONE),
            Map.entry("POST /api/logout", EVERYONE),
            Map.entry("GET /api/me", EVERYONE),
            Map.entry("GET /register", REGISTER_READERS),
            Map.entry("GET /api/editions", REGISTER_READERS),
            Map.entry("GET /api/editions/{id}", REGISTER_READERS),
            Map.entry("GET /register/datasets/{id}", QUARANTINE_READERS),
            Map.entry("GET /api/datasets", QUARANTINE_READERS),
            Map.entry("GET /api/datasets/{id}/problems", QUARANTINE_READERS),
            Map.entry("GET /ledger", LEDGER_READERS),
            Map.entry("POST /ledger/verify", LEDGER_READERS),
            Map.entry("GET /api/ledger", LEDGER_READERS),
            Map.entry("GET /api/ledger/verify", LEDGER_READERS),
            Map.entry("GET /purposes", PURPOSE_READERS),
            Map.entry("GET /api/purposes", PURPOSE_READERS),
            Map.entry("PUT /api/purposes/{code}/min-link-probability", PURPOSE_EDITORS),
            Map.entry("GET /api/sources", PURPOSE_READERS),
            Map.entry("GET /api/gate/dry-run", PURPOSE_READERS),
            Map.entry("GET /api/people/{id}/consents", CONSENT_READERS),
            // Sources, suppliers and datasets; purposes edited; the gate's dry run; a person's consents.
            Map.entry("GET /sources", PURPOSE_READERS),
            Map.entry("GET /sources/{code}", PURPOSE_READERS),
            Map.entry("POST /sources", SOURCE_EDITORS),
            Map.entry("POST /sources/declaration", SOURCE_EDITORS),
            Map.entry("POST /sources/{code}/purposes", SOURCE_EDITORS),
            Map.entry("POST /sources/{code}/retention", SOURCE_EDITORS),
            Map.entry("POST /sources/{code}/wordings", SOURCE_EDITORS),
            Map.entry("POST /suppliers", SOURCE_EDITORS),
            Map.entry("POST /suppliers/{code}/due-diligence", SOURCE_EDITORS),
            Map.entry("GET /api/sources/{code}", PURPOSE_READERS),
            Map.entry("POST /api/sources", SOURCE_EDITORS),
            Map.entry("POST /api/sources/{code}/purposes", SOURCE_EDITORS),
            Map.entry("POST /api/sources/{code}/retention", SOURCE_EDITORS),
            Map.entry("POST /api/sources/{code}/wordings", SOURCE_EDITORS),
            Map.entry("GET /api/suppliers", PURPOSE_READERS),
            Map.entry("POST /api/suppliers", SOURCE_EDITORS),
            Map.entry("POST /api/suppliers/{code}/due-diligence", SOURCE_EDITORS),
            Map.entry("GET /purposes/{code}", PURPOSE_READERS),
            Map.entry("POST /purposes/{code}", PURPOSE_EDITORS),
            Map.entry("POST /purposes/{code}/min-link-probability", PURPOSE_EDITORS),
            Map.entry("POST /purposes/{code}/dpias", PURPOSE_EDITORS),
            Map.entry("POST /purposes/{code}/dpias/{id}", DPIA_DECIDERS),
            Map.entry("GET /api/purposes/{code}", PURPOSE_READERS),
            Map.entry("POST /api/purposes/{code}", PURPOSE_EDITORS),
            Map.entry("POST /api/purposes/{code}/dpias", PURPOSE_EDITORS),
            Map.entry("POST /api/purposes/{code}/dpias/{id}/decision", DPIA_DECIDERS),
            Map.entry("GET /gate", PURPOSE_READERS),
            Map.entry("GET /consents", CONSENT_READERS),
            Map.entry("GET /people/{id}/consents", CONSENT_READERS),
            Map.entry("POST /people/{id}/consents/grant", CONSENT_RECORDERS),
            Map.entry("POST /people/{id}/consents/withdraw", CONSENT_RECORDERS),
            Map.entry("POST /api/people/{id}/consents", CONSENT_RECORDERS),
            Map.entry("GET /requests", RIGHTS_HANDLERS),
            Map.entry("POST /requests", RIGHTS_HANDLERS),
            Map.entry("GET /requests/{id}", RIGHTS_HANDLERS),
            Map.entry("POST /requests/{id}/identity", RIGHTS_HANDLERS),
            Map.entry("POST /requests/{id}/match", RIGHTS_HANDLERS),
            Map.entry("POST /requests/{id}/extend", RIGHTS_HANDLERS),
            Map.entry("POST /requests/{id}/refuse", RIGHTS_HANDLERS),
            Map.entry("POST /requests/{id}/send", RIGHTS_HANDLERS),
            Map.entry("POST /requests/{id}/erase", RIGHTS_HANDLERS),
            Map.entry("POST /requests/{id}/honour", RIGHTS_HANDLERS),
            Map.entry("POST /requests/{id}/restrict", RIGHTS_HANDLERS),
            Map.entry("POST /requests/{id}/object", RIGHTS_HANDLERS),
            Map.entry("GET /requests/{id}/reply", RIGHTS_HANDLERS),
            Map.entry("GET /requests/{id}/reply.pdf", RIGHTS_HANDLERS),
            Map.entry("GET /api/requests", RIGHTS_HANDLERS),
            Map.entry("POST /api/requests", RIGHTS_HANDLERS),
            Map.entry("GET /api/requests/{id}", RIGHTS_HANDLERS),
            Map.entry("GET /api/requests/{id}/reply", RIGHTS_HANDLERS),
            Map.entry("POST /api/requests/{id}/identity", RIGHTS_HANDLERS),
            Map.entry("POST /api/requests/{id}/match", RIGHTS_HANDLERS),
            Map.entry("POST /api/requests/{id}/extend", RIGHTS_HANDLERS),
            Map.entry("POST /api/requests/{id}/refuse", RIGHTS_HANDLERS),
            Map.entry("POST /api/requests/{id}/send", RIGHTS_HANDLERS),
            Map.entry("POST /api/requests/{id}/erase", RIGHTS_HANDLERS),
            Map.entry("POST /api/requests/{id}/honour", RIGHTS_HANDLERS),
            Map.entry("POST /api/requests/{id}/restrict", RIGHTS_HANDLERS),
            Map.entry("POST /api/requests/{id}/object", RIGHTS_HANDLERS),
            Map.entry("POST /requests/{id}/rectify", RIGHTS_HANDLERS),
            Map.entry("POST /api/requests/{id}/rectify", RIGHTS_HANDLERS),
            Map.entry("POST /requests/{id}/withdraw", RIGHTS_HANDLERS),
            Map.entry("POST /api/requests/{id}/withdraw", RIGHTS_HANDLERS),
            Map.entry("POST /requests/{id}/links/{link}/confirm", RIGHTS_HANDLERS),
            Map.entry("POST /api/requests/{id}/links/{link}/confirm", RIGHTS_HANDLERS),
            Map.entry("POST /requests/{id}/links/{link}/reject", RIGHTS_HANDLERS),
            Map.entry("POST /api/requests/{id}/links/{link}/reject", RIGHTS_HANDLERS),
            Map.entry("POST /requests/{id}/letters/{kind}/send", RIGHTS_HANDLERS),
            Map.entry("POST /api/requests/{id}/letters/{kind}/send", RIGHTS_HANDLERS),
            Map.entry("GET /requests/{id}/letters/{kind}", RIGHTS_HANDLERS),
            Map.entry("GET /requests/{id}/letters/{kind}/pdf", RIGHTS_HANDLERS),
            Map.entry("GET /api/requests/{id}/letters/{kind}", RIGHTS_HANDLERS),
            Map.entry("GET /api/requests/{id}/search", RIGHTS_HANDLERS),
            Map.entry("GET /api/requests/{id}/links", RIGHTS_HANDLERS),
            Map.entry("GET /api/requests/{id}/erasure-plan", RIGHTS_HANDLERS),
            Map.entry("GET /link/review", LINK_READERS),
            Map.entry("POST /link/review/{id}", LINK_REVIEWERS),
            Map.entry("GET /api/link/review", LINK_READERS),
            Map.entry("POST /api/link/review/{id}/accept", LINK_REVIEWERS),
            Map.entry("POST /api/link/review/{id}/reject", LINK_REVIEWERS),
            // Attaching a pending row by hand decides it as a review acceptance does: the same people.
            Map.entry("POST /api/datasets/{id}/pending/{line}/attach", LINK_REVIEWERS),
            Map.entry("GET /people", PEOPLE_SEARCHERS),
            Map.entry("GET /api/people", PEOPLE_SEARCHERS));

    static {
        // Canvassers work from lists handed to them; no register route is theirs.
        assert ROUTES.entrySet().stream().filter(e -> e.getValue().contains(CANVASSER)).allMatch(e -> e.getValue() == EVERYONE);
    }

    private AccessTable() {
    }

    static boolean isPublic(String route) {
        return PUBLIC.contains(route);
    }

    /** The roles allowed on a route, or empty when the route is not in the table. */
    static Optional<Set<Role>> roles(String route) {
        return Optional.ofNullable(ROUTES.get(route));
    }

    static boolean known(String route) {
        return isPublic(route) || ROUTES.containsKey(route);
    }
}
