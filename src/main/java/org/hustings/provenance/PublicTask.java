package org.hustings.provenance;

/** The one sentence both the declaration and the gate give when "public task" is claimed for data no law supplies. */
public final class PublicTask {
    /** UK GDPR Art 6(1)(e) with Art 6(3): the task must be laid down by law. */
    public static final String REASON = "\"public task\" (UK GDPR Art 6(1)(e)) is valid only where a law lays the task down — the "
            + "electoral register, marked register and absent voters lists (Art 6(3); Representation of the People Regulations 2001) — "
            + "never for bought or collected data.";

    private PublicTask() {
    }
}
