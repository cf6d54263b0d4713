package org.hustings.gate;

import java.util.List;

/**
 * Which people a gated read is about: everyone, the current electors of a local authority or of
 * some of its polling districts, or named people (by internal id).
 */
public sealed interface Selection {

    String describe();

    /** A short code for the ledger, which holds no spaces and no personal values. */
    String code();

    static Selection everyone() {
        return new Everyone();
    }

    static Selection localAuthority(String laCode) {
        return new LocalAuthority(laCode);
    }

    static Selection pollingDistricts(String laCode, List<String> districts) {
        return new PollingDistricts(laCode, districts);
    }

    static Selection people(List<Long> ids) {
        return new People(ids);
    }

    record Everyone() implements Selection {
        public String describe() {
            return "everyone";
        }

        public String code() {
            return "everyone";
        }
    }

    record LocalAuthority(String laCode) implements Selection {
        public String describe() {
            return "local authority " + laCode;
        }

        public String code() {
            return "la:" + laCode;
        }
    }

    record PollingDistricts(String laCode, List<String> districts) implements Selection {
        public PollingDistricts {
            districts = List.copyOf(districts);
            if (districts.isEmpty()) {
                throw new IllegalArgumentException("name at least one polling district");
            }
        }

        public String describe() {
            return "polling districts " + districts + " of " + laCode;
        }

        public String code() {
            return "districts:" + laCode + ":" + districts.size();
        }
    }

    /** Named people; at most {@value #MAX} at a time (larger lists are a segment and belong in a table). */
    record People(List<Long> ids) implements Selection {
        public static final int MAX = 10_000;

        public People {
            ids = List.copyOf(ids);
            if (ids.isEmpty() || ids.size() > MAX) {
                throw new IllegalArgumentException("name between 1 and " + MAX + " people");
            }
        }

        public String describe() {
            return ids.size() + " named people";
        }

        public String code() {
            return "people:" + ids.size();
        }
    }
}
