package org.hustings.synth;

import java.time.YearMonth;
import org.hustings.register.Alteration;

/**
 * One row of a generated monthly notice of alteration.
 *
 * @param notice           which notice, 1 for the first month after the edition
 * @param month            the month the notice is for
 * @param alteration       the change; for a deletion, the entry as it stood
 * @param createdAndDeleted the elector was added and removed within the month: only the Xpress
 *                         notice can say so (both month cells filled), and readers ignore such rows
 */
public record NoticeRow(int notice, YearMonth month, Alteration alteration, boolean createdAndDeleted) {
}
