package org.hustings.synth;

import java.time.LocalDate;
import java.time.Month;
import org.hustings.ErrorCode;
import org.hustings.HustingsException;

/**
 * What to generate: a constituency of {@code electors} electors in {@code districts} polling
 * districts of one local authority, from {@code seed}. The same spec always gives the same data.
 *
 * @param seed          the seed every sub-seed is derived from
 * @param electors      electors on the first (published) edition
 * @param districts     polling districts
 * @param authorityCode GSS-like code of the local authority, e.g. E07000223
 * @param authorityName its name, e.g. Adur
 * @param edition       publication date of the first edition (normally 1 December)
 * @param notices       monthly notices of alteration after it (0 to 11)
 * @param nextEdition   whether to write the next year's edition, re-numbered
 * @param election      a past election held on the first edition, or null
 */
public record SynthSpec(long seed, long electors, int districts, String authorityCode, String authorityName,
                        LocalDate edition, int notices, boolean nextEdition, PastElection election) {

    public static final String DEFAULT_AUTHORITY_CODE = "E07000223";
    public static final String DEFAULT_AUTHORITY_NAME = "Adur";
    public static final LocalDate DEFAULT_EDITION = LocalDate.of(2024, Month.DECEMBER, 1);
    /** Polling districts hold a few thousand electors each. */
    public static final long ELECTORS_PER_DISTRICT = 2_500;

    public SynthSpec {
        if (electors < 1 || electors > 60_000_000L) {
            throw bad("--electors must be between 1 and 60,000,000 (the UK has about 46 million); got " + electors);
        }
        if (districts < 1 || districts > 60_000 || districts > electors) {
            throw bad("--districts must be between 1 and 60,000 and no more than the electors; got " + districts);
        }
        if (notices < 0 || notices > 11) {
            throw bad("--notices must be between 0 and 11 (one a month until the next edition); got " + notices);
        }
        if (authorityCode == null || !authorityCode.matches("[EWSN]\\d{8}")) {
            throw bad("--authority must look like a GSS code such as E07000223; got " + authorityCode);
        }
        if (authorityName == null || authorityName.isBlank()) {
            throw bad("--authority-name must not be empty");
        }
        if (edition == null) {
            throw bad("the edition date is missing");
        }
        if (election != null && (election.held().isBefore(edition) || !election.held().isBefore(edition.plusYears(1)))) {
            throw bad("the election held on " + election.held() + " is not within the year of the edition published "
                    + edition + "; give --edition the 1 December before polling day, or leave it out");
        }
    }

    /** A spec with the defaults: Adur, edition 1 December 2024, no notices, no next edition, no election. */
    public static SynthSpec of(long seed, long electors, int districts) {
        return new SynthSpec(seed, electors, districts, DEFAULT_AUTHORITY_CODE, DEFAULT_AUTHORITY_NAME,
                DEFAULT_EDITION, 0, false, null);
    }

    /** A realistic number of polling districts for so many electors. */
    public static int districtsFor(long electors) {
        return (int) Math.max(1, Math.min(60_000, Math.round(electors / (double) ELECTORS_PER_DISTRICT)));
    }

    /** The edition in force on polling day: published on the 1 December before it. */
    public static LocalDate editionBefore(LocalDate held) {
        LocalDate dec = LocalDate.of(held.getYear(), Month.DECEMBER, 1);
        return held.isBefore(dec) ? dec.minusYears(1) : dec;
    }

    /**
     * The README's demo: about 75,000 electors in 8 polling districts of Adur, the register in force
     * at the UK Parliamentary general election of 4 July 2024, its marked register and absent-voter
     * list, and two monthly notices of alteration.
     */
    public static SynthSpec demo() {
        PastElection ge = new PastElection("UK Parliamentary general election", LocalDate.of(2024, Month.JULY, 4));
        return new SynthSpec(42, 75_000, 8, DEFAULT_AUTHORITY_CODE, DEFAULT_AUTHORITY_NAME,
                editionBefore(ge.held()), 2, false, ge);
    }

    public SynthSpec withNotices(int n) {
        return new SynthSpec(seed, electors, districts, authorityCode, authorityName, edition, n, nextEdition, election);
    }

    public SynthSpec withNextEdition(boolean next) {
        return new SynthSpec(seed, electors, districts, authorityCode, authorityName, edition, notices, next, election);
    }

    public SynthSpec withElection(PastElection e) {
        LocalDate ed = e == null ? edition : editionBefore(e.held());
        return new SynthSpec(seed, electors, districts, authorityCode, authorityName, ed, notices, nextEdition, e);
    }

    public SynthSpec withAuthority(String code, String name) {
        return new SynthSpec(seed, electors, districts, code, name, edition, notices, nextEdition, election);
    }

    public SynthSpec withSeed(long s) {
        return new SynthSpec(s, electors, districts, authorityCode, authorityName, edition, notices, nextEdition, election);
    }

    /** Publication date of the next edition. */
    public LocalDate nextEditionDate() {
        return edition.plusYears(1);
    }

    private static HustingsException bad(String message) {
        return new HustingsException(ErrorCode.BAD_REQUEST, message);
    }
}
