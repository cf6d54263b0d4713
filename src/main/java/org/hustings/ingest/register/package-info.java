/**
 * Register files: readers and writers for the files Electoral Registration Officers supply —
 * the full register, monthly notices of alteration, the marked register and absent-voter lists —
 * in the layouts of {@code docs/register-layouts.md}, which is the contract with the generator.
 *
 * <p>Design. {@link org.hustings.ingest.register.RegisterReaders} and
 * {@link org.hustings.ingest.register.RegisterWriters} are the only entry points; the rest is
 * package-private. One streaming loop ({@code TableReader}) serves every reader: it decodes in the
 * charset {@link org.hustings.ingest.SourceFile} detected, skips a BOM, picks comma or tab from the
 * header line, skips Halarose "Monthly Additions" lines, recognises the layout by the columns the
 * header has (the most specific known layout wins, so a notice is never read as a register), and
 * hands each FastCSV record — reported at the line it starts on, quoted fields may span lines — to
 * the layout's row parser. Every built-in layout is an {@code EntryMapping} (which column holds
 * which part of an entry), exactly like a user's generic mapping file, so one {@code EntryParser}
 * reads them all. For example, the Idox row {@code AB,124/1,,01/09/2027,(z) Smith,Tom,…} becomes
 * elector {@code AB-124/1}, attainer from 1 September 2027, surname Smith, opted out of the edited
 * register.
 *
 * <p>Bad data never throws: each fault is a {@link org.hustings.ingest.Problem} with file, line,
 * column and a stable code; a rejected row is not handed on, a warned one is. Only a file that
 * cannot be read at all throws {@link org.hustings.HustingsException} with
 * {@link org.hustings.ErrorCode#BAD_INPUT}, naming the file.
 *
 * <p>Memory. Readers hold one record at a time, plus: for a register or election list, the elector
 * numbers seen so far for duplicate detection — about one bit an elector numbered densely per
 * district as EROs do, at most 16 bytes an elector however numbered ({@code ElectorNumberSet},
 * docs/adr/0100-elector-number-set.md, ADR 0160), a few MB for 46 million electors; for a notice, one small map entry per elector number it changes (the
 * notice is read twice to apply precedence across rows); and FastCSV's buffer, bounded by its
 * record limit (16 M characters) however long a stray open quote runs.
 *
 * <p>Writers render a record into the cells of one layout and hand them to FastCSV (comma, CRLF,
 * quoted where needed); the caller owns the {@link java.io.Writer} and so the character set. What a
 * layout cannot carry is not written (Xpress has no title, opt-out or attainer date; Idox no date
 * of birth or title; Halarose carries a UPRN only in its Opt Out column, so not for an elector who
 * opted out); an entry with more address lines than the layout has columns is refused, not cut.
 *
 * <p>Legal note. The full register is supplied to parties under the Representation of the People
 * (England and Wales) Regulations 2001 for electoral purposes and to check whether a donation is
 * permissible only (regs 103–105, 114–115); it must not be passed on, and misuse is an offence
 * (reg 115). The marked register and absent-voter lists are supplied on a request stating their
 * purpose, electoral or research (reg 117). An anonymous elector's entry is the number and "N"
 * only (Representation of the People Act 1983 s.9B), so anything else on such a row is dropped.
 * Files in tests and generated data are therefore synthetic.
 */
package org.hustings.ingest.register;
