package org.hustings.ingest.register;

/** The name parts of one register row, as read (null when blank); cleared for an anonymous elector. */
final class Names {
    String title;
    String forenames;
    String initials;
    String surname;
    String suffix;

    Names(String title, String forenames, String initials, String surname, String suffix) {
        this.title = title;
        this.forenames = forenames;
        this.initials = initials;
        this.surname = surname;
        this.suffix = suffix;
    }

    /** One name cell: "Surname, Forenames" when there is a comma; otherwise the last word is the surname. */
    void split(String full) {
        int comma = full.indexOf(',');
        int cut = comma >= 0 ? comma : full.lastIndexOf(' ');
        surname = blankToNull(comma >= 0 ? full.substring(0, comma) : full.substring(cut + 1));
        forenames = cut < 0 ? null : blankToNull(comma >= 0 ? full.substring(comma + 1) : full.substring(0, cut));
    }

    boolean any() {
        return title != null || forenames != null || initials != null || surname != null || suffix != null;
    }

    static String blankToNull(String s) {
        String t = s.trim();
        return t.isEmpty() ? null : t;
    }
}
