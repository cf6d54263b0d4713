package org.hustings.register;

import java.util.List;

/**
 * One current register entry found by {@link PeopleSearch}, with the live flags of its person.
 * An anonymous elector's entry has no name and no address (RPA 1983 s 9B); an erased person's
 * entry is still here, because the register is kept as the ERO supplied it (RPR 2001 regs 103–105,
 * UK GDPR Art 17(3)(b)), but {@link #erased()} says it must not be used for anything.
 *
 * @param electorId      the register entry ({@code elector.id}); a page ends with one, and the next page starts after it
 * @param personId       the person's internal id, which their consents and rights requests are filed under
 * @param editionId      the current edition the entry is in
 * @param laCode         the local authority of that edition
 * @param electorNumber  the elector number, canonical ({@code AB-123}, {@code AB-123/1})
 * @param markers        the marker letters as supplied, "" for none
 * @param markerMeanings what each letter means, in order ("not a known marker" for a letter that is not one)
 * @param flags          the live flags on the person ({@code erased}, {@code do_not_contact}, {@code restricted},
 *                       {@code objected_marketing}, {@code objected_profiling}), in that order
 */
public record FoundPerson(long electorId, long personId, long editionId, String laCode, String electorNumber, boolean anonymous,
                          String title, String forenames, String surname, String nameSuffix, List<String> address, String postcode,
                          String markers, List<String> markerMeanings, List<String> flags) {

    public FoundPerson {
        address = List.copyOf(address);
        markerMeanings = List.copyOf(markerMeanings);
        flags = List.copyOf(flags);
    }

    /** Erased (UK GDPR Art 17): kept on the register by law, never to be used or contacted. */
    public boolean erased() {
        return flags.contains("erased");
    }

    public boolean doNotContact() {
        return flags.contains("do_not_contact");
    }

    /** Processing restricted (Art 18): stored, not used. */
    public boolean restricted() {
        return flags.contains("restricted");
    }

    /** The name as the register prints it, or "" for an anonymous elector. */
    public String name() {
        StringBuilder b = new StringBuilder();
        for (String part : new String[] {title, forenames, surname, nameSuffix}) {
            if (part != null && !part.isBlank()) {
                b.append(b.isEmpty() ? "" : " ").append(part.strip());
            }
        }
        return b.toString();
    }
}
