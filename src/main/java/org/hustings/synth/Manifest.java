package org.hustings.synth;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.hustings.ErrorCode;
import org.hustings.HustingsException;

/**
 * {@code manifest.json}: what a generated folder holds, file by file, with the command that
 * would import each file, so a demo or a test can load the folder without knowing its names.
 *
 * @param seed          the seed
 * @param electors      electors on the first edition
 * @param districts     polling district codes, in order
 * @param authorityCode local authority code
 * @param authorityName local authority name
 * @param edition       first edition's publication date (ISO)
 * @param nextEdition   next edition's publication date (ISO), or null when not written
 * @param election      the past election's name, or null
 * @param held          its polling day (ISO), or null
 * @param command       the command line that makes this folder again
 * @param files         the files, in the order they should be imported
 */
public record Manifest(long seed, long electors, List<String> districts, String authorityCode, String authorityName,
                       String edition, String nextEdition, String election, String held, String command,
                       List<File> files) {

    public static final String NAME = "manifest.json";

    /**
     * One file of the folder.
     *
     * @param file    file name within the folder
     * @param kind    register, notice, marked-register, marked-postal, absent-voters or truth-rollover
     * @param layout  layout id as docs/register-layouts.md names it (null for the truth file)
     * @param charset character set it is written in
     * @param rows    data rows (header and preamble lines not counted)
     * @param date    the edition date, notice month or polling day it is for (ISO)
     * @param importCommand the command that imports it, or null when it is not for import
     */
    public record File(String file, String kind, String layout, String charset, long rows, String date,
                       String importCommand) {
    }

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    public void write(Path path) {
        try {
            JSON.writeValue(path.toFile(), this);
        } catch (IOException e) {
            throw new HustingsException(ErrorCode.BAD_INPUT, "Could not write " + path + ": " + e.getMessage(), e);
        }
    }

    public static Manifest read(Path path) {
        try {
            return JSON.readValue(path.toFile(), Manifest.class);
        } catch (IOException e) {
            throw new HustingsException(ErrorCode.BAD_INPUT, "Could not read the manifest " + path + ": " + e.getMessage(), e);
        }
    }

    /** The files of one kind, in order. */
    public List<File> files(String kind) {
        return files.stream().filter(f -> f.kind().equals(kind)).toList();
    }
}
