package org.hustings.purpose;

import java.time.LocalDate;

/** Who signed a DPIA decision off, on which day, and the reference of the assessment document (UK GDPR Art 35). */
public record DpiaSignOff(String by, LocalDate on, String reference) {
}
