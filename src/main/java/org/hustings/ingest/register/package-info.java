/**
 * Register files: readers and writers for the files Electoral Registration Officers supply —
 * the full register, monthly notices of alteration, the marked register and absent-voter lists —
 * in the layouts of {@code docs/register-layouts.md}.
 *
 * <p>Design. {@link org.hustings.ingest.register.RegisterReaders} and
 * {@link org.hustings.ingest.register.RegisterWriters} are the only entry points. Writers render a
 * record into the cells of one layout and hand them to FastCSV (comma, CRLF, quoted where
 * needed); the caller owns the {@link java.io.Writer} and so the character set. What a layout
 * cannot carry is not written (for example: Xpress has no title, opt-out or attainer date; Idox
 * has no date of birth or title; Halarose carries a UPRN only in its Opt Out column, so not for
 * an elector who opted out).
 *
 * <p>Legal note. The full register is supplied to parties under the Representation of the People
 * (England and Wales) Regulations 2001 for electoral purposes and to check whether a donation is
 * permissible only (regs 103–105, 114–115); it must not be passed on, and misuse is an offence
 * (reg 115). The marked register is supplied on a request stating its purpose, electoral or
 * research (reg 117). These files are therefore synthetic in tests and generated data.
 */
package org.hustings.ingest.register;
